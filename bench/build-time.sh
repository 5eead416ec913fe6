#!/usr/bin/env bash
# Cold build time of the seed, with and without the PDF, beside JVM start-up and Chromium's
# print-to-pdf of the same tutorial.html. Medians of N runs (default 7), one fresh JVM each.
# Usage: bench/build-time.sh [RUNS]      (from the repository root; needs hyperfine, chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
JAR=${JAR:-target/procsite.jar}
[ -f "$JAR" ] || mvn -q -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -jar "$JAR" build procedure.yaml --out "$WORK/site" >/dev/null
PROFILE="$WORK/chromium-profile"
CHROMIUM="chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
--disable-background-networking --disable-component-update --disable-sync \
--user-data-dir=$PROFILE --print-to-pdf=$WORK/chromium.pdf --no-pdf-header-footer file://$WORK/site/tutorial.html"

hyperfine --style basic --runs "$RUNS" --warmup 1 --export-json "$WORK/times.json" \
  -n "JVM start-up (procsite --version)" "java -jar $JAR --version" \
  -n "check (seed)" "java -jar $JAR check procedure.yaml" \
  -n "build without PDF (4 outputs)" "java -cp $JAR bench/BuildWithoutPdf.java procedure.yaml $WORK/a" \
  -n "build, all five outputs" "java -jar $JAR build procedure.yaml --out $WORK/b" \
  -n "chromium --print-to-pdf tutorial.html" "$CHROMIUM" \
  >&2

python3 - "$WORK/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
chromium = next(r for r in results if r["command"].startswith("chromium"))["median"]
print(f"{'what':45} {'median s':>9} {'user s':>7} {'vs chromium':>11}")
for r in results:
    print(f"{r['command']:45} {r['median']:9.3f} {r['user']:7.3f} {r['median'] / chromium:10.2f}x")
PY
