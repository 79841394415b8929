"""Divides sums of squares: returns the squared relative error (no square root)."""


def per_sample_relative_l2(pred, target):
    b = pred.shape[0]
    d = (pred - target).reshape(b, -1)
    t = target.reshape(b, -1)
    return (d**2).sum(dim=1) / (t**2).sum(dim=1).clamp(min=1e-8)
