#!/usr/bin/env bash
# Page throughput of the portal against nginx serving the same page saved as a static file, in one run.
#
#   bench/web/run.sh                  # 1,000,000 demo items (first run loads them; takes a while)
#   ITEMS=20000 bench/web/run.sh      # a smaller county
#
# Needs: java 17, maven, wrk, nginx (apt-get install -y wrk nginx-light). Everything runs on loopback.
# Prints requests/second for the item page and the agency item-list page, for the app and for nginx,
# and the ratio; the figures go into bench/RESULTS.md by hand with the date and machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
ITEMS=${ITEMS:-1000000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DATA=${DATA:-bench/data/web-$ITEMS}
OUT=bench/out/web
mkdir -p "$OUT" "$DATA"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is missing: apt-get install -y nginx-light"; exit 1; }

JAR=gongkai-app/target/gongkai-app-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || mvn -B -q install -DskipTests
echo "== starting the app with $ITEMS demo items (data in $DATA)"
GONGKAI_DATA_DIR="$DATA" GONGKAI_DEMO_ITEMS="$ITEMS" GONGKAI_ADMIN_PASSWORD=bench-password-1 PORT=$APP_PORT \
  java -Xmx4g -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; [ -n "${NGX:-}" ] && kill $NGX 2>/dev/null || true' EXIT
for i in $(seq 1 7200); do
  if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" | grep -q UP; then break; fi
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see $OUT/app.log"; exit 1; }
  sleep 1
done
echo "== waiting for the search index to be complete"
for i in $(seq 1 7200); do
  if ! grep -q "rebuilding from the database" "$OUT/app.log" || grep -q "Search rebuild finished" "$OUT/app.log"; then break; fi
  sleep 2
done
grep -E "Loaded the demo county|Search rebuild finished" "$OUT/app.log" || true

AGENCY=$(curl -fs "http://127.0.0.1:$APP_PORT/api/v1/agencies" | python3 -c 'import json,sys; a=json.load(sys.stdin); print(a[1]["code"])')
ITEM_URL=$(curl -fs "http://127.0.0.1:$APP_PORT/api/v1/search?q=%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80&agency=$AGENCY" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["url"])')
LIST_URL="/agencies/$AGENCY/items"
echo "item page: $ITEM_URL   list page: $LIST_URL"

STATIC="$OUT/static"
mkdir -p "$STATIC"
curl -fs "http://127.0.0.1:$APP_PORT$ITEM_URL" > "$STATIC/item.html"
curl -fs "http://127.0.0.1:$APP_PORT$LIST_URL" > "$STATIC/list.html"
cat > "$OUT/nginx.conf" <<NGINX
worker_processes 2;
pid $PWD/$OUT/nginx.pid;
error_log $PWD/$OUT/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  gzip on;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$STATIC;
    location = /item { try_files /item.html =404; }
    location = /list { try_files /list.html =404; }
  }
}
NGINX
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
$NGINX_BIN -c "$PWD/$OUT/nginx.conf" -g 'daemon off;' &
NGX=$!
sleep 1

run() { # name url
  local r
  r=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H 'Accept-Encoding: gzip' --latency "$2" | tee "$OUT/$1.txt")
  echo "$r" | awk -v n="$1" '/Requests\/sec/ {rps=$2} /50%/ {p50=$2} /99%/ {p99=$2} END {printf "%-14s %10s req/s  p50 %8s  p99 %8s\n", n, rps, p50, p99}'
}
echo "== warm-up (the JIT compiler needs about half a minute of traffic before figures settle)"
wrk -t2 -c8 -d${WARMUP:-30s} -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT$ITEM_URL" >/dev/null
wrk -t2 -c8 -d${WARMUP:-30s} -H 'Accept-Encoding: gzip' "http://127.0.0.1:$APP_PORT$LIST_URL" >/dev/null
echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION (loopback)"
run app-item "http://127.0.0.1:$APP_PORT$ITEM_URL"
run nginx-item "http://127.0.0.1:$NGINX_PORT/item"
run app-list "http://127.0.0.1:$APP_PORT$LIST_URL"
run nginx-list "http://127.0.0.1:$NGINX_PORT/list"
ratio() { awk -v a="$(grep Requests/sec "$OUT/$1.txt" | awk '{print $2}')" -v b="$(grep Requests/sec "$OUT/$2.txt" | awk '{print $2}')" 'BEGIN {printf "%.1f%%", 100*a/b}'; }
echo "item page: app = $(ratio app-item nginx-item) of nginx static (target ≥ 25%)"
echo "list page: app = $(ratio app-list nginx-list) of nginx static"
