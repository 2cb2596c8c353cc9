#!/usr/bin/env bash
# Refreshes the vendored YASGUI (the query page's SPARQL editor and result tables) from its npm release:
#   scripts/refresh-yasgui.sh [VERSION]     (default: the latest release)
# Only the built bundle is copied (yasgui.min.js, yasgui.min.css); the site serves it from the jar, so the build
# needs neither npm nor the network. YASGUI is MIT-licensed (github.com/zazuko/Yasgui); its LICENSE stays beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-$(npm view @zazuko/yasgui version)}"
target=src/main/resources/org/newsgraph/web/static/yasgui
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@zazuko/yasgui@$version" >/dev/null && tar xzf zazuko-yasgui-*.tgz)
cp "$work/package/build/yasgui.min.js" "$work/package/build/yasgui.min.css" "$target/"
# The source maps are left out: they triple the size and only serve debugging.
sed -i -e '/^\/\/# sourceMappingURL=/d' "$target/yasgui.min.js"
sed -i -e 's|/\*# sourceMappingURL=[^*]*\*/||' "$target/yasgui.min.css"
echo "$version" > "$target/VERSION"
echo "YASGUI $version in $target"
