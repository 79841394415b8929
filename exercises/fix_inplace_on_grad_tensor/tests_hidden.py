import torch
from drill_checks import compare


def _keep(b, h, p=0.5, dtype=torch.float32):
    return (torch.rand(b, h) > p).to(dtype) / (1 - p)


@compare(rtol=1e-10, atol=1e-12)
def test_float64(feature_saliency):
    x = torch.randn(5, 3, dtype=torch.float64)
    weight = torch.randn(3, 4, dtype=torch.float64)
    loss, grad = feature_saliency(x, weight, _keep(5, 4, 0.25, torch.float64))
    return loss, grad


@compare(rtol=1e-5, atol=1e-6)
def test_keep_everything_without_scaling(feature_saliency):
    # With a mask of ones only the centring is left to get right.
    x = torch.randn(4, 3) + 2.0
    weight = torch.randn(3, 2)
    return feature_saliency(x, weight, torch.ones(4, 2))


@compare(rtol=1e-5, atol=1e-6)
def test_dropout_scale_of_four(feature_saliency):
    x = torch.randn(7, 2)
    weight = torch.randn(2, 6)
    return feature_saliency(x, weight, _keep(7, 6, 0.75))


@compare(rtol=1e-5, atol=1e-6)
def test_single_row_has_zero_gradient(feature_saliency):
    # One sample: the centred input is always zero, whatever x is.
    x = torch.tensor([[3.0, -1.5, 0.25]])
    weight = torch.randn(3, 2)
    return feature_saliency(x, weight, torch.tensor([[2.0, 2.0]]))


@compare(rtol=1e-5, atol=1e-6)
def test_transposed_input(feature_saliency):
    x = torch.randn(3, 5).t()  # (5, 3), not contiguous
    weight = torch.randn(3, 4)
    return feature_saliency(x, weight, _keep(5, 4))


@compare(rtol=1e-4, atol=1e-6)
def test_large_values(feature_saliency):
    x = 50.0 * torch.randn(6, 3)
    weight = torch.randn(3, 3) / 10.0
    return feature_saliency(x, weight, _keep(6, 3))


@compare(rtol=1e-5, atol=1e-6)
def test_inputs_untouched(feature_saliency):
    x = torch.randn(4, 3, requires_grad=True)
    weight = torch.randn(3, 2)
    keep = _keep(4, 2)
    saved = (x.detach().clone(), weight.clone(), keep.clone())
    _, grad = feature_saliency(x, weight, keep)
    return (
        grad,
        x.grad is None,
        torch.equal(x.detach(), saved[0]),
        torch.equal(weight, saved[1]),
        torch.equal(keep, saved[2]),
    )


def test_result_types(feature_saliency):
    x = torch.randn(3, 2)
    loss, grad = feature_saliency(x, torch.randn(2, 2), torch.ones(3, 2))
    return isinstance(loss, float), isinstance(grad, torch.Tensor), tuple(grad.shape)
