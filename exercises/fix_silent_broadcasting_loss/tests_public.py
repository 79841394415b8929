import torch
from drill_checks import compare


def test_worked_example(mean_squared_error):
    pred = torch.tensor([[1.0], [2.0], [3.0]])
    target = torch.tensor([1.0, 2.0, 5.0])
    return mean_squared_error(pred, target)


@compare(rtol=1e-5, atol=1e-6)
def test_column_predictions_flat_targets_with_gradient(mean_squared_error):
    pred = torch.randn(8, 1, requires_grad=True)
    target = torch.randn(8)
    loss = mean_squared_error(pred, target)
    loss.backward()
    return loss.detach(), pred.grad
