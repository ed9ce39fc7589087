# shellcheck shell=bash
# Source this file (". scripts/ensure-node.sh") to get Node >= 22.12 on PATH.
# Astro 7, Vite 8 and Vitest 5 refuse older Node, but the build machines ship Node 20, so when the
# running Node is too old we install Node 24 from the npm registry (package `node@24`, never a
# download from anywhere else) into the git-ignored `.tools/` folder and put it first on PATH.
# People who already run Node >= 22.12 (e.g. via .nvmrc) are left alone.

readiness_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readiness_tools="$readiness_root/.tools"

readiness_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

if ! readiness_node_ok; then
  if [ ! -x "$readiness_tools/node_modules/.bin/node" ]; then
    echo "ensure-node: Node $(node --version 2>/dev/null || echo 'missing') is older than 22.12; installing node@24 from the npm registry into .tools/" >&2
    npm install --prefix "$readiness_tools" --no-audit --no-fund --no-save --loglevel=error node@24 >&2
  fi
  export PATH="$readiness_tools/node_modules/.bin:$PATH"
  if ! readiness_node_ok; then
    echo "ensure-node: could not provide Node >= 22.12 (got $(node --version))" >&2
    return 1 2>/dev/null || exit 1
  fi
fi
