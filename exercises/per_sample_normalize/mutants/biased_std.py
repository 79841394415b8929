"""Uses the biased (population) std, dividing by H*W instead of H*W - 1, as
nn.InstanceNorm2d does internally: every output is scaled by sqrt((n-1)/n)."""


def per_sample_normalize(x):
    mean = x.mean(dim=(-2, -1), keepdim=True)
    std = x.std(dim=(-2, -1), keepdim=True, unbiased=False)
    return (x - mean) / std.clamp(min=1e-8)
