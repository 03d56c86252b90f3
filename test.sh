#!/usr/bin/env bash
# Runs every test: installs what the tests need (when root), builds once (the server's build also runs npm ci and
# npm run build in web/), runs each .NET test project and the web unit tests, and ends with one line:
# "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
export WAYMARK_TEST_SH=1  # tests that need a server test.sh installs fail, not skip, when it is missing (ClickHouse)

log() { printf '\n== %s\n' "$*"; }

need_apt=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need_apt+=(postgresql)
# The browser tests drive Debian's Chromium at /usr/bin/chromium (Playwright never downloads a browser here).
if [ -d tests/Waymark.Browser.Tests ] && [ ! -x /usr/bin/chromium ]; then need_apt+=(chromium); fi
# The export tests (tests/Waymark.Render.Tests) draw with Debian's fonts, loaded from these files (ADR 018), and read
# the PDFs back with poppler (pdftotext, pdffonts, pdfinfo).
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# The reverse-proxy test puts Debian's nginx (TLS) in front of Kestrel, as the README's "HTTPS behind a reverse proxy".
[ -x /usr/sbin/nginx ] || need_apt+=(nginx)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_apt+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || need_apt+=(fonts-droid-fallback)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need_apt+=(fonts-noto-color-emoji)
# The mail tests deliver to a real SMTP server: Debian's aiosmtpd, run with /usr/bin/python3 (tests/Waymark.Testing/Mail).
[ -d /usr/lib/python3/dist-packages/aiosmtpd ] || need_apt+=(python3-aiosmtpd)
# Co-editing over two servers shares one Redis (SignalR's backplane, presence): Debian's redis-server (tests/Waymark.Testing/Redis).
[ -x /usr/bin/redis-server ] || need_apt+=(redis-server)
[ -x /usr/sbin/clickhouse-server ] || need_apt+=(clickhouse-server)
# Replicated ClickHouse tables coordinate through Debian's ZooKeeper, started by the test (tests/Waymark.Testing/ClickHouse).
[ -f /usr/share/java/zookeeper.jar ] || need_apt+=(zookeeper)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    log "installing ${need_apt[*]}"
    # The tests start their own servers (PostgreSQL, nginx) in temp folders; Debian's policy-rc.d hook keeps the
    # packages' system services (nginx on port 80, a PostgreSQL cluster on 5432) from starting while they install.
    made_policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null 2>&1 \
      || echo "apt-get install ${need_apt[*]} failed; tests that need them will fail"
    if [ -n "$made_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
  else
    echo "missing packages: ${need_apt[*]} (run as root or install them); tests that need them will fail"
  fi
fi
command -v npm >/dev/null 2>&1 || echo "npm not found: web/ is not built and the web and browser tests will fail (install Node.js 20+)"

passed=0; failed=0; skipped=0; broken=0
results=$(mktemp -d)

log "build (.NET and web/)"
if ! dotnet build Waymark.slnx -c Release -nologo -v:q >"$results/build.log" 2>&1; then
  broken=1
  tail -n 60 "$results/build.log"
  # A broken front end must not hide the .NET results: build the rest without npm and go on (counted as a failure).
  echo "build failed; building again without the web front end so the other tests still run"
  dotnet build Waymark.slnx -c Release -nologo -v:q -p:SkipWebBuild=true >"$results/build2.log" 2>&1 || tail -n 30 "$results/build2.log"
else
  tail -n 30 "$results/build.log"
fi

# Runs one test project into $results/<name>.out and <name>.trx.
run_project() {
  local proj=$1 name start
  name=$(basename "$proj" .csproj)
  start=$SECONDS
  dotnet test "$proj" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" >"$results/$name.out" 2>&1
  echo "$name took $((SECONDS - start)) s" >>"$results/$name.out"
}

# Prints a project's output and adds its counts to the totals.
report_project() {
  local proj=$1 name trx counters p f t e shots
  name=$(basename "$proj" .csproj)
  log "$name"
  tail -n 40 "$results/$name.out" 2>/dev/null
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
  shots="$(dirname "$proj")/bin/Release/net10.0/TestResults/screenshots"
  if [ -d "$shots" ] && [ -n "$(ls -A "$shots")" ]; then echo "screenshots: $(cd "$shots" && pwd)"; fi
}

# The server suite is the long one and keeps both cores busy only part of the time; the small projects run one
# after another beside it. The browser suite (one Chromium, timing-sensitive) runs after both, on a quiet machine.
# Each project's output is kept apart and printed whole, in the usual order, once it has finished.
projects=(tests/*.Tests/*.Tests.csproj)
server=tests/Waymark.Server.Tests/Waymark.Server.Tests.csproj
browser=tests/Waymark.Browser.Tests/Waymark.Browser.Tests.csproj
beside=()
for proj in "${projects[@]}"; do
  [ "$proj" = "$server" ] || [ "$proj" = "$browser" ] || beside+=("$proj")
done
log "running ${#projects[@]} test projects (the small ones beside Waymark.Server.Tests)"
( for proj in "${beside[@]}"; do run_project "$proj"; done ) &
beside_pid=$!
[ -f "$server" ] && run_project "$server"
wait "$beside_pid"
[ -f "$browser" ] && run_project "$browser"
for proj in "${projects[@]}"; do report_project "$proj"; done

if [ -f web/package.json ]; then
  log "web lint and unit tests"
  (
    cd web || exit 1
    # npm ci when node_modules is missing or older than the lock file (the .NET build normally did it already).
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund || exit 1
    fi
    # ESLint (web/eslint.config.js) first; its report is kept apart so vitest's lines below do not hide it.
    npx eslint . >"$results/lint.txt" 2>&1; echo $? >"$results/lint.rc"
    npx vitest run --reporter=default --reporter=json --outputFile.json="$results/web.json"
  ) 2>&1 | tail -n 30
  lint_rc=$(cat "$results/lint.rc" 2>/dev/null || echo "not run")
  if [ "$lint_rc" != "0" ]; then
    tail -n 40 "$results/lint.txt" 2>/dev/null
    echo "web: lint failed (exit $lint_rc; run npm run lint in web/ for every finding)"; failed=$((failed + 1))
  fi
  if [ -f "$results/web.json" ]; then
    read -r p f s < <(node -e "const r=require('$results/web.json');console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests)")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
    if [ "$f" = "0" ] && [ "$(node -e "console.log(require('$results/web.json').success)")" != "true" ]; then
      echo "web: vitest reported a failure outside the tests (a suite that did not load?)"; failed=$((failed + 1))
    fi
  else
    echo "web: no results"; failed=$((failed + 1))
  fi
fi

[ "$broken" = "1" ] && failed=$((failed + 1)) && echo "build failed"
rm -rf "$results"
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = "0" ]
