# syntax=docker/dockerfile:1
# Drill, CPU image: the API (`drill serve`) and CPU grading workers (`drill worker --queues cpu`).
# Build: docker build -t drill-cpu .     Deployment: docs/deploy.md
#
# Debian bookworm with Python 3.11, as on the development machine: pyproject.toml asks for
# Python >=3.11,<3.12, and the sandbox needs bubblewrap 0.8 or newer (bookworm has 0.8.0;
# `--disable-userns` is newer than Ubuntu 22.04's 0.6).
# The front end, built with the same lock file and command as `make setup`.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DRILL_DATA_DIR=/var/lib/drill

# bubblewrap is the sandbox every grading runs in.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends bubblewrap \
    && rm -rf /var/lib/apt/lists/* \
    && bwrap --version

# torch first, pinned, from PyTorch's CPU index: from PyPI the same pin is a CUDA build of
# several GB. `pip install` of Drill below then finds torch==2.13.0 (+cpu) already there.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

WORKDIR /app

# The other dependencies, in a layer of their own that survives source changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# Drill itself, installed in place (editable): the app serves frontend/ and exercises/ from
# next to its own source, so the tree has to stay at /app rather than in site-packages.
COPY . .
COPY --from=frontend /src/frontend/dist /app/frontend/dist
RUN pip install --no-deps -e . \
    && python -m compileall -q app sandbox \
    && python -c "import torch; assert torch.__version__.split('+')[0] == '2.13.0', torch.__version__"

# Runs before the command: on a grading worker that was granted CAP_SYS_ADMIN it makes the
# container's own cgroup subtree writable so that each run gets a cgroup (memory and process
# caps). Anywhere else it does nothing. Keep identical to the one in Dockerfile.gpu.
COPY <<'EOF' /usr/local/bin/drill-entrypoint
#!/bin/sh
# drill-entrypoint: give a grading worker a writable cgroup subtree, then run the command.
set -u

has_cap_sys_admin() {
    eff=$(awk '/^CapEff:/ {print $2}' /proc/self/status)
    [ $(( (0x$eff >> 21) & 1 )) -eq 1 ]
}

delegate_cgroups() {
    # Docker mounts the cgroup filesystem read-only. Make this container's own mounts
    # writable (the per-mount flag only: they show nothing outside the container's cgroup).
    awk '{ for (i = 7; i <= NF; i++) if ($i == "-") { if ($(i + 1) ~ /^cgroup2?$/) print $5; break } }' \
        /proc/self/mountinfo | while read -r mnt; do
        mount -o remount,bind,rw,nosuid,nodev,noexec "$mnt" || exit 1
    done || return 1
    root=/sys/fs/cgroup
    if [ -f "$root/cgroup.controllers" ]; then
        # cgroup v2: a cgroup holding processes cannot hand controllers to children, so move
        # this container's processes into a leaf, then enable memory and pids below the root.
        mkdir -p "$root/drill-init" || return 1
        while read -r pid; do
            echo "$pid" > "$root/drill-init/cgroup.procs" 2>/dev/null || true
        done < "$root/cgroup.procs"
        echo "+memory +pids" > "$root/cgroup.subtree_control" || return 1
    fi
}

if has_cap_sys_admin; then
    if delegate_cgroups; then
        echo "drill-entrypoint: per-run cgroups available" >&2
    else
        echo "drill-entrypoint: cannot delegate /sys/fs/cgroup; runs are capped by rlimits only" >&2
    fi
fi
exec "$@"
EOF
RUN chmod 0755 /usr/local/bin/drill-entrypoint

# Root on purpose: see docs/deploy.md ("Why root"). Each run is uid 65534 with no
# capabilities inside its own sandbox.
VOLUME ["/var/lib/drill"]
EXPOSE 8000
ENTRYPOINT ["/usr/local/bin/drill-entrypoint"]
CMD ["drill", "serve", "--host", "0.0.0.0", "--port", "8000"]
