#!/usr/bin/env bash
# Times `nianbao import` of distinct synthetic reports into a fresh SQLite corpus, as a user runs it: one process per
# run, measured from outside with /usr/bin/time -v (wall, CPU, peak memory). Then the same import again (every file
# unchanged: hash and look-up only). Figures go to docs/benchmarks.md ("Corpus import"). The load average before
# and after each run is printed beside it (other work on the machine inflates wall and CPU times).
#   bench/corpus-import.sh [AGENCIES...]    # default: 134 and 667 agencies x 5 samples x 3 years = 2,010 and 10,005 files
#   NIANBAO_BENCH_PG=1 bench/corpus-import.sh 667   # into a throw-away PostgreSQL cluster (started and stopped here, as test.sh does)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Nianbao.Cli -c Release -v q -nologo >/dev/null
cli=(dotnet src/Nianbao.Cli/bin/Release/net10.0/nianbao.dll)
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
printf '| run | files | wall s | CPU s | reports/s (wall) | peak MB | load before → after |\n|---|---:|---:|---:|---:|---:|---|\n'
[ $# -gt 0 ] || set -- 134 667
for agencies in "$@"; do
  dir="$work/r$agencies"; python3 bench/make-synthetic.py "$dir" "$agencies" 2021,2022,2023 >/dev/null
  files=$(find "$dir" -type f | wc -l)
  target="$work/c$agencies.db"
  if [ -n "${NIANBAO_BENCH_PG:-}" ]; then
    "${as_pg[@]}" "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE c$agencies" >/dev/null
    target="postgres://postgres@127.0.0.1:$PGPORT/c$agencies"
  fi
  for run in import re-import; do
    load0=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v "${cli[@]}" import "$dir" --db "$target" >"$work/out" 2>"$work/time" || { cat "$work/out" "$work/time"; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time")
    cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$work/time")
    mb=$(awk -F': ' '/Maximum resident/{printf "%d", $2/1024}' "$work/time")
    printf '| %s | %s | %.2f | %s | %d | %s | %s → %s |\n' "$run" "$files" "$wall" "$cpu" "$(awk -v f="$files" -v w="$wall" 'BEGIN{print int(f/w)}')" "$mb" "$load0" "$(cut -d' ' -f1 /proc/loadavg)"
  done
  echo "<!-- $(tail -1 "$work/out") -->"
done
