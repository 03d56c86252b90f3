#!/usr/bin/env bash
# Editor benchmark in one command: builds the server (and with it web/), installs playwright-core (npm ci), starts
# a throwaway server on a free loopback port with a temp SQLite file, runs bench.mjs against it (a 60-step x 15-lane
# map, grid draw and edit latency in headless /usr/bin/chromium) and writes bench/editor/RESULTS.md.
#   bench/editor/run.sh [--runs 5] [--edits 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

[ -x "${WAYMARK_CHROMIUM:-/usr/bin/chromium}" ] || { echo "Chromium not found at ${WAYMARK_CHROMIUM:-/usr/bin/chromium}: apt-get install chromium"; exit 1; }
dotnet build src/Waymark.Server -c Release -nologo -v:q
(
  cd bench/editor
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --silent
  fi
)

tmp=$(mktemp -d)
bin="$root/src/Waymark.Server/bin/Release/net10.0"
dotnet "$bin/Waymark.Server.dll" --contentRoot "$bin" --urls=http://127.0.0.1:0 \
  "--ConnectionStrings:Waymark=Data Source=$tmp/waymark.db;Pooling=false" --Demo:Seed=true --Auth:Accounts=false >"$tmp/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$tmp"' EXIT

url=""
for _ in $(seq 1 120); do
  url=$(sed -n 's/.*Now listening on: \(http:[^ ]*\).*/\1/p' "$tmp/server.log" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { echo "the server stopped:"; cat "$tmp/server.log"; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { echo "the server did not start in 60 s:"; cat "$tmp/server.log"; exit 1; }
echo "server at $url"

node bench/editor/bench.mjs --base "$url" "$@"
