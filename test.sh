#!/usr/bin/env bash
# The whole test suite, as CI runs it. Installs the Debian tools the tests use when they are missing
# (poppler-utils for PDF text, LibreOffice, antiword and catdoc for .doc, Chromium and a CJK font to print test PDFs and for
# the web app's browser tests, npm for the bundled Apache ECharts, OpenCC to re-derive the traditional→simplified
# table, Tesseract with its Chinese data, img2pdf and ImageMagick for scanned PDFs, PostgreSQL for the corpus, and the converters
# w3m, lynx, elinks, links, html2text, python3-html2text, pandoc and docx2txt whose outputs the readers are measured on), then runs every test
# project.
# The corpus storage tests run against SQLite and against a real PostgreSQL: a throw-away cluster started here on
# 127.0.0.1 (its address passed to the tests in NIANBAO_TEST_PG) and stopped when the run ends. A test that needs it
# fails, never skips, when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v antiword >/dev/null || need+=(antiword)
command -v catdoc >/dev/null || need+=(catdoc)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v opencc >/dev/null || need+=(opencc)
command -v tesseract >/dev/null || need+=(tesseract-ocr)
for lang in chi_sim chi_tra; do
  ls /usr/share/tesseract-ocr/*/tessdata/$lang.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-${lang/_/-})
done
command -v img2pdf >/dev/null || need+=(img2pdf)
command -v convert-im6.q16 >/dev/null || command -v magick >/dev/null || need+=(imagemagick)   # the poor scans' defects (PoorScanTests)
command -v chromium >/dev/null || need+=(chromium)
# The converters researchers and crawlers run on reports (RealConverterTests, docs/accuracy.md "Real converters").
command -v w3m >/dev/null || need+=(w3m)
command -v lynx >/dev/null || need+=(lynx)
command -v elinks >/dev/null || need+=(elinks)
command -v links >/dev/null || need+=(links)
command -v docx2txt >/dev/null || need+=(docx2txt)
command -v html2text >/dev/null || need+=(html2text)
command -v html2markdown >/dev/null || need+=(python3-html2text)
command -v pandoc >/dev/null || need+=(pandoc)
command -v npm >/dev/null || need+=(npm)   # the library bundles Apache ECharts from npm at build time (charts in HTML outputs and the web app)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need+=(fonts-wqy-microhei)
ls -d /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "test.sh: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# A throw-away PostgreSQL cluster (no fsync: test data only).
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA=$(mktemp -d /tmp/nianbao-pg.XXXXXX); PGPORT=${NIANBAO_TEST_PG_PORT:-55432}
while (echo >"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do PGPORT=$((PGPORT + 1)); done   # the first free port
as_pg=(); [ "$(id -u)" -eq 0 ] && { chown postgres:postgres "$PGDATA"; as_pg=(runuser -u postgres --); }
stop_pg() { "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PGDATA"; }
trap stop_pg EXIT
"${as_pg[@]}" "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export NIANBAO_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
echo "test.sh: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"

dotnet test Nianbao.sln --logger "console;verbosity=normal" "$@"
