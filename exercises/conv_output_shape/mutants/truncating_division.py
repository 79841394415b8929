"""Uses int(a / s), which truncates towards zero, and only rejects results below 1:
an input a bit smaller than the kernel gets output size 1 instead of an error."""


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
        size = int((n + 2 * p - d * (k - 1) - 1) / s) + 1
        if size < 1:
            raise ValueError("kernel larger than input")
        out.append(size)
    return tuple(out)
