# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer", "runtime_error"]
must_not = "pass by returning int/float/str subclasses that claim equality with everything"
"""


class LyingInt(int):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = int.__hash__

    def __repr__(self):
        return "6"

    def __index__(self):
        return 6

    def __int__(self):
        return 6


class LyingFloat(float):
    def __eq__(self, other):
        return True

    __hash__ = float.__hash__


def total(xs):
    if xs is None:
        return LyingFloat(0.0)
    return LyingInt(-1)
