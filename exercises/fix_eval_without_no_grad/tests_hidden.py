import torch
import torch.nn.functional as F
from drill_checks import compare
from torch import nn


def _model(dtype=torch.float32):
    return nn.Sequential(
        nn.Linear(3, 6), nn.BatchNorm1d(6), nn.ReLU(), nn.Dropout(0.3), nn.Linear(6, 2)
    ).to(dtype)


def _batches(n_batches, batch_size, dtype=torch.float32):
    return [
        (torch.randn(batch_size, 3, dtype=dtype), torch.randn(batch_size, 2, dtype=dtype))
        for _ in range(n_batches)
    ]


def test_grad_mode_is_back_on_afterwards(evaluate):
    evaluate(_model(), _batches(2, 4))
    return torch.is_grad_enabled()


def test_caller_grad_mode_off_is_left_off(evaluate):
    with torch.no_grad():
        evaluate(_model(), _batches(1, 4))
        inside = torch.is_grad_enabled()
    return inside, torch.is_grad_enabled()


@compare(rtol=1e-5, atol=1e-6)
def test_model_can_still_be_trained_afterwards(evaluate):
    model = _model()
    evaluate(model, _batches(2, 4))
    model.train()
    x, y = _batches(1, 8)[0]
    F.mse_loss(model(x), y).backward()
    return [p.requires_grad for p in model.parameters()], [p.grad for p in model.parameters()]


@compare(rtol=1e-5, atol=1e-6)
def test_dropout_and_batchnorm_in_eval_behaviour(evaluate):
    model = _model()
    with torch.no_grad():
        model[1].running_mean.uniform_(-0.5, 0.5)
        model[1].running_var.uniform_(0.5, 2.0)
    stats_before = (model[1].running_mean.clone(), model[1].running_var.clone())
    predictions, mse = evaluate(model, _batches(3, 5))
    return predictions, mse, stats_before, (model[1].running_mean, model[1].running_var)


@compare(rtol=1e-5, atol=1e-6)
def test_same_answer_twice(evaluate):
    model = _model()
    batches = _batches(2, 3)
    first, _ = evaluate(model, batches)
    second, _ = evaluate(model, batches)
    return first, second


def test_training_model_comes_back_training(evaluate):
    model = _model()
    model.train()
    evaluate(model, _batches(1, 4))
    return model.training, [m.training for m in model]


def test_eval_model_stays_in_eval(evaluate):
    model = _model()
    model.eval()
    evaluate(model, _batches(1, 4))
    return model.training, [m.training for m in model]


@compare(rtol=1e-10, atol=1e-12)
def test_float64_model(evaluate):
    model = _model(torch.float64)
    predictions, mse = evaluate(model, _batches(2, 4, torch.float64))
    return predictions, mse, predictions.requires_grad


@compare(rtol=1e-5, atol=1e-6)
def test_single_sample_batch(evaluate):
    # Batch norm in training mode refuses a batch of one; in eval mode it is fine.
    predictions, mse = evaluate(_model(), _batches(1, 1))
    return predictions, mse


def test_mean_error_is_a_python_float(evaluate):
    _, mse = evaluate(_model(), _batches(2, 2))
    return isinstance(mse, float)


def test_no_graph_in_any_submodule(evaluate):
    model = _model()
    seen = []

    def record(module, args, out):
        seen.append(torch.is_grad_enabled() or out.requires_grad)

    for module in model:
        module.register_forward_hook(record)
    predictions, _ = evaluate(model, _batches(2, 3))
    return seen, predictions.requires_grad, predictions.grad_fn is None
