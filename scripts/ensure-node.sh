#!/usr/bin/env bash
# Source this file: it makes sure `node` on PATH is Node.js 22 or newer.
# Where the machine's node is older (build machines ship Node 20), it installs the npm registry
# package `node@22` into the git-ignored folder .tools/node and puts it first on PATH.
# Usage: source scripts/ensure-node.sh
_ecs_dojo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_ecs_dojo_node_dir="$_ecs_dojo_root/.tools/node"
_ecs_dojo_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ -x "$_ecs_dojo_node_dir/bin/node" ]; then
  export PATH="$_ecs_dojo_node_dir/bin:$PATH"
fi
if [ "$(_ecs_dojo_major)" -lt 22 ]; then
  echo "ensure-node: node $(node --version 2>/dev/null || echo missing) is older than 22; installing node@22 into .tools/node" >&2
  npm install --global --prefix "$_ecs_dojo_node_dir" --no-audit --no-fund node@22 >&2
  export PATH="$_ecs_dojo_node_dir/bin:$PATH"
  hash -r
fi
if [ "$(_ecs_dojo_major)" -lt 22 ]; then
  echo "ensure-node: could not get Node.js 22 (found $(node --version 2>/dev/null))" >&2
  return 1 2>/dev/null || exit 1
fi
unset -f _ecs_dojo_major
unset _ecs_dojo_root _ecs_dojo_node_dir
