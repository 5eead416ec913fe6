#!/usr/bin/env bash
# Benchmark of the offline decision page: size of site/decision.html for the seed, and its time
# to first interaction in headless Chromium with the CPU throttled 4x (median of 9).
# With a file argument (another decision.html of the seed, e.g. `git show REV:site/decision.html`),
# that page is timed too, alternated run by run in the same browser, and the ratio printed.
# Needs /usr/bin/chromium and /usr/bin/chromedriver, like the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
baseline="${1:+$(realpath "$1")}"
mvn -B -q test -Dtest=DecisionPageBenchmark -Dbench=true -Dbench.baseline="$baseline" -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat target/bench/decision-page.txt
