import numpy as np
from drill_checks import compare


@compare(rtol=1e-10, atol=1e-12)
def test_prompt_example(stable_softmax):
    x = np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, -1000.0]])
    return stable_softmax(x), stable_softmax(x, axis=0)


@compare(rtol=1e-5, atol=1e-6)
def test_random_float32_rows(stable_softmax):
    x = np.random.randn(4, 6).astype(np.float32)
    return stable_softmax(x)


@compare(rtol=1e-10, atol=1e-12)
def test_huge_logits_do_not_overflow(stable_softmax):
    x = np.array([[1000.0, 999.0, 998.0], [-1000.0, -1001.0, -1002.0]])
    return stable_softmax(x)
