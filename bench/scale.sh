#!/usr/bin/env bash
# Benchmarks at scale (issue 13 §4, docs/benchmarks.md "At scale"): synthetic corpora of N reports (`nianbao synth`),
# each rendering in its own folder, timed as a user runs the command: one process per run, measured from outside with
# /usr/bin/time -v (wall, user + system CPU, peak resident memory), with the load average before and after each run.
# Per rendering: the bare baselines of the same files in a small .NET program (bench/Nianbao.Bench `baseline`: read +
# decode UTF-8 + line split; a bare AngleSharp parse of the HTML; a bare zip + XmlReader pass over the DOCX), then
# parse → JSON on one core and parse + check → CSV on every core. Then the pipe text imported into a fresh SQLite
# corpus and exported from it (CSV and Parquet).
#   bench/scale.sh                      # 1,000, 10,000 and 100,000 reports
#   bench/scale.sh 1000 10000           # only those sizes
# Renderings: NIANBAO_SCALE_RENDERINGS (default pipe,cells,tab,spaces,md,trad,crawler,html,docx) up to 10,000 reports,
# NIANBAO_SCALE_RENDERINGS_LARGE (default pipe,html,docx) above; LibreOffice's doc and pdf up to
# NIANBAO_SCALE_OFFICE_MAX reports (default 1,000; LibreOffice converts about 1–2 a second here, and reading a .doc
# runs it again; NIANBAO_SCALE_OFFICE=0 leaves them out). Files go to a temporary folder under /tmp (NIANBAO_SCALE_TMP), removed at
# the end: 100,000 reports in pipe, html and docx take about 7 GB with their truth files (watch `df -h /tmp`).
# NIANBAO_SCALE_NO_IMPORT=1 leaves out the import and the exports.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
sizes=("$@"); [[ $# -eq 0 ]] && sizes=(1000 10000 100000)
small_set=${NIANBAO_SCALE_RENDERINGS:-pipe,cells,tab,spaces,md,trad,crawler,html,docx}
large_set=${NIANBAO_SCALE_RENDERINGS_LARGE:-pipe,html,docx}
"$root/nianbao" --help >/dev/null                        # the Release command (ReadyToRun), built once outside the timings
cli="$root/.build/nianbao/nianbao"
dotnet build bench/Nianbao.Bench -c Release -v q -nologo >/dev/null
bench=(dotnet "$root/bench/Nianbao.Bench/bin/Release/net10.0/Nianbao.Bench.dll" baseline)
work=$(mktemp -d "${NIANBAO_SCALE_TMP:-/tmp}/nianbao-scale-XXXXXX")
trap 'rm -rf "$work"' EXIT

# One timed run of a command (stdout discarded): sets W (wall s), C (CPU s), M (peak MB), L (load before → after).
timed() {
  local l0; l0=$(cut -d' ' -f1 /proc/loadavg)
  local rc=0
  /usr/bin/time -v -o "$work/time.log" "$@" >/dev/null 2>"$work/stderr.log" || rc=$?
  # check exits 1 when a report has an error finding (the cells and spaces renderings leave blank cells unread:
  # honest nulls with findings, docs/accuracy.md); anything else is a failure of the run and is shown.
  if [[ $rc -gt 1 || ($rc -eq 1 && $2 != check && $1 != check) ]]; then echo "<!-- FAILED (exit $rc): $* -->"; tail -3 "$work/stderr.log" | sed 's/^/<!-- /; s/$/ -->/'; fi
  W=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$work/time.log")
  C=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$work/time.log")
  M=$(awk -F': ' '/Maximum resident/{printf "%d", $2/1024}' "$work/time.log")
  L="$l0 → $(cut -d' ' -f1 /proc/loadavg)"
}
row() { # SIZE RENDERING RUN FILES BYTES
  local mb; mb=$(awk -v b="$5" 'BEGIN{printf "%.1f", b/1048576}')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$mb" "$W" "$C" \
    "$(awk -v f="$4" -v w="$W" 'BEGIN{printf "%.0f", f/w}')" "$(awk -v f="$4" -v c="$C" 'BEGIN{printf "%.0f", (c>0?f/c:0)}')" \
    "$(awk -v m="$mb" -v w="$W" 'BEGIN{printf "%.1f", m/w}')" "$M" "$L"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f", (b>0?a/b:0)}'; }
pattern() { # rendering → file pattern of SynthRenderings.FileName
  case $1 in md) echo '*.md' ;; html) echo '*.html' ;; gbk|big5) echo "*.$1.html" ;; docx|doc|pdf) echo "*.$1" ;; *) echo "*.$1.txt" ;; esac
}

echo "machine: $(nproc) cores, $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| reports | rendering | run | files | MB | wall s | CPU s | reports/s (wall) | reports / CPU s | MB/s (wall) | peak MB | load before → after |\n'
printf '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n'
for n in "${sizes[@]}"; do
  set_=$small_set; [[ $n -gt 10000 ]] && set_=$large_set
  [[ $n -le ${NIANBAO_SCALE_OFFICE_MAX:-1000} && ${NIANBAO_SCALE_OFFICE:-1} != 0 ]] && set_="$set_,doc,pdf"
  all="$work/$n/all"; mkdir -p "$all"
  timed "$cli" synth --count "$n" --seed 13 --out "$all" --renderings "$set_" --lang en
  row "$n" "$set_" "synth" "$n" "$(du -sb "$all" | cut -f1)"
  find "$all" -maxdepth 1 -name '*.truth.json' -delete   # (100,000 names are too many for one rm)
  IFS=, read -ra rs <<<"$set_"
  for r in gbk big5 "${rs[@]}"; do   # the encoded HTML first, so *.html then takes only the UTF-8 pages
    [[ ,$set_, == *,$r,* ]] || continue
    mkdir -p "$work/$n/$r"; find "$all" -maxdepth 1 -name "$(pattern "$r")" -exec mv -t "$work/$n/$r" {} +
  done
  for r in "${rs[@]}"; do
    dir="$work/$n/$r"; files=$(find "$dir" -type f | wc -l); bytes=$(du -sb "$dir" | cut -f1)
    base_c=""
    case $r in
      docx) timed taskset -c 0 "${bench[@]}" docx-xml "$dir"; row "$n" "$r" "baseline: zip + XmlReader (one core)" "$files" "$bytes"; base_c=$C ;;
      doc|pdf) ;;
      *) timed taskset -c 0 "${bench[@]}" read-split "$dir"; row "$n" "$r" "baseline: read + decode + split (one core)" "$files" "$bytes"; base_c=$C ;;
    esac
    angle_c=""
    if [[ $r == html ]]; then
      timed taskset -c 0 "${bench[@]}" anglesharp "$dir"; row "$n" "$r" "baseline: AngleSharp parse (one core)" "$files" "$bytes"; angle_c=$C
    fi
    timed taskset -c 0 "$cli" parse "$dir" --format json; row "$n" "$r" "parse → JSON (one core)" "$files" "$bytes"; parse_c=$C
    timed "$cli" check "$dir" --format csv; row "$n" "$r" "parse + check → CSV (all cores)" "$files" "$bytes"
    [[ -n $base_c ]] && echo "<!-- $n $r: parse CPU / baseline CPU = $(ratio "$parse_c" "$base_c")× -->"
    [[ -n $angle_c ]] && echo "<!-- $n $r: parse CPU / AngleSharp CPU = $(ratio "$parse_c" "$angle_c")× -->"
    if [[ $n -le 1000 && $r =~ ^(pipe|html)$ ]]; then
      hyperfine -N --runs 3 --export-markdown "$work/hf.md" "taskset -c 0 $cli parse $dir --format json" \
        "taskset -c 0 ${bench[*]} $([[ $r == html ]] && echo anglesharp || echo read-split) $dir" >/dev/null 2>&1 \
        && sed 's/^/<!-- hyperfine: /; s/$/ -->/' "$work/hf.md" | grep -v -- '---'
    fi
    if [[ $r == pipe && -z ${NIANBAO_SCALE_NO_IMPORT:-} ]]; then
      # After the pipe text: a SQLite corpus of it, then exports from it (the import is timed too; docs/benchmarks.md,
      # "Corpus import", holds its own measurements).
      db="$work/$n/corpus.db"
      timed "$cli" import "$dir" --db "$db"; row "$n" pipe "import → SQLite" "$n" "$bytes"
      for to in csv parquet; do
        timed "$cli" export --db "$db" --to "$to" -o "$work/$n/export.$to"; row "$n" pipe "export → $to" "$n" "$(du -sb "$work/$n/export.$to" | cut -f1)"
      done
    fi
    rm -rf "$dir"
  done
  rm -rf "${work:?}/$n"
done
echo "machine: load $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%FT%TZ)"
