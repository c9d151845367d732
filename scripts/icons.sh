#!/bin/sh
# Renders the extension's icons from assets/icon.svg (the source; not shipped) into public/icon/<size>.png,
# where WXT finds them and lists them in the manifest's "icons" (and the toolbar button's default icon).
#
#   sh scripts/icons.sh
#
# Needs rsvg-convert (librsvg): `apt-get install -y librsvg2-bin` on Debian/Ubuntu, `brew install librsvg`
# on macOS. Run it after changing assets/icon.svg, look at the results, and commit the PNGs.
set -eu
cd "$(dirname "$0")/.."

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo 'scripts/icons.sh needs rsvg-convert: apt-get install -y librsvg2-bin (Debian/Ubuntu) or brew install librsvg (macOS).' >&2
  exit 1
fi

SOURCE=assets/icon.svg
OUT=public/icon
mkdir -p "$OUT"

# Toolbar (16, 32), extensions page (48), Firefox's add-ons manager at 2x (96): the whole square.
for size in 16 32 48 96; do
  rsvg-convert --width "$size" --height "$size" --output "$OUT/$size.png" "$SOURCE"
done
# 128 is the install dialog's and the Chrome Web Store's icon: the store asks for 96x96 artwork
# with 16 px of transparent padding on each side.
rsvg-convert --width 96 --height 96 --page-width 128 --page-height 128 --left 16 --top 16 \
  --output "$OUT/128.png" "$SOURCE"

echo "Wrote $(ls "$OUT"/*.png | tr '\n' ' ')"
