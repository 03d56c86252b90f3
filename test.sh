#!/usr/bin/env bash
# Runs every test: installs what the tests need (when root), builds once, runs each .NET test project
# (and the web tests once web/ exists), and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

need_apt=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need_apt+=(postgresql)
if [ -d tests/Waymark.Browser.Tests ] && ! command -v chromium >/dev/null 2>&1; then need_apt+=(chromium); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    log "installing ${need_apt[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "missing packages: ${need_apt[*]} (run as root or install them); tests that need them will fail"
  fi
fi

passed=0; failed=0; skipped=0; broken=0
results=$(mktemp -d)

log "build"
dotnet build Waymark.slnx -c Release -nologo -v:q >"$results/build.log" 2>&1 || broken=1
tail -n 30 "$results/build.log"

for proj in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$proj" .csproj)
  log "$name"
  dotnet test "$proj" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 | tail -n 40
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
    e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
  else
    echo "$name: no results (did the build or the test host fail?)"
    failed=$((failed + 1))
  fi
done

if [ -f web/package.json ]; then
  log "web"
  (cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npx vitest run --reporter=json --outputFile="$results/web.json") 2>&1 | tail -n 30
  if [ -f "$results/web.json" ]; then
    p=$(node -e "const r=require('$results/web.json');console.log(r.numPassedTests)")
    f=$(node -e "const r=require('$results/web.json');console.log(r.numFailedTests)")
    passed=$((passed + p)); failed=$((failed + f))
  else
    echo "web: no results"; failed=$((failed + 1))
  fi
fi

[ "$broken" = "1" ] && failed=$((failed + 1)) && echo "build failed"
rm -rf "$results"
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = "0" ]
