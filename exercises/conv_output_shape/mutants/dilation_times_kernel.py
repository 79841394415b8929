"""Takes the dilated kernel span as d * k instead of d * (k - 1) + 1."""


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
        span = d * k
        if span > n + 2 * p:
            raise ValueError("kernel larger than input")
        out.append((n + 2 * p - span) // s + 1)
    return tuple(out)
