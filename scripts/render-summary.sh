#!/usr/bin/env bash
# Renders the demo journal's HTML visit summary to PNG (and PDF) with headless Chromium, so anyone can look at it.
# Usage: scripts/render-summary.sh [OUT.png]
#   Writes OUT.png (default: summary.png in the current folder), OUT.pdf next to it (A4, as printed), and, when
#   pdftoppm is there, one OUT-page-N.png per printed page. Prints the printed page count when pdfinfo is there.
# Environment: SCRATCH=path to build with `swift build --scratch-path` (default: .build).
set -euo pipefail

out=${1:-summary.png}
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
pdf="${out%.png}.pdf"
mkdir -p "$(dirname "$out")"
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${SCRATCH:-.build}

cd "$root"
swift build --scratch-path "$scratch" >&2
bin="$(swift build --scratch-path "$scratch" --show-bin-path)/carelog"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CARELOG_TODAY=2026-11-26
"$bin" demo --journal "$tmp/demo.sqlite" --as-of 2026-11-26 >/dev/null
"$bin" summary --journal "$tmp/demo.sqlite" --as-of 2026-11-26 --format html --output "$tmp/summary.html" >&2

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "Installing chromium (needs root)..." >&2
  apt-get install -y chromium >&2 || { apt-get update >&2 && apt-get install -y chromium >&2; }
  browser=$(command -v chromium)
fi

# chrome FILE FLAGS...: renders the summary to FILE, and fails when FILE did not appear.
chrome() {
  local file=$1
  shift
  rm -f "$file"
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/profile" \
    --no-first-run --no-default-browser-check "$@" "file://$tmp/summary.html" >/dev/null 2>"$tmp/chrome.log" || true
  if [ ! -s "$file" ]; then
    cat "$tmp/chrome.log" >&2
    echo "Chromium did not write $file" >&2
    return 1
  fi
}
# 827 x 2339 CSS pixels at scale 1.5: a 1240 x 3508 image, the width of A4 at 150 dpi and two pages tall.
chrome "$out" --screenshot="$out" --window-size=827,2339 --force-device-scale-factor=1.5
chrome "$pdf" --print-to-pdf="$pdf" --no-pdf-header-footer --print-to-pdf-no-header

echo "Wrote $out"
echo "Wrote $pdf"
if command -v pdftoppm >/dev/null; then
  rm -f "${out%.png}"-page-*.png
  pdftoppm -png -r 100 "$pdf" "${out%.png}-page"
  for page in "${out%.png}"-page-*.png; do echo "Wrote $page"; done
fi
if command -v pdfinfo >/dev/null; then
  echo "Printed pages (A4): $(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
else
  echo "pdfinfo not found (apt-get install poppler-utils): page count not checked"
fi
