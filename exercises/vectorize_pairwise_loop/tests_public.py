import numpy as np
from drill_checks import compare


@compare(rtol=1e-9, atol=1e-12)
def test_prompt_example(rbf_kernel):
    x = np.array([[0.0, 0.0], [1.0, 1.0]])
    y = np.array([[0.0, 0.0], [0.0, 2.0], [3.0, 0.0]])
    return rbf_kernel(x, y, gamma=0.5)


@compare(rtol=1e-4, atol=1e-6)
def test_random_float32_default_gamma(rbf_kernel):
    x = np.random.randn(7, 4).astype(np.float32)
    y = np.random.randn(5, 4).astype(np.float32)
    return rbf_kernel(x, y)


@compare(rtol=1e-4, atol=1e-6)
def test_large_sets_fast_enough(rbf_kernel):
    # About 3 million pairs: seconds for a Python double loop, milliseconds vectorised.
    x = np.random.randn(2000, 16).astype(np.float32)
    y = np.random.randn(1500, 16).astype(np.float32)
    k = rbf_kernel(x, y, gamma=0.05)
    return k.shape, k.dtype.name, k[::37, ::41]
