#!/usr/bin/env bash
# Dynamite next to the peer Spring Data DynamoDB library (io.github.prasanna0586:spring-data-dynamodb 7.0.0), each a
# Spring Boot application in its own JVM on the same JDK, with the same DynamoDB Local server, Apache5 client, data,
# operations and call counts (src/peer-shared/java), for interleaved rounds (the side that goes first alternates).
#
#   dynamite-benchmarks/peer-compare.sh [rounds]     # default 6 rounds, about 35 s per JVM
#
# Needs a JDK 21+ for the peer's bytecode: PEER_JAVA_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64; both sides run on
# it. Never part of mvn verify.
# Results: dynamite-benchmarks/target/peer/results.tsv (every round) and results.md (the table).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-6}"
jdk21="${PEER_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if ! "$jdk21/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  echo "peer-compare.sh needs a JDK 21 or later in PEER_JAVA_HOME (now $jdk21)" >&2
  exit 1
fi
java="$jdk21/bin/java"

# Dynamite's side with the project's own build (Java 17 bytecode), the peer's with the JDK 21+; both run on it
mvn -B -q -pl dynamite-benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
JAVA_HOME="$jdk21" mvn -B -q -Ppeer -pl dynamite-benchmarks/peer package -DskipTests
out=dynamite-benchmarks/target/peer
mkdir -p "$out"
rm -f "$out/results.tsv"
dynamite_cp="dynamite-benchmarks/target/classes:$(cat dynamite-benchmarks/target/benchmark-classpath.txt)"
peer_cp="dynamite-benchmarks/peer/target/classes:$(cat dynamite-benchmarks/peer/target/benchmark-classpath.txt)"
dynamite() { "$java" -cp "$dynamite_cp" dev.dynamite.benchmarks.peer.DynamiteSide "$1" "$out/results.tsv" > "$out/dynamite-$1.log" 2>&1; }
peer() { "$java" -cp "$peer_cp" dev.dynamite.benchmarks.peer.sdd.PeerSide "$1" "$out/results.tsv" > "$out/peer-$1.log" 2>&1; }
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) = 1 ]; then dynamite "$round"; peer "$round"; else peer "$round"; dynamite "$round"; fi
  echo "round $round of $rounds done"
done
python3 dynamite-benchmarks/peer_table.py "$out/results.tsv" > "$out/results.md"
cat "$out/results.md"
