#!/usr/bin/env bash
# The fuzz suite's long mode: the same tests as CI (server on SQLite and PostgreSQL, CLI), with many more inputs.
#   bench/fuzz/run.sh                 20,000 inputs per entry point, seed 20261211 (the CI seed)
#   bench/fuzz/run.sh 4711            another seed
#   bench/fuzz/run.sh 4711 100000     another seed and count
#   FILTER=Sqlite bench/fuzz/run.sh   only the test classes whose name holds FILTER (SqliteServer, PostgresServer, Cli)
# Each distinct failure is printed with its seed, entry point and input, and written under $TMPDIR/waymark-fuzz/;
# replay one with WAYMARK_FUZZ_SEED=<seed> WAYMARK_FUZZ_CASE='<entry point>#<index>' and the same filter.
set -euo pipefail
cd "$(dirname "$0")/../.."

export WAYMARK_FUZZ_SEED="${1:-20261211}"
export WAYMARK_FUZZ_COUNT="${2:-20000}"
filter="FullyQualifiedName~Fuzz"
if [ -n "${FILTER:-}" ]; then filter="$filter&FullyQualifiedName~$FILTER"; fi
dotnet build Waymark.slnx -c Release -nologo -v:q -p:SkipWebBuild=true
echo "fuzzing: seed $WAYMARK_FUZZ_SEED, $WAYMARK_FUZZ_COUNT inputs per entry point"
status=0
for project in tests/Waymark.Server.Tests tests/Waymark.Cli.Tests; do
  dotnet test "$project" -c Release --no-build -nologo --filter "$filter" --logger "console;verbosity=normal" || status=1
done
exit $status
