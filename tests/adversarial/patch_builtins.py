# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer", "runtime_error", "memory_limit_exceeded"]
must_not = "pass by monkeypatching builtins (isinstance, len, type checks, repr, str, sorted, sum) at import"
"""
import builtins

builtins.isinstance = lambda *args: True
builtins.issubclass = lambda *args: True
builtins.len = lambda obj: 0
builtins.repr = lambda obj: "6"
builtins.sorted = lambda items, **kwargs: []
builtins.sum = lambda *args, **kwargs: 6
builtins.abs = lambda x: 0
builtins.all = lambda x: True
builtins.any = lambda x: False


def total(xs):
    return -1
