"""Run untrusted code against test files, isolated under bubblewrap.

A library with no knowledge of HTTP, databases or verdicts: callers hand it code,
test files and limits, and get back what happened (`RunOutcome`). A `WarmPool`
makes runs fast by forking them from an interpreter that already imported torch.
"""

from sandbox.bwrap import HARNESS_DIR, SandboxUnavailable
from sandbox.limits import Limits
from sandbox.prestarted import PrestartedPool
from sandbox.run_io import RunOutcome, RunRequest, TestFile
from sandbox.runner import run_in_sandbox
from sandbox.warm import WarmPool

__all__ = [
    "HARNESS_DIR",
    "Limits",
    "PrestartedPool",
    "RunOutcome",
    "RunRequest",
    "SandboxUnavailable",
    "TestFile",
    "WarmPool",
    "run_in_sandbox",
]
