#!/usr/bin/env bash
# Every speed goal of issue 6, each against its baseline, in one run (medians, hyperfine):
#   1. cold `build` of the seed, all five outputs, vs chromium --print-to-pdf of tutorial.html  (goal <= 1.0x)
#   2. `check` of the seed vs JVM start-up (`--version`)                                          (goal <= 2x)
#   3. `check` of 100k nodes vs 10k nodes, start-up subtracted                                    (goal <= 12x)
#   4. serve: save -> new page served, warm                                                       (goal <= 150 ms)
#   5. decision.html: bytes and time to first interaction at 4x CPU throttle                      (reported)
# Each command runs both as `java -jar` (the contract) and through bin/procsite (AppCDS/AOT, C1).
#
#   bench/speed.sh                  # 7 runs each; RUNS=5 bench/speed.sh for a shorter one
#   JAR=other.jar bench/speed.sh    # another build of procsite (bin/procsite then uses its archives, if any)
#   NO_BROWSER=1 bench/speed.sh     # skip the decision-page measurement (needs chromedriver)
#   BEFORE_JAR=old.jar bench/speed.sh  # also time an older build the same way (java -jar), side by side
# Needs hyperfine, chromium (and chromedriver for 5). Run from anywhere; nothing is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
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
BEFORE=()
if [ -n "${BEFORE_JAR:-}" ]; then
  B=$(realpath "$BEFORE_JAR")
  BEFORE=(-n "build/before" "java -jar $B build procedure.yaml --out $WORK/c"
    -n "version/before" "java -jar $B --version"
    -n "check/before" "java -jar $B check procedure.yaml"
    -n "check10k/before" "java -jar $B check $WORK/p10k.yaml"
    -n "check100k/before" "java -jar $B check $WORK/p100k.yaml")
fi
hyperfine --style basic -N --runs "$RUNS" --warmup 1 --export-json "$WORK/times.json" "${BEFORE[@]}" \
  -n "chromium" "$CHROMIUM" \
  -n "build/jar" "java -jar $JAR build procedure.yaml --out $WORK/a" \
  -n "build/launcher" "$L build procedure.yaml --out $WORK/b" \
  -n "version/jar" "java -jar $JAR --version" \
  -n "check/jar" "java -jar $JAR check procedure.yaml" \
  -n "version/launcher" "$L --version" \
  -n "check/launcher" "$L check procedure.yaml" \
  -n "check10k/jar" "java -jar $JAR check $WORK/p10k.yaml" \
  -n "check100k/jar" "java -jar $JAR check $WORK/p100k.yaml" \
  -n "check10k/launcher" "$L check $WORK/p10k.yaml" \
  -n "check100k/launcher" "$L check $WORK/p100k.yaml" \
  >&2
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

python3 - "$WORK/times.json" "$WORK/serve.txt" "$LOAD_AFTER" "$WORK/serve-before.txt" <<'PY'
import json, re, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
m = lambda k: r[k]["median"]
cpu = lambda k: r[k]["user"] + r[k]["system"]
rows = []
def row(goal, what, value, base, ratio, target, ok):
    rows.append((goal, what, value, base, ratio, target, "yes" if ok else "NO"))
ways = (["before"] if "build/before" in r else []) + ["jar", "launcher"]
for v in ways:
    q = m(f"build/{v}") / m("chromium")
    row("build vs chromium", v, f"{m(f'build/{v}'):.2f} s (cpu {cpu(f'build/{v}'):.2f} s)",
        f"{m('chromium'):.2f} s (cpu {cpu('chromium'):.2f} s)", f"{q:.2f}x", "<= 1.0x", q <= 1.0)
for v in ways:
    q = m(f"check/{v}") / m(f"version/{v}")
    row("check vs --version", v, f"{m(f'check/{v}')*1000:.0f} ms", f"{m(f'version/{v}')*1000:.0f} ms", f"{q:.2f}x", "<= 2x", q <= 2)
for v in ways:
    s = m(f"version/{v}")
    a, b = m(f"check10k/{v}") - s, m(f"check100k/{v}") - s
    row("check 100k vs 10k", v, f"{b:.2f} s", f"{a:.2f} s", f"{b/a:.1f}x", "<= 12x", b / a <= 12)
for v, f in (("before", sys.argv[4]), ("jar", sys.argv[2])):
    med = re.search(r"median (\d+) ms", open(f).read())
    if med:
        row("serve warm rebuild", v, f"{med.group(1)} ms", "save -> page served", "", "<= 150 ms", int(med.group(1)) <= 150)
w = [max(len(str(x[i])) for x in rows + [("goal", "how", "procsite", "baseline", "ratio", "target", "met")]) for i in range(7)]
fmt = "| " + " | ".join("{:%d}" % n for n in w) + " |"
print(fmt.format("goal", "how", "procsite", "baseline", "ratio", "target", "met"))
print("|" + "|".join("-" * (n + 2) for n in w) + "|")
for x in rows:
    print(fmt.format(*x))
print(f"load average (1, 5, 15 min) after the timings: {sys.argv[3]}")
PY
cat "$WORK/decision.txt"
