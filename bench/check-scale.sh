#!/usr/bin/env bash
# Does `check` cost grow linearly with the procedure? Times JVM start-up (--version), then
# `check` on generated 10k- and 100k-node procedures, and prints
#   ratio = (t100k - startup) / (t10k - startup)
# which is about 10 when the cost is linear. Uses hyperfine if installed, else /usr/bin/time.
#
#   bench/check-scale.sh            # 5 runs each (RUNS=10 bench/check-scale.sh for more)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/procsite.jar
RUNS=${RUNS:-5}
[[ -f $JAR ]] || mvn -q -DskipTests package

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java bench/GenerateProcedure.java 10000 > "$work/p10k.yaml"
java bench/GenerateProcedure.java 100000 > "$work/p100k.yaml"
for f in p10k p100k; do
  printf '%-6s %s, %s bytes\n' "$f" "$(java -jar "$JAR" check "$work/$f.yaml" | cut -d, -f2 | xargs)" \
    "$(wc -c < "$work/$f.yaml" | xargs)"
done

names=(startup check-10k check-100k)
cmds=("java -jar $JAR --version" "java -jar $JAR check $work/p10k.yaml" "java -jar $JAR check $work/p100k.yaml")
declare -A median

if command -v hyperfine > /dev/null; then
  hyperfine --style basic -i --warmup 1 --runs "$RUNS" --export-csv "$work/times.csv" \
    -n "${names[0]}" "${cmds[0]}" -n "${names[1]}" "${cmds[1]}" -n "${names[2]}" "${cmds[2]}" >&2
  # command,mean,stddev,median,user,system,min,max
  while IFS=, read -r name _mean _sd med _rest; do
    median[$name]=$med
  done < <(tail -n +2 "$work/times.csv")
else
  echo "hyperfine not found: timing with /usr/bin/time, $RUNS runs each" >&2
  for i in "${!names[@]}"; do
    for ((r = 0; r < RUNS; r++)); do
      /usr/bin/time -f %e -a -o "$work/${names[$i]}.times" ${cmds[$i]} > /dev/null 2>&1 || true
    done
    median[${names[$i]}]=$(sort -n "$work/${names[$i]}.times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  done
fi

echo
printf '%-12s %8s\n' "" "median"
for n in "${names[@]}"; do
  printf '%-12s %7.3fs\n' "$n" "${median[$n]}"
done
awk -v s="${median[startup]}" -v a="${median[check-10k]}" -v b="${median[check-100k]}" 'BEGIN {
  printf "check 10k  without start-up: %.3fs\ncheck 100k without start-up: %.3fs\n", a - s, b - s
  printf "ratio (100k - startup) / (10k - startup) = %.1f   (10 = linear)\n", (b - s) / (a - s)
}'
