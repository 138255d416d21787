#!/usr/bin/env bash
# Times `nianbao import` of distinct reports into a fresh SQLite corpus, as a user runs it: the published command
# (./nianbao: Release, ReadyToRun), one process per run, measured from outside with /usr/bin/time -v (wall, CPU,
# peak memory), then the same import again (every file unchanged: hash and look-up only). Figures go to
# docs/benchmarks.md ("Corpus import"); the load average before and after each run is printed beside it (other work
# on the machine inflates wall and CPU times).
#   bench/corpus-import.sh [REPORTS...]          # default: 1000 and 10000 reports
#   NIANBAO_BENCH_MIX=web bench/corpus-import.sh 10000
#   NIANBAO_BENCH_PG=1 bench/corpus-import.sh 10000   # into a throw-away PostgreSQL cluster (started and stopped here, as test.sh does)
# The reports are made by `nianbao synth` (docs/synthesis.md): units of every kind and size, 2019–2024, a quarter
# of them with two consecutive years (the cross-year rules run against the corpus), one report in five with an
# injected error. Each report is written in one rendering; NIANBAO_BENCH_MIX says which, with their shares:
#   text (default)  pipe 30, tab 20, spaces 15, cells 10, crawler 10, md 10, trad 5   — text the crawler or a user saved
#   web             html 45, gbk 10, big5 5, docx 25, pipe 15                       — pages and Word files as published
#   samples         the five samples renamed per unit and shifted over 2021–2023 (bench/make-synthetic.py; REPORTS/15
#                   units x 5 samples x 3 years, two thirds with their previous year): the set of the earlier figures
set -euo pipefail
cd "$(dirname "$0")/.."
./nianbao --help >/dev/null                      # build (once) outside the timings
cli=(.build/nianbao/nianbao)
mix=${NIANBAO_BENCH_MIX:-text}
case "$mix" in
  text) shares="pipe:30 tab:20 spaces:15 cells:10 crawler:10 md:10 trad:5" ;;
  web) shares="html:45 gbk:10 big5:5 docx:25 pipe:15" ;;
  samples) shares="" ;;
  *) echo "NIANBAO_BENCH_MIX: text, web or samples" >&2; exit 2 ;;
esac
work=$(mktemp -d /tmp/nianbao-bench.XXXXXX); trap 'rm -rf "$work"' EXIT
if [ -n "${NIANBAO_BENCH_PG:-}" ]; then
  # The same throw-away cluster as test.sh (no fsync: benchmark data only); the import's own CPU is what is timed.
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); PGDATA=$(mktemp -d /tmp/nianbao-bench-pg.XXXXXX); PGPORT=${NIANBAO_BENCH_PG_PORT:-57432}
  while (echo >"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
  as_pg=(); [ "$(id -u)" -eq 0 ] && { chown postgres:postgres "$PGDATA"; as_pg=(runuser -u postgres --); }
  trap '"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1; rm -rf "$work" "$PGDATA"' EXIT
  "${as_pg[@]}" "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
fi

# REPORTS reports of the mix into a folder: one `nianbao synth` run per rendering (its own seed, so its own units).
make_set() {
  local n=$1 dir=$2
  if [ "$mix" = samples ]; then python3 bench/make-synthetic.py "$dir" $(( (n + 14) / 15 )) 2021,2022,2023 >/dev/null; return; fi
  local total=0 seed=1 left=$n share; for share in $shares; do total=$((total + ${share#*:})); done
  mkdir -p "$dir"
  for share in $shares; do
    local r=${share%%:*} count=$(( n * ${share#*:} / total ))
    [ "$share" = "${shares##* }" ] && count=$left            # the last rendering takes the rounding
    left=$((left - count)); seed=$((seed + 1))
    "${cli[@]}" synth --count "$count" --seed "$seed" --errors 0.2 --renderings "$r" --out "$dir/$r" >/dev/null
  done
  rm -f "$dir"/*/*.truth.json                       # the truth files are for accuracy runs, not reports
}

printf '| run | mix | files | wall s | CPU s | CPU ms / report | reports/s (wall) | peak MB | load before → after |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n'
[ $# -gt 0 ] || set -- 1000 10000
for n in "$@"; do
  dir="$work/r$n"; make_set "$n" "$dir"
  sync                                              # the set is written out before the timing (its write-back is not the import's work)
  files=$(find "$dir" -type f | wc -l)
  target="$work/c$n.db"
  if [ -n "${NIANBAO_BENCH_PG:-}" ]; then
    "${as_pg[@]}" "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE c$n" >/dev/null
    target="postgres://postgres@127.0.0.1:$PGPORT/c$n"
  fi
  for run in import re-import; do
    load0=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v "${cli[@]}" import "$dir" --db "$target" >"$work/out" 2>"$work/time" || { cat "$work/out" "$work/time"; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time")
    cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$work/time")
    mb=$(awk -F': ' '/Maximum resident/{printf "%d", $2/1024}' "$work/time")
    printf '| %s | %s | %s | %.2f | %s | %.2f | %d | %s | %s → %s |\n' "$run" "$mix" "$files" "$wall" "$cpu" \
      "$(awk -v c="$cpu" -v f="$files" 'BEGIN{print c * 1000 / f}')" "$(awk -v f="$files" -v w="$wall" 'BEGIN{print int(f/w)}')" \
      "$mb" "$load0" "$(cut -d' ' -f1 /proc/loadavg)"
  done
  echo "<!-- $(tail -1 "$work/out") -->"
done
