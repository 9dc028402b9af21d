#!/usr/bin/env bash
# Runs the Dynamite benchmarks and writes a Markdown results table.
#
#   dynamite-benchmarks/run.sh                  # the whole suite (about 12-15 minutes on 2 cores)
#   dynamite-benchmarks/run.sh 'PointBenchmarks.(get|save)'   # only benchmarks matching a JMH regex
#   BENCH_HTTP=0 dynamite-benchmarks/run.sh     # skip the loopback-HTTP saveAll/delete runs
#   JMH_OPTS='-wi 5 -i 10' dynamite-benchmarks/run.sh         # extra JMH options (iterations, forks, -prof ...)
#
# Results: dynamite-benchmarks/target/results/{embedded,http}.json (JMH) and results.md (the table).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl dynamite-benchmarks -am package -DskipTests
module=dynamite-benchmarks
out="$module/target/results"
mkdir -p "$out"
rm -f "$out"/*.json
cp="$module/target/classes:$(cat "$module/target/benchmark-classpath.txt")"
jmh() { java -cp "$cp" org.openjdk.jmh.Main ${JMH_OPTS:-} "$@"; }

filter="${1:-.*Benchmarks.*}"
# in-process DynamoDB Local: the same client for Dynamite, the raw SDK and the enhanced client, no HTTP
jmh "$filter" -p transport=embedded -rf json -rff "$out/embedded.json"
if [ "${BENCH_HTTP:-1}" = 1 ] && [ $# -eq 0 ]; then
  # loopback HTTP (Apache5): where parallel batches pay off
  jmh '(BulkBenchmarks.saveAll10k|DeleteBenchmarks)' -p transport=http -rf json -rff "$out/http.json"
fi

{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1)"
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); command: $module/run.sh $*"
  echo
  python3 "$module/results_table.py" "$out"/*.json
} > "$out/results.md"
cat "$out/results.md"
