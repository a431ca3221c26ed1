#!/usr/bin/env bash
# The README's test command (`npm test`): every tier, in order, stopping at none so that one
# run shows every failure; exits non-zero if any tier fails or a test tier runs no test.
#   1. lint and type-check   (eslint with type-checked rules, tsc --noEmit)
#   2. unit                  (mocha on src/core and the CLI, plain Node)
#   3. integration           (the same mocha suite inside VS Code 1.99 via code-server, offline)
#   4. browser               (the report renderer and the exported HTML in headless Chromium)
#   5. eval                  (detection precision and recall on test/corpus, against their floors)
# The integration and browser tiers provision what they need (scripts/provision-code-server.sh).
set -uo pipefail
cd "$(dirname "$0")/.."

failed_tiers=()
passed=0
failed=0
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

# The sum of a log's mocha "N passing" (or "N failing") lines; empty when there is none.
mocha_count() {
  grep -Eo "^ *[0-9]+ $1" "$2" | grep -Eo '[0-9]+' | awk '{ n += $1; seen = 1 } END { if (seen) print n }'
}

# Runs one tier, showing its output, and adds its mocha counts ("N passing", "N failing") to the totals.
run_tier() {
  local name=$1
  shift
  echo
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$log_dir/$name.log"
  local status=${PIPESTATUS[0]}
  local tier_passed tier_failed
  tier_passed=$(mocha_count passing "$log_dir/$name.log")
  tier_failed=$(mocha_count failing "$log_dir/$name.log")
  passed=$((passed + ${tier_passed:-0}))
  failed=$((failed + ${tier_failed:-0}))
  if [ "$status" -ne 0 ]; then
    failed_tiers+=("$name (exit $status)")
  elif [ "$name" != lint ] && [ "$name" != eval ] && [ -z "$tier_passed" ]; then
    failed_tiers+=("$name (ran no test)")
  fi
}

npm run --silent build || failed_tiers+=("build")
run_tier lint bash -c 'npx eslint . && npx tsc -p . --noEmit && echo "lint and type-check passed"'
# compile-tests empties out/ first, so a test file deleted from test/ cannot linger as stale JavaScript.
run_tier unit bash -c 'npm run --silent compile-tests && npx mocha'
run_tier integration bash -c 'bash scripts/provision-code-server.sh && node out/test/integration/launchers/codeServer.js'
# The report renderer in headless Chromium: the exported HTML file (with its screenshot) and the
# webview's side of its messages. Chromium comes from the same provisioning (idempotent).
run_tier browser bash -c 'bash scripts/provision-code-server.sh && npx mocha --no-config --timeout 60000 "out/test/integration/browser/**/*.test.js"'
# Detection quality is a tier too: below its floors on the labelled corpus, the run fails.
run_tier eval bash -c 'node out/scripts/eval/eval.js'

echo
# The counts line comes last: CI reads a closing "N passed, N failed" line.
if [ ${#failed_tiers[@]} -gt 0 ]; then
  echo "FAILED: ${failed_tiers[*]}"
  echo "tests: $passed passed, $failed failed"
  exit 1
fi
echo "all tiers passed: lint, unit, integration (VS Code 1.99 via code-server), browser (headless Chromium), eval"
echo "tests: $passed passed, $failed failed"
