#!/usr/bin/env bash
# Changes to the parser must keep its output and should cost less: this compares the working tree's parser with
# another commit's (default: main) on synthetic reports of every text rendering and HTML (docs/benchmarks.md,
# "Parser CPU and allocation").
#   bench/parser-ab.sh [BASE_REF] [REPORTS_PER_RENDERING]       # default: main, 1500 (HTML: a quarter)
# 1. output: both builds dump every report (bench mode `dump`: cells with state, raw text and provenance, findings,
#    sections, narrative figures, check findings with both messages, each report's check again with its previous
#    year, and the reports with run-together rows again with their neighbouring years); the dumps must be identical;
# 2. cost: each build alone in its own process, alternately, three times (bench mode `solo`): the same 300 files of
#    each rendering, parse, then parse + check + both messages of every finding; thread CPU time and allocated bytes
#    per report. (Bench mode `ab` runs both builds in one process; the build loaded second runs up to 30 % slower
#    there, so its figures need both load orders.)
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-main}; n=${2:-1500}
work=$(mktemp -d /tmp/nianbao-parser-ab.XXXXXX); trap 'rm -rf "$work"' EXIT
git archive "$base" | tar -x -C "$work" --one-top-level=base
cp bench/Nianbao.Bench/*.cs "$work/base/bench/Nianbao.Bench/"          # the same bench code against the base library
dotnet build bench/Nianbao.Bench -c Release -o "$work/new-bin" -nologo -v quiet >/dev/null
dotnet build "$work/base/bench/Nianbao.Bench" -c Release -o "$work/base-bin" -nologo -v quiet >/dev/null
seed=100
for r in pipe tab spaces cells crawler md trad html; do
  seed=$((seed + 1)); count=$n; [ $r = html ] && count=$((n / 4))
  dotnet run --project src/Nianbao.Cli -c Release -- synth --count "$count" --seed $seed --errors 0.2 --renderings $r --out "$work/corpus/$r" >/dev/null
  rm -f "$work/corpus/$r"/*.truth.json
done
dirs=$(ls -d "$work"/corpus/* | paste -sd,),samples,tests/Nianbao.Tests/Data
dotnet "$work/base-bin/Nianbao.Bench.dll" dump "$dirs" "$work/base.jsonl"
dotnet "$work/new-bin/Nianbao.Bench.dll" dump "$dirs" "$work/new.jsonl"
if cmp -s "$work/base.jsonl" "$work/new.jsonl"; then echo "output: identical ($(wc -l < "$work/new.jsonl") parses)"
else echo "output: DIFFERENT"; diff "$work/base.jsonl" "$work/new.jsonl" | cut -c1-300 | head -8; exit 1; fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Without tiered PGO, as the nianbao command runs.
for r in pipe tab spaces cells crawler md trad html; do
  for mode in parse check; do
    for i in 1 2 3; do
      for b in base new; do
        echo "$b $(DOTNET_TieredPGO=0 dotnet "$work/$b-bin/Nianbao.Bench.dll" solo "$work/corpus/$r" 6 300 $mode)"
      done
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
