#!/usr/bin/env bash
# Feedback text benchmark in one command: builds the harness, installs VADER itself (npm vader-sentiment 1.1.3, npm ci
# in bench/peers/vader), scores the tweets and NYT snippets of ../shared/data/sentiment (when present) and
# bench/feedback/reviews.tsv with both analysers, prints Pearson r and sign accuracy side by side, measures throughput
# of both on the tweets repeated to >= 100,000 texts, and writes bench/feedback/RESULTS.md.
#   bench/feedback/run.sh [repeat=5]       (SHARED_DATA=/path/to/shared/data overrides ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/feedback/Waymark.Bench.Feedback -c Release -nologo -v:q
(cd bench/peers/vader && npm ci --no-audit --no-fund --silent)
dotnet bench/feedback/Waymark.Bench.Feedback/bin/Release/net10.0/Waymark.Bench.Feedback.dll \
  report "$PWD" bench/feedback/RESULTS.md "${1:-5}"
echo "results written to bench/feedback/RESULTS.md"
