#!/usr/bin/env bash
# The export benchmark in one command: builds the harness, starts the server in its own process, imports the
# generated 60-step x 15-lane map and times its export to PDF (A4 pages, A4 pages with the data strip, poster), SVG, PNG 2x and 1x, CSV and
# Markdown through GET .../maps/{id}/export; writes bench/export/RESULTS.md.
#   bench/export/run.sh            (REPEAT=5 timed requests per case, the median is reported)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/export/Waymark.Bench.Export -c Release -nologo -v:q -p:SkipWebBuild=true
dotnet bench/export/Waymark.Bench.Export/bin/Release/net10.0/Waymark.Bench.Export.dll bench/export/RESULTS.md
