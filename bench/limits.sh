#!/usr/bin/env bash
# No input makes a build run for minutes: `check` and `build` of the largest procedures procsite
# accepts, and of 64 MiB files (refused for their size limits), against `build` of an ordinary
# 100-node procedure. Goal: every command within 10x that baseline.
#
# Each round runs the baseline, then every case, so both sides of a ratio ran in the same block
# of time; the ratio reported is the median over rounds of (case / baseline of that round).
#
#   bench/limits.sh               # 3 rounds (ROUNDS=5 bench/limits.sh for more)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/procsite.jar
ROUNDS=${ROUNDS:-3}
[[ -f $JAR ]] || mvn -q -DskipTests package

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java bench/GenerateProcedure.java 100 > "$work/p100.yaml"
java bench/GenerateProcedure.java 200 270 > "$work/largest-text.yaml"
java bench/GenerateProcedure.java 420000 > "$work/nodes-64mib.yaml"
for m in arrows choices text-64mib word-64mib; do
  java bench/GenerateWorstCase.java "$m" > "$work/$m.yaml"
done

names=(baseline)
cmds=("build $work/p100.yaml --out $work/out-baseline")
for f in largest-text arrows choices; do
  names+=("build:$f"); cmds+=("build $work/$f.yaml --out $work/out-$f")
done
for f in nodes-64mib text-64mib word-64mib; do
  names+=("check:$f"); cmds+=("check $work/$f.yaml")
  names+=("build:$f"); cmds+=("build $work/$f.yaml --out $work/out-$f")
done

echo "files (bytes) and what check says of them:"
for f in p100 largest-text arrows choices nodes-64mib text-64mib word-64mib; do
  verdict=$(java -jar "$JAR" check "$work/$f.yaml" 2>&1 | grep -E ': ok,|error\[' | head -1 | cut -c1-110 || true)
  printf '  %-13s %9s  %s\n' "$f" "$(wc -c < "$work/$f.yaml" | xargs)" "${verdict#"$work/"}"
done

# one warm-up of the baseline, then the rounds
java -jar "$JAR" ${cmds[0]} > /dev/null 2>&1
for ((r = 1; r <= ROUNDS; r++)); do
  for i in "${!names[@]}"; do
    rm -rf "$work/out-"*
    /usr/bin/time -f "$r ${names[$i]} %e %U %S" -a -o "$work/times.txt" java -jar "$JAR" ${cmds[$i]} > /dev/null 2>&1 || true
  done
done

echo
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
python3 - "$work/times.txt" <<'PY'
import sys, statistics
rows = [l.split() for l in open(sys.argv[1]) if l[:1].isdigit() and len(l.split()) == 5]  # not "Command exited..."
wall, cpu = {}, {}
for r, name, e, u, s in rows:
    wall.setdefault(name, {})[r] = float(e)
    cpu.setdefault(name, {})[r] = float(u) + float(s)
base = wall["baseline"]
print(f"{'command':<22} {'median wall':>11} {'median cpu':>10} {'x baseline (pairwise)':>22}  goal <= 10x")
worst = 0
for name in wall:
    ratios = [wall[name][r] / base[r] for r in wall[name]]
    q = statistics.median(ratios)
    worst = max(worst, q)
    print(f"{name:<22} {statistics.median(wall[name].values()):>10.2f}s {statistics.median(cpu[name].values()):>9.2f}s {q:>21.2f}x  {'ok' if q <= 10 else 'OVER'}")
print(f"worst: {worst:.2f}x the build of a 100-node procedure")
PY
