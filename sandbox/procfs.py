"""Finding the host pids of a sandbox's processes through /proc."""

import contextlib
from pathlib import Path


def descendants(root: int) -> list[int]:
    """`root` and every process below it, parents first."""
    found, pending = [], [root]
    while pending:
        pid = pending.pop(0)
        found.append(pid)
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError, ValueError):
                    pending += [int(c) for c in (task / "children").read_text().split()]
    return found


def innermost_pid(pid: int) -> int | None:
    """The pid that `pid` has in its own (innermost) pid namespace (NSpid's last field)."""
    with contextlib.suppress(OSError, ValueError, StopIteration):
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
        return int(next(line for line in status if line.startswith("NSpid:")).split()[-1])
    return None


def resident_kb(pid: int) -> int:
    with contextlib.suppress(OSError, ValueError, StopIteration):
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
        return int(next(line for line in status if line.startswith("VmRSS:")).split()[1])
    return 0
