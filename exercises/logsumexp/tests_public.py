import numpy as np
from drill_checks import compare


@compare(rtol=1e-12, atol=1e-12)
def test_prompt_example(logsumexp):
    x = np.array([[0.0, np.log(3.0)], [1000.0, 1000.0], [-np.inf, -np.inf]])
    return logsumexp(x), logsumexp(x, axis=0, keepdims=True)


@compare(rtol=1e-12, atol=1e-12)
def test_large_negative_logits(logsumexp):
    x = np.array([[-1000.0, -1000.0, -1001.0], [-5.0, -6.0, -7.0]])
    return logsumexp(x, axis=1)


@compare(rtol=1e-5, atol=1e-5)
def test_random_float32(logsumexp):
    x = (np.random.randn(3, 7) * 20.0).astype(np.float32)
    return logsumexp(x), logsumexp(x, keepdims=True)
