#!/usr/bin/env bash
# Renders the README pictures: an annotated sheet and the group report of the bundled samples,
# through LibreOffice (PDF) and pdftoppm (PNG), and the overview of their report.html, through
# headless Chromium (a screenshot). Installs all three when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/teamlint-target}"

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null || ! command -v chromium >/dev/null; then
  apt-get update -q && apt-get install -y -q libreoffice-calc-nogui poppler-utils chromium
fi

cargo build --quiet ${RELEASE:---release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$CARGO_TARGET_DIR/${PROFILE_DIR:-release}/teamlint" check samples --out "$work/out" --quiet --fail-on never
profile="file://$work/lo-profile"
for f in uk-manchester.checked.xlsx group-report.xlsx; do
  soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work" "$work/out/$f" >/dev/null
done

# Page 4 of the annotated copy is its Channels sheet, page 5 its Findings sheet;
# page 1 of the group report is the units table, page 2 the charts.
render() { # pdf page dpi x y width height name
  pdftoppm -r "$3" -f "$2" -l "$2" -singlefile -x "$4" -y "$5" -W "$6" -H "$7" -png "$work/$1" "docs/img/$8"
}
render uk-manchester.checked.pdf 4 110 60 60 1120 170 annotated-channels
render uk-manchester.checked.pdf 5 130 70 70 1320 110 annotated-findings
render group-report.pdf 1 170 90 100 1700 280 group-report-units
render group-report.pdf 2 100 120 60 900 620 group-report-charts

# The top of report.html (German, as most readers): totals, findings per rule and the charts.
"$CARGO_TARGET_DIR/${PROFILE_DIR:-release}/teamlint" check samples --out "$work/out-de" --lang de --quiet --fail-on never
shoot() { # html width height name
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$work/chromium-profile" --window-size="$2,$3" \
    --screenshot="$work/$4.png" "file://$1" >/dev/null 2>&1
  cp "$work/$4.png" "docs/img/$4.png"
}
shoot "$work/out-de/report.html" 1280 1000 report-overview
ls -la docs/img
