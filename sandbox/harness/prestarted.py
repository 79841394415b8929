"""A pre-started, single-use interpreter: imports torch (and on a GPU worker creates its
CUDA context) before the run is known, then waits for exactly one job on stdin.

Usage (inside a bubblewrap sandbox built like a cold one): python -I prestarted.py REPORT_FD

This is how GPU workers start runs quickly: CUDA does not survive a fork, so the
forking zygote cannot serve them. It tells the host it is ready with one line on the
report pipe, applies the run's limits on top of what the import used, and runs the
harness. The sandbox (namespaces, scratch, seccomp) is bubblewrap's, as for a cold run.
"""

import contextlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import isolate
import run

with contextlib.suppress(ImportError):
    import numpy  # noqa: F401
with contextlib.suppress(ImportError):
    import torch

    if os.environ.get("DRILL_DEVICE") == "cuda":
        torch.cuda.init()
run.warm_up()


def main() -> None:
    report_fd = int(sys.argv[1])
    os.write(report_fd, b'{"event": "prestarted"}\n')
    job = json.loads(sys.stdin.buffer.read())
    os.close(0)
    isolate.apply_limits(job["limits"], isolate.data_segment_bytes())
    run.run_job(job, report_fd)


if __name__ == "__main__":
    main()
