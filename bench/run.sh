#!/usr/bin/env bash
# The benchmark in one command: builds the harness, installs DuckDB's npm package (npm ci), generates the
# 1M-customer log (once, into bench/.data), compares Waymark and DuckDB on it, BPIC2012 and MSNBC (when
# ../shared/data is present), checks the results are equal and writes bench/RESULTS.md.
#   bench/run.sh            the comparison (REPEAT=3 runs per analysis, best kept)
#   bench/run.sh --micro    BenchmarkDotNet micro-benchmarks of the hot paths (extra args go to BenchmarkDotNet)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--micro" ]; then
  shift
  dotnet run -c Release --project bench/Waymark.Bench -- micro "${@:---filter *}"
  exit
fi

dotnet build bench/Waymark.Bench -c Release -nologo -v:q
(cd bench/peers/duckdb && npm ci --no-audit --no-fund --silent)
harness=bench/Waymark.Bench/bin/Release/net10.0/Waymark.Bench.dll
status=0
for dataset in generated bpic2012 msnbc; do
  dotnet "$harness" compare "$dataset" "${REPEAT:-3}" || status=1
done
dotnet "$harness" report >/dev/null
echo "results written to bench/RESULTS.md"
exit $status
