"""np.convolve in 'valid' mode without checking the window: a window longer than the
input silently returns window - n + 1 values, and window 0 is not rejected properly."""
import numpy as np


def sliding_window_mean(x, window):
    kernel = np.full(window, 1.0 / window, dtype=x.dtype)
    return np.convolve(x, kernel, mode="valid")
