#!/usr/bin/env bash
# The co-editing convergence test, many times: each run makes a map, 2-10 simulated editors (seeded) edit it at once
# with pauses, drop-offs and offline edits, then checks every copy equals the stored map and every acknowledged op
# is logged exactly once. Runs go PARALLEL at once (each on its own map) against one server process. Prints runs,
# failures and time; failed seeds' problems go to stderr.
#   bench/collab/convergence.sh [runs=10000] [servers=1|2] [parallel=8] [first-seed=1]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/collab/Waymark.Bench.Collab -c Release -nologo -v:q -p:SkipWebBuild=true
dotnet bench/collab/Waymark.Bench.Collab/bin/Release/net10.0/Waymark.Bench.Collab.dll convergence "${1:-10000}" "${2:-1}" 10 "${3:-8}" "${4:-1}"
