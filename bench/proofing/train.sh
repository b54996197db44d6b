#!/usr/bin/env bash
# Trains the 错别字 detector's judge (layers 3 and 4 of TypoCheck) on the EC-ODW dev split only and sweeps its cuts
# with two-fold cross-validation; see ScorerTrainer's Javadoc. Run from the repository root:
#   bench/proofing/train.sh                                    # sweep the default grid
#   JAVA_OPTS="-Dcuts=1 -DnearbyCuts=-1 -DpairCuts=0.75 -DpairNearbyCuts=-1 -Dcut=1,-1,0.75,-1" bench/proofing/train.sh
#                                                              # write scorer.txt with those cuts (the shipped one)
# MVN_OPTS_EXTRA=-o runs Maven offline.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"; OUT="$ROOT/bench/out/proofing"; cd "$ROOT"
mkdir -p "$OUT"
mvn -B -q ${MVN_OPTS_EXTRA:-} -pl gongkai-core compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="$ROOT/gongkai-core/target/classes:$(cat "$OUT/classpath.txt")"
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac -encoding UTF-8 --release 17 -proc:none -d "$OUT/classes" -cp "$CP" $(find "$ROOT/bench/proofing/src" -name '*.java')
exec java -Xmx2g ${JAVA_OPTS:-} -cp "$OUT/classes:$CP" org.gongkai.core.proof.typo.ScorerTrainer "$@"
