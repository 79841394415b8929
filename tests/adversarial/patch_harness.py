# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer", "runtime_error"]
must_not = "pass by monkeypatching the harness (encode, describe_exception, run_test, seeding) in sys.modules at import"
"""
import sys


def fake_encode(value, *args, **kwargs):
    return 6


def fake_describe(exc):
    return {"type": "ValueError", "mro": ["ValueError", "Exception", "BaseException", "object"],
            "message": "None", "traceback": "", "memory": False}


def fake_run_test(name, fn, hidden, module, job, *args, **kwargs):
    return {"event": "result", "test": name, "hidden": hidden, "options": {},
            "outcome": "returned", "value": 6, "duration_ms": 0.0, "stdout": ""}


def is_harness(module):
    """__main__ and anything loaded from outside the Python installation (the harness)."""
    path = getattr(module, "__file__", None) or ""
    installed = path.startswith((sys.prefix, sys.base_prefix, sys.exec_prefix))
    return module is not None and (module.__name__ == "__main__" or (path and not installed))


for module in [m for m in list(sys.modules.values()) if is_harness(m)]:
    for attr, fake in (("encode", fake_encode), ("describe_exception", fake_describe),
                       ("run_test", fake_run_test), ("seed_everything", lambda seed: None)):
        if hasattr(module, attr):
            try:
                setattr(module, attr, fake)
            except (AttributeError, TypeError):
                pass


def total(xs):
    return -1
