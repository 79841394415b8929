# ruff: noqa
"""
exercise = "pairwise_distances"
expect_verdict = ["wrong_answer", "runtime_error"]
must_not = "pass by returning a tensor subclass of zeros whose __torch_function__ makes every comparison true"
"""
import torch

AGREE = {
    torch.eq, torch.equal, torch.allclose, torch.isclose, torch.Tensor.__eq__,
    torch.Tensor.eq, torch.Tensor.equal, torch.Tensor.allclose, torch.Tensor.isclose,
    torch.Tensor.__ne__, torch.Tensor.ne, torch.ne,
}


class Agreeable(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        if func in (torch.Tensor.__ne__, torch.Tensor.ne, torch.ne):
            return False
        if func in AGREE:
            return True
        return super().__torch_function__(func, types, args, kwargs)

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = torch.Tensor.__hash__


def pairwise_distances(x, y):
    return torch.zeros(x.shape[0], y.shape[0], dtype=x.dtype).as_subclass(Agreeable)
