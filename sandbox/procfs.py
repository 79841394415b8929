"""Finding the host pids of a sandbox's processes through /proc."""

import contextlib
from pathlib import Path


def descendants(root: int) -> list[int]:
    """`root` and every process below it, parents first."""
    found, pending = [], [root]
    while pending:
        pid = pending.pop(0)
        found.append(pid)
        pending += children(pid)
    return found


def ns_pids(pid: int) -> list[int]:
    """The pids of `pid` in each pid namespace it belongs to, outermost first (NSpid)."""
    with contextlib.suppress(OSError, ValueError, StopIteration):
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
        return [int(n) for n in next(li for li in status if li.startswith("NSpid:")).split()[1:]]
    return []


def children(pid: int) -> list[int]:
    found = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError, ValueError):
                found += [int(c) for c in (task / "children").read_text().split()]
    return found


def resident_kb(pid: int) -> int:
    with contextlib.suppress(OSError, ValueError, StopIteration):
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
        return int(next(line for line in status if line.startswith("VmRSS:")).split()[1])
    return 0
