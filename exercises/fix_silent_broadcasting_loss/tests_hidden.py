import torch
from drill_checks import compare


def _value_and_grad(fn, pred, target):
    pred = pred.detach().clone().requires_grad_(True)
    loss = fn(pred, target)
    loss.backward()
    return loss.detach(), pred.grad


@compare(rtol=1e-5, atol=1e-6)
def test_all_four_shape_combinations(mean_squared_error):
    base_pred = torch.randn(6)
    base_target = torch.randn(6)
    out = []
    for pred in (base_pred, base_pred.unsqueeze(1)):
        for target in (base_target, base_target.unsqueeze(1)):
            out.append(_value_and_grad(mean_squared_error, pred, target))
    return out


@compare(rtol=1e-5, atol=1e-6)
def test_flat_predictions_column_targets(mean_squared_error):
    pred = torch.randn(5)
    target = torch.randn(5, 1)
    return _value_and_grad(mean_squared_error, pred, target)


@compare(rtol=1e-5, atol=1e-6)
def test_single_sample_column_and_flat(mean_squared_error):
    pred = torch.tensor([[2.5]])
    target = torch.tensor([-0.5])
    loss, grad = _value_and_grad(mean_squared_error, pred, target)
    return loss, grad, tuple(loss.shape)


@compare(rtol=1e-5, atol=1e-6)
def test_two_samples(mean_squared_error):
    pred = torch.tensor([[1.0], [4.0]])
    target = torch.tensor([0.0, 2.0])
    return _value_and_grad(mean_squared_error, pred, target)


def test_result_is_zero_dimensional(mean_squared_error):
    loss = mean_squared_error(torch.randn(7, 1), torch.randn(7))
    return tuple(loss.shape)


@compare(rtol=1e-10, atol=1e-12)
def test_float64_stays_float64(mean_squared_error):
    pred = torch.randn(9, 1, dtype=torch.float64)
    target = torch.randn(9, dtype=torch.float64)
    return _value_and_grad(mean_squared_error, pred, target)


@compare(rtol=1e-5, atol=1e-6)
def test_gradient_through_a_linear_head(mean_squared_error):
    torch.manual_seed(0)
    head = torch.nn.Linear(3, 1)
    x = torch.randn(10, 3)
    y = torch.randn(10)
    loss = mean_squared_error(head(x), y)
    loss.backward()
    return loss.detach(), head.weight.grad, head.bias.grad


@compare(rtol=1e-5, atol=1e-6)
def test_sliced_non_contiguous_inputs(mean_squared_error):
    outputs = torch.randn(6, 3)
    pred = outputs[:, 1:2]  # (6, 1) view with stride 3
    table = torch.randn(4, 6)
    target = table[2]  # (6,)
    target_col = table.t()[:, 1:2]  # (6, 1), non-contiguous
    return mean_squared_error(pred, target), mean_squared_error(pred, target_col)


@compare(rtol=1e-5)
def test_large_values(mean_squared_error):
    pred = 1e3 * torch.randn(12, 1)
    target = 1e3 * torch.randn(12)
    return mean_squared_error(pred, target)


def test_inputs_are_not_modified(mean_squared_error):
    pred = torch.randn(4, 1)
    target = torch.randn(4)
    before = pred.clone(), target.clone()
    mean_squared_error(pred, target)
    return torch.equal(pred, before[0]), torch.equal(target, before[1]), tuple(pred.shape)


@compare(match=r"(?i)shape")
def test_length_mismatch_raises(mean_squared_error):
    return mean_squared_error(torch.randn(3, 1), torch.randn(2))


@compare(match=r"(?i)shape")
def test_single_target_for_many_predictions_raises(mean_squared_error):
    # (4, 1) against (1,) broadcasts without any error unless you check.
    return mean_squared_error(torch.randn(4, 1), torch.randn(1))


@compare(match=r"(?i)shape")
def test_single_prediction_for_many_targets_raises(mean_squared_error):
    return mean_squared_error(torch.randn(1), torch.randn(5, 1))
