import numpy as np


def sliding_window_mean(x: np.ndarray, window: int) -> np.ndarray:
    """Mean of every full window of `window` consecutive values of the 1-D array `x`.

    Returns len(x) - window + 1 values with the dtype of `x`; raises ValueError for
    a window smaller than 1 or longer than `x`.
    """
    raise NotImplementedError("average each full window, without a Python loop")
