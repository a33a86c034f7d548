#!/usr/bin/env bash
# Renders the hicolor PNG sizes of the application icon from resources/icons/spfmanager.svg.
# The PNGs are committed so that building needs no SVG renderer; rerun this (it needs rsvg-convert from
# Debian's librsvg2-bin) whenever the SVG changes, and commit the result.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/../../resources/icons/spfmanager.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --output "$here/spfmanager-$size.png" "$svg"
done
