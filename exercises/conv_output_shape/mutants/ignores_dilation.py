"""Ignores dilation: treats the kernel as covering k pixels whatever the dilation."""


def conv_output_shape(input_hw, kernel_size, stride=1, padding=0, dilation=1):
    def pair(v):
        if isinstance(v, int):
            return (v, v)
        if len(v) != 2:
            raise ValueError("need a pair")
        return tuple(v)

    out = []
    for n, k, s, p, d in zip(*map(pair, (input_hw, kernel_size, stride, padding, dilation))):
        if min(n, k, s, d) < 1 or p < 0:
            raise ValueError("invalid size")
        if k > n + 2 * p:
            raise ValueError("kernel larger than input")
        out.append((n + 2 * p - k) // s + 1)
    return tuple(out)
