#!/usr/bin/env bash
# Every speed goal of issue 6, each against its baseline, in one run (medians of alternated runs):
#   1. cold `build` of the seed, all five outputs, vs chromium --print-to-pdf of tutorial.html  (goal <= 1.0x)
#   2. `check` of the seed vs JVM start-up (`--version`)                                          (goal <= 2x)
#   3. `check` of 100k nodes vs 10k nodes, start-up subtracted                                    (goal <= 12x)
#   4. serve: save -> new page served, warm                                                       (goal <= 150 ms)
#   5. decision.html: bytes and time to first interaction at 4x CPU throttle                      (reported)
# Each command runs both as `java -jar` (the contract) and through bin/procsite (AppCDS/AOT, C1).
#
# Within each group the commands run in turn, round after round (bench/alternate.py), and a
# ratio is the median of the ratios of runs made back to back: fair on a loaded machine.
#
#   bench/speed.sh                  # 10 rounds; RUNS=5 bench/speed.sh for a shorter one
#   JAR=other.jar bench/speed.sh    # another build of procsite (bin/procsite then uses its archives, if any)
#   NO_BROWSER=1 bench/speed.sh     # skip the decision-page measurement (needs chromedriver)
#   BEFORE_JAR=old.jar bench/speed.sh  # also time an older build the same way (java -jar), side by side
# Needs python3, chromium (and chromedriver for 5). Run from anywhere; nothing is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
JAR=$(realpath "${JAR:-target/procsite.jar}")
[ -f "$JAR" ] || mvn -q -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PROCSITE_JAR=$JAR
L="bin/procsite"

java -jar "$JAR" build procedure.yaml --out "$WORK/site" >/dev/null
java bench/GenerateProcedure.java 10000 > "$WORK/p10k.yaml"
java bench/GenerateProcedure.java 100000 > "$WORK/p100k.yaml"
CHROMIUM="chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
--disable-background-networking --disable-component-update --disable-sync \
--user-data-dir=$WORK/chromium-profile --print-to-pdf=$WORK/chromium.pdf --no-pdf-header-footer file://$WORK/site/tutorial.html"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
D=$(dirname "$JAR")
if [ -x "${PROCSITE_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}" ] && [ "$D/procsite.aot" -nt "$JAR" ]; then
  echo "bin/procsite runs: Temurin 25 with the AOT cache $D/procsite.aot, C1 only" >&2
elif [ "$D/procsite.jsa" -nt "$JAR" ]; then
  echo "bin/procsite runs: java 17 with the AppCDS archive $D/procsite.jsa, C1 only" >&2
else
  echo "bin/procsite runs: java 17, no archive, C1 only" >&2
fi
BEFORE_BUILD=() BEFORE_CHECK=() BEFORE_SCALE=()
if [ -n "${BEFORE_JAR:-}" ]; then
  B=$(realpath "$BEFORE_JAR")
  BEFORE_BUILD=("build/before=java -jar $B build procedure.yaml --out $WORK/c")
  BEFORE_CHECK=("version/before=java -jar $B --version" "check/before=java -jar $B check procedure.yaml")
  BEFORE_SCALE=("version/before=java -jar $B --version" "check10k/before=java -jar $B check $WORK/p10k.yaml"
    "check100k/before=java -jar $B check $WORK/p100k.yaml")
fi
# Each group runs its commands in turn, round after round, so a ratio compares runs made
# under the same load (the machine may be shared); see bench/alternate.py.
A="python3 bench/alternate.py --rounds $RUNS --warmup 1"
$A --json "$WORK/build.json" "${BEFORE_BUILD[@]}" \
  "chromium=$CHROMIUM" \
  "build/jar=java -jar $JAR build procedure.yaml --out $WORK/a" \
  "build/launcher=$L build procedure.yaml --out $WORK/b"
$A --json "$WORK/check.json" "${BEFORE_CHECK[@]}" \
  "version/jar=java -jar $JAR --version" \
  "check/jar=java -jar $JAR check procedure.yaml" \
  "version/launcher=$L --version" \
  "check/launcher=$L check procedure.yaml"
$A --json "$WORK/scale.json" "${BEFORE_SCALE[@]}" \
  "version/jar=java -jar $JAR --version" \
  "check10k/jar=java -jar $JAR check $WORK/p10k.yaml" \
  "check100k/jar=java -jar $JAR check $WORK/p100k.yaml" \
  "version/launcher=$L --version" \
  "check10k/launcher=$L check $WORK/p10k.yaml" \
  "check100k/launcher=$L check $WORK/p100k.yaml"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

java bench/ServeRebuildBench.java "$JAR" procedure.yaml 9 > "$WORK/serve.txt" || true
cat "$WORK/serve.txt" >&2
: > "$WORK/serve-before.txt"
if [ -n "${BEFORE_JAR:-}" ]; then
  java bench/ServeRebuildBench.java "$B" procedure.yaml 9 > "$WORK/serve-before.txt" || true
  cat "$WORK/serve-before.txt" >&2
fi
if [ "${NO_BROWSER:-}" != 1 ]; then
  bench/decision-page.sh > "$WORK/decision.txt" 2>&1 || echo "decision page: not measured" > "$WORK/decision.txt"
else
  echo "decision page: skipped (NO_BROWSER=1)" > "$WORK/decision.txt"
fi

python3 - "$WORK" "$LOAD_AFTER" <<'PY'
import json, re, statistics, sys
work, load_after = sys.argv[1], sys.argv[2]
runs = {}
for group in ("build", "check", "scale"):
    runs[group] = json.load(open(f"{work}/{group}.json"))["commands"]
med = statistics.median
wall = lambda g, k: runs[g][k]["wall"]
cpu = lambda g, k: runs[g][k]["cpu"]
def pairwise(a, b):
    """The median of the ratios round by round: each pair ran back to back, under one load."""
    return med([x / y for x, y in zip(a, b)])
rows = []
def row(goal, what, value, base, ratio, target, ok):
    rows.append((goal, what, value, base, ratio, target, "yes" if ok else "NO"))
ways = (["before"] if "build/before" in runs["build"] else []) + ["jar", "launcher"]
for v in ways:
    b, c = f"build/{v}", "chromium"
    q = pairwise(wall("build", b), wall("build", c))
    row("build vs chromium", v,
        f"{med(wall('build', b)):.2f} s (cpu {med(cpu('build', b)):.2f} s)",
        f"{med(wall('build', c)):.2f} s (cpu {med(cpu('build', c)):.2f} s)",
        f"{q:.2f}x (cpu {pairwise(cpu('build', b), cpu('build', c)):.1f}x)", "<= 1.0x", q <= 1.0)
for v in ways:
    q = pairwise(wall("check", f"check/{v}"), wall("check", f"version/{v}"))
    row("check vs --version", v, f"{med(wall('check', f'check/{v}'))*1000:.0f} ms",
        f"{med(wall('check', f'version/{v}'))*1000:.0f} ms", f"{q:.2f}x", "<= 2x", q <= 2)
for v in ways:
    s = wall("scale", f"version/{v}")
    a = [x - y for x, y in zip(wall("scale", f"check10k/{v}"), s)]
    b = [x - y for x, y in zip(wall("scale", f"check100k/{v}"), s)]
    q = pairwise(b, a)
    row("check 100k vs 10k", v, f"{med(b):.2f} s", f"{med(a):.2f} s", f"{q:.1f}x", "<= 12x", q <= 12)
for v, f in (("before", f"{work}/serve-before.txt"), ("jar", f"{work}/serve.txt")):
    m = re.search(r"median (\d+) ms", open(f).read())
    if m:
        row("serve warm rebuild", v, f"{m.group(1)} ms", "save -> page served", "", "<= 150 ms", int(m.group(1)) <= 150)
header = ("goal", "how", "procsite (median)", "baseline (median)", "ratio (median of pairs)", "target", "met")
w = [max(len(str(x[i])) for x in rows + [header]) for i in range(7)]
fmt = "| " + " | ".join("{:%d}" % n for n in w) + " |"
print(fmt.format(*header))
print("|" + "|".join("-" * (n + 2) for n in w) + "|")
for x in rows:
    print(fmt.format(*x))
n = len(wall("build", "chromium"))
print(f"{n} rounds per group, commands in turn; load average (1, 5, 15 min) after the timings: {load_after}")
PY
cat "$WORK/decision.txt"
