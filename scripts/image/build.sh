#!/usr/bin/env sh
# Image step 2 (also run by CI through check.sh): compile, then keep production dependencies only.
set -eu
npm run build
npm prune --omit=dev --ignore-scripts --no-audit --no-fund
