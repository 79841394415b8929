"""Applies the formula without any checks: impossible configurations give 0 or negative
sizes (or ZeroDivisionError) instead of ValueError."""


def conv_output_shape(input_hw, kernel_size, stride=1, padding=0, dilation=1):
    def pair(v):
        return (v, v) if isinstance(v, int) else tuple(v)

    (h, w), (kh, kw), (sh, sw), (ph, pw), (dh, dw) = map(
        pair, (input_hw, kernel_size, stride, padding, dilation)
    )
    return (
        (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1,
        (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1,
    )
