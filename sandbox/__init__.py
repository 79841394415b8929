"""Run untrusted code against test files in a bubblewrap sandbox.

A library with no knowledge of HTTP, databases or verdicts: callers hand it code,
test files and limits, and get back what happened (`RunOutcome`).
"""

from sandbox.bwrap import HARNESS_DIR, SandboxUnavailable
from sandbox.limits import Limits
from sandbox.runner import RunOutcome, RunRequest, TestFile, run_in_sandbox

__all__ = [
    "HARNESS_DIR",
    "Limits",
    "RunOutcome",
    "RunRequest",
    "SandboxUnavailable",
    "TestFile",
    "run_in_sandbox",
]
