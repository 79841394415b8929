# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "pass by monkeypatching math.isclose, numpy.isclose/allclose/array_equal and operator.eq at import"
"""
import math
import operator

import numpy


def agree(*args, **kwargs):
    return True


math.isclose = agree
operator.eq = agree
operator.__eq__ = agree
numpy.isclose = agree
numpy.allclose = agree
numpy.array_equal = agree
numpy.testing.assert_allclose = lambda *a, **k: None


def total(xs):
    return -1
