"""Helpers that exercise tests may import (`from drill_checks import compare`).

A test function returns what the submission produced; the trusted side compares
that against what the reference solution produced for the same test. `compare`
only attaches comparison options. They are read from the reference run, never
from the submission's run, so a submission cannot loosen its own tolerances.
"""

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def compare(
    *,
    rtol: float | None = None,
    atol: float | None = None,
    exact: bool = False,
    check_dtype: bool = True,
    match: str | None = None,
) -> Callable[[F], F]:
    """Set how this test's result is compared.

    rtol/atol: float tolerances (defaults depend on the dtype, as in torch.testing).
    exact: floats must be bit-for-bit equal (e.g. a distance that must be exactly 0).
    check_dtype: whether array/tensor dtypes must match.
    match: when the reference raises, a regex the submission's message must match.
    """

    def mark(fn: F) -> F:
        fn.__drill_compare__ = {  # type: ignore[attr-defined]
            "rtol": rtol,
            "atol": atol,
            "exact": exact,
            "check_dtype": check_dtype,
            "match": match,
        }
        return fn

    return mark
