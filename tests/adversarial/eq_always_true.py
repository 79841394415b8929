# ruff: noqa
"""
exercise = "simulation_result"
expect_verdict = ["wrong_answer", "runtime_error"]
must_not = "pass with objects whose __eq__ (and __ne__, __bool__, __hash__) always agree"
"""
import numpy as np


class Agreeable:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __bool__(self):
        return True

    def __hash__(self):
        return 0

    def __repr__(self):
        return "Agreeable()"

    def __getattr__(self, name):
        return Agreeable()

    def __call__(self, *args, **kwargs):
        return Agreeable()

    def __float__(self):
        return 0.0

    def __int__(self):
        return 0

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


class SimulationResult(Agreeable):
    def __init__(self, *args, **kwargs):
        pass
