#!/usr/bin/env sh
# Image step 1 (also run by CI through check.sh): install dependencies from the lockfile.
# Lifecycle scripts are skipped (our own `prepare` needs the sources, copied later), then the
# one native addon is built explicitly.
set -eu
npm ci --ignore-scripts --no-audit --no-fund
# node-gyp compiles SQLite and the binding in parallel (about a fifth faster on two cores).
JOBS="${JOBS:-max}" npm rebuild better-sqlite3
