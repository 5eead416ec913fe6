#!/usr/bin/env bash
# Where the time of a cold build of the seed goes: JVM start-up (--version), check, the build
# without its PDFs, the whole build, beside Chromium printing the same tutorial.html. Every
# procsite command runs with the launcher's settings (bin/procsite: Temurin 25's AOT cache or
# java 17's AppCDS archive, C1 only). The commands run in turn, round after round
# (bench/alternate.py), so each ratio compares runs made under the same load.
# Usage: bench/build-time.sh [ROUNDS]      (default 10; needs python3 and chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-10}
JAR=$(realpath "${JAR:-target/procsite.jar}")
[ -f "$JAR" ] || mvn -q -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -jar "$JAR" build procedure.yaml --out "$WORK/site" >/dev/null
# Compiled once here: run as a source file, javac's own start-up would be timed with it.
javac -d "$WORK/classes" -cp "$JAR" bench/BuildWithoutPdf.java

# The launcher's JVM and flags, for the build without PDFs (a class of its own, not the jar's main).
D=$(dirname "$JAR")
JAVA25=${PROCSITE_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
if [ -x "$JAVA25" ] && [ "$D/procsite.aot" -nt "$JAR" ]; then
  JVM="$JAVA25 -XX:AOTCache=$D/procsite.aot"
elif [ "$D/procsite.jsa" -nt "$JAR" ]; then
  JVM="java -XX:SharedArchiveFile=$D/procsite.jsa -Xshare:auto"
else
  JVM="java"
fi
JVM="$JVM -XX:TieredStopAtLevel=1 -Xlog:disable"
CHROMIUM="chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
--disable-background-networking --disable-component-update --disable-sync \
--user-data-dir=$WORK/chromium-profile --print-to-pdf=$WORK/chromium.pdf --no-pdf-header-footer file://$WORK/site/tutorial.html"
export PROCSITE_JAR=$JAR
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

python3 bench/alternate.py --rounds "$ROUNDS" --warmup 1 --json "$WORK/times.json" \
  "JVM start-up (--version)=bin/procsite --version" \
  "check=bin/procsite check procedure.yaml" \
  "build without the PDFs=$JVM -cp $JAR:$WORK/classes BuildWithoutPdf procedure.yaml $WORK/a" \
  "build=bin/procsite build procedure.yaml --out $WORK/b" \
  "chromium --print-to-pdf=$CHROMIUM" >&2
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

python3 - "$WORK/times.json" <<'PY'
import json, statistics, sys
commands = json.load(open(sys.argv[1]))["commands"]
chromium = commands["chromium --print-to-pdf"]
print(f"{'what':28} {'wall s':>7} {'CPU s':>7} {'wall vs chromium':>17} {'CPU vs chromium':>16}")
for name, times in commands.items():
    ratio = lambda key: statistics.median(a / b for a, b in zip(times[key], chromium[key]))
    print(f"{name:28} {statistics.median(times['wall']):7.3f} {statistics.median(times['cpu']):7.3f}"
          f" {ratio('wall'):16.2f}x {ratio('cpu'):15.2f}x")
PY
