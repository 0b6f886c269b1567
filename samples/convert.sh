#!/usr/bin/env bash
# Converts two of the generated sample workbooks with LibreOffice, so that the samples cover the
# OpenDocument and the legacy Excel format too:
#   ch-zuerich.xlsx    -> ch-zuerich.ods
#   uk-manchester.xlsx -> uk-manchester.xls
# and removes the two xlsx originals, so that each unit appears once in the batch.
#
# Run it after the generator:
#   cargo run --example make_samples -- samples && samples/convert.sh
#
# Installs libreoffice-calc-nogui with apt-get when soffice is missing.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$dir"

if ! command -v soffice >/dev/null 2>&1; then
    echo "soffice not found: installing libreoffice-calc-nogui" >&2
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui
fi

# A private profile: no interference with a running LibreOffice, no first-start dialogs.
profile="file:///tmp/lo-profile"

convert() {
    local source="$1" format="$2"
    if [ ! -f "$source" ]; then
        echo "missing $dir/$source: run 'cargo run --example make_samples -- samples' first" >&2
        exit 1
    fi
    local target="${source%.xlsx}.$format"
    rm -f "$target"
    soffice -env:UserInstallation="$profile" --headless --convert-to "$format" --outdir "$dir" "$source" >/dev/null
    if [ ! -s "$target" ]; then
        echo "LibreOffice did not write $target" >&2
        exit 1
    fi
    rm -f "$source"
    echo "wrote samples/$target (and removed $source)"
}

convert ch-zuerich.xlsx ods
convert uk-manchester.xlsx xls
