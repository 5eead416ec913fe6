#!/usr/bin/env bash
# Warm rebuild of `procsite serve`: median time from saving procedure.yaml to the new page being
# served, over N edits (default 9) after 10 warm-up edits. Budget: 150 ms for the seed (issue 6).
# Usage: bench/serve-rebuild.sh [YAML] [N]     (builds target/procsite.jar if it is missing)
# Exit code 1 if the median is over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
yaml="${1:-procedure.yaml}"
edits="${2:-9}"
[ -f target/procsite.jar ] || mvn -q -DskipTests package
exec java bench/ServeRebuildBench.java target/procsite.jar "$yaml" "$edits"
