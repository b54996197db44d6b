#!/usr/bin/env bash
# Search benchmark: indexes N synthetic items with LuceneSearchService.indexAll, then measures
# SearchService.search latency from concurrent threads next to a raw Lucene floor.
#
# Run from the repository root:
#   bench/search/run.sh                      # 1,000,000 items, 8 threads
#   bench/search/run.sh -Dn=100000 -Drounds=20
#   bench/search/run.sh -Dreuse=true         # keep an index of the same size from an earlier run
# Options are JVM system properties (see SearchBench's Javadoc); JAVA_OPTS overrides the heap.
# MVN_OPTS_EXTRA=-o runs Maven offline. The index goes to bench/data/search-index (git-ignored).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/bench/out/search"
mkdir -p "$OUT/classes"
cd "$ROOT"

# Compile the app (and gongkai-core from the reactor) and write the app's classpath.
mvn -B -q ${MVN_OPTS_EXTRA:-} -pl gongkai-app -am compile dependency:build-classpath \
    -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="$ROOT/gongkai-app/target/classes:$ROOT/gongkai-core/target/classes:$(cat "$OUT/classpath.txt")"

# The generator and harness are bench-only sources, compiled here and never packaged.
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac -encoding UTF-8 --release 17 -proc:none -d "$OUT/classes" -cp "$CP" $(find "$ROOT/bench/search/src" -name '*.java')

exec java ${JAVA_OPTS:--Xms4g -Xmx4g -XX:+UseG1GC} "$@" -cp "$OUT/classes:$CP" org.gongkai.bench.search.SearchBench
