#!/usr/bin/env bash
# The stakeholder report benchmark (apart from run.sh, the export benchmark): builds its harness, starts the server
# in its own process, imports the generated 60-step x 15-lane map and times GET .../maps/{id}/report as PDF and HTML;
# writes bench/export/REPORT.md.
#   bench/export/report.sh         (REPEAT=5 timed requests per case, the median is reported)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/export/Waymark.Bench.Report -c Release -nologo -v:q -p:SkipWebBuild=true
dotnet bench/export/Waymark.Bench.Report/bin/Release/net10.0/Waymark.Bench.Report.dll bench/export/REPORT.md
