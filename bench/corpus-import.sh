#!/usr/bin/env bash
# Times `nianbao import` of distinct synthetic reports into a fresh SQLite corpus, as a user runs it: one process per
# run, measured from outside with /usr/bin/time -v (wall, CPU, peak memory). Then the same import again (every file
# unchanged: hash and look-up only). Figures go to docs/benchmarks.md ("Corpus import").
#   bench/corpus-import.sh [AGENCIES...]    # default: 134 and 667 agencies x 5 samples x 3 years = 2,010 and 10,005 files
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Nianbao.Cli -c Release -v q -nologo >/dev/null
cli=(dotnet src/Nianbao.Cli/bin/Release/net10.0/nianbao.dll)
work=$(mktemp -d /tmp/nianbao-bench.XXXXXX); trap 'rm -rf "$work"' EXIT
printf '| run | files | wall s | CPU s | reports/s (wall) | peak MB |\n|---|---:|---:|---:|---:|---:|\n'
[ $# -gt 0 ] || set -- 134 667
for agencies in "$@"; do
  dir="$work/r$agencies"; python3 bench/make-synthetic.py "$dir" "$agencies" 2021,2022,2023 >/dev/null
  files=$(find "$dir" -type f | wc -l)
  for run in import re-import; do
    /usr/bin/time -v "${cli[@]}" import "$dir" --db "$work/c$agencies.db" >"$work/out" 2>"$work/time" || { cat "$work/out" "$work/time"; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time")
    cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$work/time")
    mb=$(awk -F': ' '/Maximum resident/{printf "%d", $2/1024}' "$work/time")
    printf '| %s | %s | %.2f | %s | %d | %s |\n' "$run" "$files" "$wall" "$cpu" "$(awk -v f="$files" -v w="$wall" 'BEGIN{print int(f/w)}')" "$mb"
  done
  echo "<!-- $(tail -1 "$work/out") -->"
done
