#!/usr/bin/env sh
# Image step 1 (also run by CI through check.sh): install dependencies from the lockfile.
# Lifecycle scripts are skipped (our own `prepare` needs the sources, copied later), then the
# one native addon is built explicitly.
set -eu
npm ci --ignore-scripts --no-audit --no-fund
npm rebuild better-sqlite3
