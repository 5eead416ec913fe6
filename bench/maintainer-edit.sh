#!/usr/bin/env bash
# Issue 10's acceptance, the maintainer's loop: copy the project, make the week's edits to
# procedure.yaml (support name and number, version, a new branch), `build`, then run the whole
# suite (`mvn -B -o verify`, as .ci/run does) in the copy. The copy's suite must pass.
#
#   bench/maintainer-edit.sh     # about as long as the whole suite, plus a compile
#
# It runs the JUnit test tagged "slow" (MaintainerEditTest), which the default build skips.
# Logs: target/maintainer-edit/build.log, mvn-verify.log (the copy's suite), summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
mvn -B -o -q test -Dtest=MaintainerEditTest -Dgroups=slow -Dprocsite.test.exclude=none \
    -Dsurefire.failIfNoSpecifiedTests=false
end=$(date +%s)
echo "edited copy: $(cat target/maintainer-edit/summary.txt)"
echo "wall time: $((end - start)) s"
