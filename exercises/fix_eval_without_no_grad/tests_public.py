import torch
from drill_checks import compare
from torch import nn


@compare(rtol=1e-5, atol=1e-6)
def test_results_without_autograd_history(evaluate):
    model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Dropout(0.5), nn.Linear(8, 1))
    batches = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(3)]
    predictions, mse = evaluate(model, batches)
    return {
        "predictions": predictions,
        "mse": mse,
        "requires_grad": predictions.requires_grad,
        "has_grad_fn": predictions.grad_fn is not None,
    }


def test_forward_passes_run_with_autograd_off(evaluate):
    model = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
    seen = []

    def record(module, args, out):
        seen.append((torch.is_grad_enabled(), out.requires_grad))

    model.register_forward_hook(record)
    evaluate(model, [(torch.randn(5, 2), torch.randn(5, 1)) for _ in range(2)])
    return seen
