def _pair(value, name: str) -> tuple[int, int]:
    if isinstance(value, int):
        return value, value
    pair = tuple(value)
    if len(pair) != 2:
        raise ValueError(f"{name} must be an int or a pair, got {value!r}")
    return pair[0], pair[1]


def conv_output_shape(input_hw, kernel_size, stride=1, padding=0, dilation=1) -> tuple[int, int]:
    """Spatial (H_out, W_out) of nn.Conv2d for an input of spatial size `input_hw`.

    Each argument is an int (same for both axes) or a pair (height, width).
    """
    sizes = _pair(input_hw, "input_hw")
    kernels = _pair(kernel_size, "kernel_size")
    strides = _pair(stride, "stride")
    pads = _pair(padding, "padding")
    dilations = _pair(dilation, "dilation")
    out = []
    for n, k, s, p, d in zip(sizes, kernels, strides, pads, dilations, strict=True):
        if n < 1 or k < 1 or s < 1 or d < 1:
            raise ValueError("input size, kernel_size, stride and dilation must be >= 1")
        if p < 0:
            raise ValueError(f"padding must be >= 0, got {p}")
        span = d * (k - 1) + 1  # input pixels covered by one dilated kernel
        if span > n + 2 * p:
            raise ValueError(f"kernel span {span} is larger than the padded input {n + 2 * p}")
        out.append((n + 2 * p - span) // s + 1)
    return out[0], out[1]
