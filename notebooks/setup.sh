#!/usr/bin/env bash
# Sets up what the notebooks need; what is already there is left alone, so it is safe to run again.
#  1. Debian's Jupyter: python3-nbclient (runs notebooks: execute.py and the notebook test) and
#     jupyter-notebook (opens them), without recommended extras. Debian packages no Python Parquet
#     reader, hence the JavaScript kernel below.
#  2. The npm packages pinned in package-lock.json (tslab kernel, DuckDB, Vega-Lite) in node_modules/.
#  3. The kernel spec "newsatlas-js" in notebooks/.jupyter/kernels, found through JUPYTER_PATH:
#     nothing is registered outside this folder.
set -euo pipefail
cd "$(dirname "$0")"
here=$PWD
started=$SECONDS

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)

packages=(python3-nbclient jupyter-notebook)
# Node.js and npm come from Debian only when there is no node at all (another install may already have npm).
command -v node >/dev/null || packages+=(nodejs npm)
if command -v dpkg-query >/dev/null; then
  missing=()
  for p in "${packages[@]}"; do
    [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true) == "install ok installed" ]] || missing+=("$p")
  done
  if (( ${#missing[@]} )); then
    echo "setup: installing Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "setup: not a Debian system: install Jupyter (notebook, nbclient) and Node.js 18+ your own way" >&2
fi

command -v node >/dev/null || { echo "setup: node not found: install Node.js 18 or later" >&2; exit 1; }
node_major=$(node -p 'process.versions.node.split(".")[0]')
(( node_major >= 18 )) || { echo "setup: Node.js $(node --version) is too old: the notebooks need 18 or later" >&2; exit 1; }

# npm ci only when package-lock.json changed since the last install.
stamp=node_modules/.newsatlas-package-lock.json
if ! cmp -s package-lock.json "$stamp"; then
  echo "setup: npm ci (package-lock.json)"
  # --ignore-scripts: the one install script (zeromq's) only builds from source when the prebuilt
  # binary it ships is missing, and that build cannot run offline anyway.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

# The kernel runs node on tslab from node_modules/ (absolute paths: Jupyter starts kernels from the
# notebook's folder, but a spec must not depend on that).
kernel_dir=.jupyter/kernels/newsatlas-js
mkdir -p "$kernel_dir"
NODE_BIN=$(command -v node) TSLAB="$here/node_modules/tslab/bin/tslab" KERNEL_JSON="$kernel_dir/kernel.json" node -e '
  const spec = {
    argv: [process.env.NODE_BIN, process.env.TSLAB, "kernel", "--config-path", "{connection_file}", "--js"],
    display_name: "JavaScript (newsatlas)",
    language: "javascript",
  };
  require("fs").writeFileSync(process.env.KERNEL_JSON, JSON.stringify(spec, null, 2) + "\n");'

echo "setup: ready in $((SECONDS - started)) s. Open the notebooks with:"
echo "  JUPYTER_PATH=$here/.jupyter jupyter notebook $here"
