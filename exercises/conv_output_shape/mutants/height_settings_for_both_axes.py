"""Unpacks pairs but then uses the height entry of kernel/stride/padding/dilation for
both axes."""


def conv_output_shape(input_hw, kernel_size, stride=1, padding=0, dilation=1):
    def first(v):
        if isinstance(v, int):
            return v
        if len(v) != 2:
            raise ValueError("need a pair")
        return v[0]

    k, s, p, d = first(kernel_size), first(stride), first(padding), first(dilation)
    if min(k, s, d) < 1 or p < 0:
        raise ValueError("invalid settings")
    hw = (input_hw, input_hw) if isinstance(input_hw, int) else tuple(input_hw)
    if len(hw) != 2:
        raise ValueError("need a pair")
    out = []
    for n in hw:
        if n < 1:
            raise ValueError("invalid size")
        span = d * (k - 1) + 1
        if span > n + 2 * p:
            raise ValueError("kernel larger than input")
        out.append((n + 2 * p - span) // s + 1)
    return tuple(out)
