#!/usr/bin/env bash
# Evidence benchmarks in one command: builds the harness, installs DuckDB's npm package (npm ci in bench/peers/duckdb),
# starts PostgreSQL from the Debian package in a temp folder, and measures ingestion throughput (SQLite and PostgreSQL,
# API vs the database's own bulk load), the overlay through the API on 1M customers / ~11M events vs DuckDB's funnel,
# and the time from an ingested event to the overlay showing it. Writes bench/evidence/RESULTS.md.
# With clickhouse-server installed, ingestion is measured into ClickHouse (Events:Store=ClickHouse) too.
#   bench/evidence/run.sh [ingest-customers=175000] [overlay-customers=1000000] [stores=Sqlite,Postgres,ClickHouse]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/evidence/Waymark.Bench.Evidence -c Release -nologo -v:q
(cd bench/peers/duckdb && npm ci --no-audit --no-fund --silent)
dotnet bench/evidence/Waymark.Bench.Evidence/bin/Release/net10.0/Waymark.Bench.Evidence.dll \
  "${1:-175000}" "${2:-1000000}" bench/evidence/RESULTS.md "${3:-Sqlite,Postgres,ClickHouse}"
