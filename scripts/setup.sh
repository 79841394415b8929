#!/usr/bin/env bash
# Installs everything Drill needs on a fresh Debian machine, idempotently:
# bubblewrap (the sandbox), a virtual environment with PyTorch pinned to the CPU
# build, and Drill itself with its development tools.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v bwrap >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "bubblewrap is missing: run 'sudo apt-get install -y bubblewrap' and try again" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null
fi

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first and pinned: a looser requirement would pull a multi-GB CUDA build.
.venv/bin/python -m pip install --quiet torch==2.13.0
.venv/bin/python -m pip install --quiet -e '.[dev]'
.venv/bin/python -c "import torch, fastapi, sqlalchemy; print('setup ok: torch', torch.__version__)"
