#!/usr/bin/env bash
# Copies the parts of TinyMCE the newsroom's editor loads from the npm package into the portal's static files
# (src/main/resources/static/newsroom/tinymce/), from where the editor page loads it at an address without a version.
# TinyMCE 6 is MIT licensed (7 and later are not); Maven Central has no webjar of the fixed 6.8 releases.
# Usage: tools/update-tinymce.sh [version], default 6.8.6; then check the editor in the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VERSION=${1:-6.8.6}
TARGET=src/main/resources/static/newsroom/tinymce
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "tinymce@$VERSION" > /dev/null && tar xzf "tinymce-$VERSION.tgz")
rm -rf "$TARGET"
mkdir -p "$TARGET"
cd "$WORK/package"
# the plugins named in src/main/resources/static/newsroom/editor.js, the default skin and content style
for file in tinymce.min.js license.txt notices.txt models/dom/model.min.js themes/silver/theme.min.js \
    icons/default/icons.min.js plugins/{link,lists,image,autolink}/plugin.min.js \
    skins/ui/oxide/{skin,skin.shadowdom,content,content.inline}.min.css skins/content/default/content.min.css; do
  mkdir -p "$ROOT/$TARGET/$(dirname "$file")"
  cp "$file" "$ROOT/$TARGET/$file"
done
echo "TinyMCE $VERSION in $TARGET"
