#!/usr/bin/env bash
# Benchmark of the offline decision page: size of site/decision.html for the seed, and its time
# to first interaction in headless Chromium with the CPU throttled 4x (median of 5).
# Needs /usr/bin/chromium and /usr/bin/chromedriver, like the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=DecisionPageBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat target/bench/decision-page.txt
