#!/usr/bin/env sh
# Image step 1 (also run by CI through check.sh): install dependencies from the lockfile.
# Lifecycle scripts are skipped (our own `prepare` needs the sources, copied later), then the
# one native addon is built explicitly.
set -eu
npm ci --ignore-scripts --no-audit --no-fund
if [ -n "${SQLITE_ADDON:-}" ]; then
  # The recipe check (check.sh) passes the addon CI has just compiled from this lockfile on
  # this machine, rather than spend another minute or two compiling the same file.
  mkdir -p node_modules/better-sqlite3/build/Release
  cp "$SQLITE_ADDON" node_modules/better-sqlite3/build/Release/better_sqlite3.node
else
  # node-gyp compiles SQLite and the binding in parallel (about a fifth faster on two cores).
  JOBS="${JOBS:-max}" npm rebuild better-sqlite3
fi
