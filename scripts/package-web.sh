#!/usr/bin/env bash
# The browser page as a zip for a release: build/iipcase-web-VERSION.zip holding iipcase-web/
# (index.html, app.js, style.css, iipcase.js with the WebAssembly inside). Unzipped, it opens from
# disk. Needs the wasm preset built (cmake --workflow --preset wasm) and zip or python3.
set -euo pipefail
cd "$(dirname "$0")/.."
web=build/wasm/web
[ -f "$web/iipcase.js" ] || { echo "package-web.sh: build the page first (cmake --workflow --preset wasm)" >&2; exit 1; }
version=$(sed -n 's/^project(iipcase VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
zip=$PWD/build/iipcase-web-$version.zip
rm -rf build/package-web && mkdir -p build/package-web/iipcase-web
cp "$web"/index.html "$web"/app.js "$web"/style.css "$web"/iipcase.js build/package-web/iipcase-web/
rm -f "$zip"
(cd build/package-web && python3 -c 'import shutil, sys; shutil.make_archive(sys.argv[1][:-4], "zip", ".", "iipcase-web")' "$zip")
echo "$zip"
