#!/usr/bin/env bash
# The whole test suite, as CI runs it. Installs the Debian tools the tests use when they are missing
# (poppler-utils for PDF text, LibreOffice, antiword and catdoc for .doc, Chromium and a CJK font to print test PDFs, OpenCC to
# re-derive the traditional→simplified table), then runs every test project.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v antiword >/dev/null || need+=(antiword)
command -v catdoc >/dev/null || need+=(catdoc)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v opencc >/dev/null || need+=(opencc)
command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need+=(fonts-wqy-microhei)
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "test.sh: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

dotnet test Nianbao.sln --logger "console;verbosity=normal" "$@"
