#!/usr/bin/env bash
# Installs everything Drill needs on a fresh Debian machine, idempotently:
# bubblewrap (the sandbox), a virtual environment with PyTorch pinned to the CPU
# build, and Drill itself with its development tools.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: bubblewrap (the sandbox), Chromium (the browser tests), Node.js and
# npm (the front-end build), redis-server (the Celery tests start private ones; a
# deployment points DRILL_REDIS_URL at its own), and venv support for the Python.
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
missing=()
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x .venv/bin/python ] || "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1 \
  || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing: ${missing[*]}; run 'sudo apt-get install -y ${missing[*]}' and try again" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first and pinned: a looser requirement would pull a multi-GB CUDA build.
.venv/bin/python -m pip install --quiet torch==2.13.0
.venv/bin/python -m pip install --quiet -e '.[dev]'
# The front end: npm packages bundled by esbuild into frontend/dist (frontend/README.md).
(cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
.venv/bin/python -c "import torch, fastapi, sqlalchemy; print('setup ok: torch', torch.__version__)"
