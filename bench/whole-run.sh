#!/usr/bin/env bash
# Whole-run speed and memory of the nianbao command, measured as a user runs it (docs/benchmarks.md).
# Makes folders of N copies of each sample report (5 samples, so 5·N files), then times whole processes with
# /usr/bin/time -v: parse → JSON on one core (taskset -c 0), check → CSV on every core, peak memory of check from
# 1,000 to 20,000 files, and one small report (with hyperfine when it is installed: apt-get install hyperfine).
# Usage: bench/whole-run.sh [COPIES...]   (default: 200 1000 4000, i.e. 1,000, 5,000 and 20,000 files)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
copies=("$@"); [[ $# -eq 0 ]] && copies=(200 1000 4000)
"$root/nianbao" --help >/dev/null                      # build (once) outside the timings
cli="$root/.build/nianbao/nianbao"                     # then time the published command itself, not the wrapper's check
work=$(mktemp -d /tmp/nianbao-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

make_set() { # $1 copies → folder of 5·$1 files
  local dir="$work/set-$1"; mkdir -p "$dir"
  for f in samples/*.txt; do
    local b; b=$(basename "$f" .txt)
    for ((i = 1; i <= $1; i++)); do cp "$f" "$dir/$b-$(printf %05d "$i").txt"; done
  done
  echo "$dir"
}

# One timed run: prints "wall_s cpu_s peak_kb exit" for the command.
timed() {
  local log="$work/time.log"
  set +e; /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$work/stderr.log"; local rc=$?; set -e
  awk -v rc="$rc" -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); w=(n==3?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2])}
       /User time/{u=$2} /System time/{s=$2} /Maximum resident/{m=$2}
       END{printf "%.2f %.2f %d %d\n", w, u+s, m, rc}' "$log"
}

printf '%-44s %8s %8s %10s %10s %5s\n' run files wall_s cpu_s reports/s peak_MB
row() { # label files wall cpu peak
  printf '%-44s %8d %8.2f %8.2f %10.0f %7.0f\n' "$1" "$2" "$3" "$4" "$(echo "$2 / $3" | bc -l)" "$(echo "$5 / 1024" | bc -l)"
}
for n in "${copies[@]}"; do
  dir=$(make_set "$n"); files=$((5 * n))
  read -r w c m _ < <(timed python3 -c "
import os,sys
for d,_,fs in os.walk(sys.argv[1]):
    for f in fs: open(os.path.join(d,f),'rb').read().decode('utf-8').split('\n')" "$dir")
  row "python3 read+decode+split (baseline)" "$files" "$w" "$c" "$m"
  read -r w c m _ < <(timed taskset -c 0 "$cli" parse "$dir" --format json); row "parse --format json (one core)" "$files" "$w" "$c" "$m"
  read -r w c m _ < <(timed "$cli" check "$dir" --format csv); row "check --format csv (all cores)" "$files" "$w" "$c" "$m"
done
small=samples/erkou-township-2023.txt
read -r w c m _ < <(timed "$cli" parse "$small"); row "parse one small report" 1 "$w" "$c" "$m"
read -r w c m _ < <(timed python3 -c pass); row "python3 -c pass (baseline)" 1 "$w" "$c" "$m"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 20 "$cli parse $small" "python3 -c pass" 2>/dev/null | grep -E 'Time|±|Benchmark'
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
