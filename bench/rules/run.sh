#!/usr/bin/env bash
# Rules benchmarks in one command: a real Waymark server process on SQLite, events POSTed through the ingest API with
# an API key, a loopback receiver that checks every Standard Webhooks signature. Measures ingestion 2xx to webhook
# received at a steady trigger rate (peer: the bench calling the receiver itself), and stall timers' lateness after
# their deadlines. Checks every expected webhook-id arrived. Writes bench/rules/RESULTS.md (exit 1 if any was lost).
#   bench/rules/run.sh [ci|long]   ci: 200 triggers/s for 10 s, 5,000 timers (default); long: 1,000/s for 60 s, 100,000 timers
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/rules/Waymark.Bench.Rules -c Release -nologo -v:q -p:SkipWebBuild=true
dotnet bench/rules/Waymark.Bench.Rules/bin/Release/net10.0/Waymark.Bench.Rules.dll "${1:-ci}" bench/rules/RESULTS.md "${2:-both}"
