#!/usr/bin/env bash
# Runs a command with Node >= 22.12 first on PATH (see ensure-node.sh). npm scripts go through it
# so `npm start` and `npm test` work on machines that only have Node 20.
set -euo pipefail
# shellcheck source=scripts/ensure-node.sh
. "$(dirname "${BASH_SOURCE[0]}")/ensure-node.sh"
exec "$@"
