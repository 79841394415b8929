import contextlib

import torch
from drill_checks import compare


def _model(dtype=torch.float32):
    torch.manual_seed(0)
    model = torch.nn.Sequential(
        torch.nn.Linear(4, 8),
        torch.nn.BatchNorm1d(8),
        torch.nn.ReLU(),
        torch.nn.Dropout(0.5),
        torch.nn.Linear(8, 2),
    ).to(dtype)
    for _ in range(5):
        model(3.0 * torch.randn(16, 4, dtype=dtype) + 1.0)
    return model


def _state(model):
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


@compare(rtol=1e-5, atol=1e-6)
def test_single_sample(predict):
    model = _model()
    return predict(model, torch.randn(1, 4))


@compare(rtol=1e-5, atol=1e-6)
def test_batch_size_one(predict):
    model = _model()
    return predict(model, torch.randn(5, 4), batch_size=1)


@compare(rtol=1e-5, atol=1e-6)
def test_result_does_not_depend_on_chunking(predict):
    model = _model()
    x = torch.randn(12, 4)
    return [predict(model, x, batch_size=b) for b in (2, 5, 12, 64)]


@compare(rtol=1e-5, atol=1e-6)
def test_prediction_does_not_depend_on_neighbours(predict):
    model = _model()
    x = torch.randn(6, 4)
    alone = torch.cat([predict(model, x[i : i + 1]) for i in range(6)])
    return alone, predict(model, x)


@compare(exact=True)
def test_buffers_and_parameters_unchanged(predict):
    model = _model()
    before = _state(model)
    predict(model, torch.randn(9, 4), batch_size=4)
    return before, _state(model)


def test_train_mode_restored(predict):
    model = _model()
    model.train()
    predict(model, torch.randn(7, 4), batch_size=3)
    return model.training, [m.training for m in model]


def test_eval_mode_kept(predict):
    model = _model()
    model.eval()
    predict(model, torch.randn(7, 4), batch_size=3)
    return model.training, [m.training for m in model]


def test_mode_restored_when_forward_raises(predict):
    model = _model()
    model.train()
    with contextlib.suppress(RuntimeError):
        predict(model, torch.randn(3, 5), batch_size=2)  # wrong feature count
    return model.training


def test_output_does_not_track_gradients(predict):
    model = _model()
    out = predict(model, torch.randn(4, 4))
    return out.requires_grad, tuple(out.shape)


@compare(rtol=1e-10, atol=1e-12)
def test_float64_model(predict):
    model = _model(torch.float64)
    return predict(model, torch.randn(8, 4, dtype=torch.float64), batch_size=7)


@compare(rtol=1e-5, atol=1e-6)
def test_non_contiguous_inputs(predict):
    model = _model()
    x = torch.randn(4, 11).t()  # (11, 4), non-contiguous
    return predict(model, x, batch_size=5)


@compare(rtol=1e-5, atol=1e-5)
def test_many_rows_default_batch_size(predict):
    model = _model()
    x = torch.randn(97, 4)  # 32 + 32 + 32 + 1
    return predict(model, x)


def test_inputs_not_modified(predict):
    model = _model()
    x = torch.randn(5, 4)
    before = x.clone()
    predict(model, x, batch_size=2)
    return torch.equal(x, before)
