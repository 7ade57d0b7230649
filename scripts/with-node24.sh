#!/bin/sh
# Runs a command with Node 24 and the project's dependencies installed, on any machine that has npm.
# Node 24 comes from the npm registry's `node` package into .tools/; native addons build against its headers.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
node24="$tools/node_modules/node/bin/node"
if ! "$node24" --version 2>/dev/null | grep -q '^v24\.'; then
  echo "herald: installing Node 24 into .tools/ (one time)" >&2
  mkdir -p "$tools"
  printf '{"name":"herald-tools","private":true,"allowScripts":{"node":true}}\n' > "$tools/package.json"
  (cd "$tools" && npm install --no-save --no-audit --no-fund --loglevel=error node@24 >&2)
fi
headers=$(dirname "$(dirname "$(dirname "$(find "$tools/node_modules/node" -name node_api.h -path '*include/node/*' | head -n 1)")")")
export PATH="$tools/node_modules/node/bin:$root/node_modules/.bin:$PATH"
export npm_config_nodedir="$headers"
stamp="$root/node_modules/.herald-installed"
if [ ! -d "$root/node_modules" ]; then
  echo "herald: installing dependencies with $(node --version)" >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
  touch "$stamp"
elif [ ! -f "$stamp" ] || [ "$root/package-lock.json" -nt "$stamp" ]; then
  # An existing install is brought up to the lock file in place, never wiped.
  echo "herald: updating dependencies with $(node --version)" >&2
  (cd "$root" && npm install --no-audit --no-fund --loglevel=error >&2)
  touch "$stamp"
fi
exec "$@"
