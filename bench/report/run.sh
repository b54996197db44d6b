#!/usr/bin/env bash
# Annual report benchmark (issue 5): a generated county of 500 agencies, 1,000,000 published items and
# 200,000 requests over 2021–2025; times the live annual report of one typical agency (OWN) and the county
# roll-up (ROLLUP) through the JSON API, next to the floor: one SQL scan that counts the same rows.
#
#   bench/report/run.sh h2            # H2 file database under bench/data/report-h2 (git-ignored)
#   bench/report/run.sh pg            # PostgreSQL on 127.0.0.1:5432, database gongkai_rbench (dropped and re-created)
#   REUSE=1 bench/report/run.sh h2    # keep the generated county of an earlier run; only measure
#   SKIP_BUILD=1 ...                  # use the jar as it is
#
# Steps: build the jar; start the app once on an empty database (Flyway creates the schema, the county
# government and admin), stop it; load the county with JDBC batches (bench/report/src, never packaged);
# time the floor and each of the report's queries through JDBC with the app stopped; start the app and
# time the API (RUNS calls per case after WARMUP). Options: ITEMS, REQUESTS, AGENCIES, YEAR, RUNS, WARMUP,
# GENERATE_ONLY=1, FLOOR_RUNS (10 JDBC runs per statement after 3 warm-up runs), SKIP_FLOOR=1, ROLLUP_RUNS (default RUNS), JAR (another build of the app, e.g.
# the one before a change), PORT, PG_DB, MVN_OPTS_EXTRA (default -o). The figures go into bench/RESULTS.md by hand with the date and machine.
set -euo pipefail
DB=${1:-h2}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
ITEMS=${ITEMS:-1000000}
REQUESTS=${REQUESTS:-200000}
AGENCIES=${AGENCIES:-500}
YEAR=${YEAR:-2024}
RUNS=${RUNS:-30}
WARMUP=${WARMUP:-5}
FLOOR_RUNS=${FLOOR_RUNS:-10}
PORT=${PORT:-18090}
PG_DB=${PG_DB:-gongkai_rbench}
PASSWORD=bench-password-1
OUT="$ROOT/bench/out/report"
DATA="$ROOT/bench/data/report-$DB"
JAR=${JAR:-gongkai-app/target/gongkai-app-0.1.0-SNAPSHOT.jar}
mkdir -p "$OUT" "$DATA"

echo "== $(date -u) on $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== building the jar"
  mvn -B ${MVN_OPTS_EXTRA--o} -q package -DskipTests -pl gongkai-core,gongkai-app
fi

# the JDBC drivers of the app, and the bench-only generator/timer
rm -rf "$OUT/lib" "$OUT/classes" && mkdir -p "$OUT/classes"
# (the timer takes the report's statements from the app's ReportQueries, so the app's classes and libraries)
rm -rf "$OUT/app" && mkdir -p "$OUT/app"
(cd "$OUT/app" && unzip -q "$ROOT/$JAR" 'BOOT-INF/classes/*' 'BOOT-INF/lib/*')
BENCH_CP="$OUT/classes:$OUT/app/BOOT-INF/classes:$(ls "$OUT"/app/BOOT-INF/lib/*.jar | tr '\n' ':')"
javac -encoding UTF-8 --release 17 -proc:none -cp "$BENCH_CP" -d "$OUT/classes" $(find bench/report/src -name '*.java')

case "$DB" in
  h2)
    JDBC="jdbc:h2:file:$DATA/db/gongkai;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    DB_USER=sa; DB_PASS=""
    APP_ENV=() ;;
  pg)
    JDBC="jdbc:postgresql://127.0.0.1:5432/$PG_DB?reWriteBatchedInserts=true"
    DB_USER=postgres; DB_PASS=""
    APP_ENV=(GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB" GONGKAI_DB_USER=postgres GONGKAI_DB_PASSWORD=) ;;
  *) echo "usage: $0 h2|pg"; exit 2 ;;
esac

APP=""
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop_app EXIT
start_app() { # log file
  env GONGKAI_DEMO=false GONGKAI_ADMIN_PASSWORD=$PASSWORD GONGKAI_DATA_DIR="$DATA" PORT=$PORT \
      GONGKAI_SEARCH_REBUILD_ON_START=false "${APP_ENV[@]}" \
      java ${APP_JAVA_OPTS:--Xms2g -Xmx2g} -jar "$JAR" > "$1" 2>&1 &
  APP=$!
  local t0=$SECONDS
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$APP" 2>/dev/null || { echo "the app stopped; see $1"; tail -30 "$1"; exit 1; }
    sleep 1
  done
  echo "   app up in $((SECONDS - t0)) s (pid $APP)"
}

if [ -z "${REUSE:-}" ] || [ ! -f "$DATA/generated.txt" ]; then
  echo "== fresh database"
  rm -rf "$DATA" && mkdir -p "$DATA"
  if [ "$DB" = pg ]; then
    psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
  fi
  echo "== starting the app on the empty database (schema, county government, admin)"
  start_app "$OUT/app-$DB-schema.log"
  stop_app
  echo "== generating $AGENCIES agencies, $ITEMS items, $REQUESTS requests"
  T0=$SECONDS
  java -Xmx2g -Dagencies=$AGENCIES -Ditems=$ITEMS -Drequests=$REQUESTS -cp "$BENCH_CP" \
      org.gongkai.bench.report.ReportBench generate "$JDBC" "$DB_USER" "$DB_PASS" | tee "$DATA/generated.txt"
  echo "   loaded in $((SECONDS - T0)) s"
fi
[ -n "${GENERATE_ONLY:-}" ] && exit 0
if [ -n "${REUSE:-}" ] && [ -z "${SKIP_FLOOR:-}" ]; then
  echo "== starting the app once so that Flyway brings the reused schema to this build (e.g. new indexes)"
  start_app "$OUT/app-$DB-migrate.log"
  stop_app
fi
TYPICAL=$(sed -n 's/^TYPICAL=//p' "$DATA/generated.txt")
COUNTY=$(sed -n 's/^ROOT=//p' "$DATA/generated.txt")
if [ "$DB" = pg ]; then
  echo "   database size: $(psql -h 127.0.0.1 -U postgres -tA -c "SELECT pg_size_pretty(pg_database_size('$PG_DB'))")"
else
  echo "   database size: $(du -sh "$DATA/db" | cut -f1)"
fi

if [ -z "${SKIP_FLOOR:-}" ]; then
  echo "== floor and the report's queries through JDBC (app stopped); load $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx1g -Dtypical="$TYPICAL" -Dyear=$YEAR -Druns=$FLOOR_RUNS -cp "$BENCH_CP" \
      org.gongkai.bench.report.ReportBench floor "$JDBC" "$DB_USER" "$DB_PASS" | tee "$OUT/floor-$DB.txt"
fi

echo "== the API (app started, $WARMUP warm-up + $RUNS calls per case); load $(cut -d' ' -f1-3 /proc/loadavg)"
start_app "$OUT/app-$DB.log"
python3 bench/report/client.py $PORT $PASSWORD $YEAR $RUNS $WARMUP "agency:$TYPICAL:OWN" | tee "$OUT/api-$DB.txt"
python3 bench/report/client.py $PORT $PASSWORD $YEAR ${ROLLUP_RUNS:-$RUNS} $WARMUP "county:$COUNTY:ROLLUP" | tee -a "$OUT/api-$DB.txt"
echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "targets: one agency p95 < 200 ms, county roll-up p95 < 2000 ms"
