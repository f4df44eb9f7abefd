#!/usr/bin/env bash
# Tests the Dockerfile's recipe without a Docker engine: runs the same step scripts in a scratch
# copy of the repository, assembles the runtime stage's files the way the Dockerfile copies them,
# and runs the image's entry point (`npm start`) on them with no tokens, as an unprivileged user
# when the machine allows it. The SQLite addon the repository's own `npm ci` compiled is reused
# when its version is the lockfile's (CI has just built it); IMAGE_CHECK_COMPILE=1 compiles anew.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
addon="$repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node"
locked=$(node -p "require('$repo/package-lock.json').packages['node_modules/better-sqlite3'].version")
built=$(node -p "try { require('$repo/node_modules/better-sqlite3/package.json').version } catch { '' }")
if [ "${IMAGE_CHECK_COMPILE:-}" != 1 ] && [ -f "$addon" ] && [ "$built" = "$locked" ]; then
  echo "image check: reusing the SQLite addon built by npm ci ($built)"
  export SQLITE_ADDON="$addon"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "image check: build stage in $work/build"
mkdir -p "$work/build" "$work/runtime/data"
git -C "$repo" ls-files -z --cached --others --exclude-standard | (cd "$repo" && xargs -0 cp --parents -t "$work/build" 2>/dev/null || true)
(cd "$work/build" && sh scripts/image/install.sh && sh scripts/image/build.sh)

echo "image check: runtime stage in $work/runtime"
for path in node_modules dist package.json LICENSE seeds digests; do cp -R "$work/build/$path" "$work/runtime/"; done
if [ -d "$work/runtime/node_modules/typescript" ] || [ -d "$work/runtime/node_modules/vitest" ]; then
  echo "image check: FAILED — dev dependencies left in the runtime stage" >&2
  exit 1
fi
run_as=()
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chown -R nobody "$work/runtime/data"
  chmod 755 "$work" && chmod -R a+rX "$work/runtime"
  run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
output=$(cd "$work/runtime" && env -i PATH="$PATH" HOME="$work/runtime/data" NODE_ENV=production \
  NEWSDIGEST_DB="$work/runtime/data/newsdigest.db" "${run_as[@]}" npm start --silent)
echo "$output" | head -20
grep -q "Morning briefing" <<<"$output" || { echo "image check: FAILED — no digest printed" >&2; exit 1; }
test -s "$work/runtime/LICENSE" || { echo "image check: FAILED — no licence text" >&2; exit 1; }
test -s "$work/runtime/data/newsdigest.db" || { echo "image check: FAILED — no database written" >&2; exit 1; }
echo "image check: passed"
