import numpy as np
from drill_checks import compare


@compare(rtol=1e-10, atol=1e-12)
def test_prompt_example(broadcast_standardize):
    x = np.array([[1.0, 10.0, 5.0], [2.0, 20.0, 5.0], [3.0, 60.0, 5.0]])
    return broadcast_standardize(x), broadcast_standardize(x, ddof=1)


@compare(rtol=1e-5, atol=1e-5)
def test_random_float32(broadcast_standardize):
    x = (np.random.randn(8, 3) * np.array([1.0, 5.0, 0.1]) + 2.0).astype(np.float32)
    return broadcast_standardize(x)


@compare(match=r"(?i)ddof")
def test_single_row_with_ddof_one_raises(broadcast_standardize):
    return broadcast_standardize(np.array([[1.0, 2.0, 3.0]]), ddof=1)
