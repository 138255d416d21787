#!/usr/bin/env bash
# Load run of the web app (docs/benchmarks.md "Web"): `nianbao serve` (the Release build, ./nianbao) on 127.0.0.1 over
# an empty temporary corpus, then bench/web-load.cs: CONCURRENCY clients checking the five samples through
# POST /api/check for SECONDS after a warm-up. Usage: bench/web-load.sh [SECONDS=60] [CONCURRENCY=16] [WARMUP=10]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; concurrency=${2:-16}; warmup=${3:-10}; port=${NIANBAO_LOAD_PORT:-5089}
dir=$(mktemp -d)
./nianbao --help >/dev/null   # builds the Release command when needed
./nianbao serve --urls "http://127.0.0.1:$port" --db "$dir/corpus.db" 2>"$dir/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }   # the server's user + system clock ticks
dotnet build -c Release bench/web-load.cs -v quiet -nologo >/dev/null 2>&1 || true
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
before=$(cpu)
dotnet run -c Release bench/web-load.cs -- "http://127.0.0.1:$port" "$seconds" "$concurrency" "$warmup" samples/*.txt
echo "server CPU during the run: $(( ($(cpu) - before) * 1000 / $(getconf CLK_TCK) )) ms"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
