import torch
from drill_checks import compare
from torch import nn

_KEYS = ("parameters", "gradients", "optimizer_state", "buffers", "total")


class _TiedLM(nn.Module):
    """Embedding whose weight is reused as the output projection (weight tying)."""

    def __init__(self, vocab: int = 50, dim: int = 8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.norm = nn.LayerNorm(dim)
        self.proj = nn.Linear(dim, vocab)
        self.proj.weight = self.embed.weight


def _mlp_bn():
    return nn.Sequential(nn.Linear(6, 10), nn.BatchNorm1d(10), nn.ReLU(), nn.Linear(10, 3))


def _int_types(d):
    return [type(d[k]) is int for k in _KEYS]


def test_empty_module(estimate_training_memory):
    out = estimate_training_memory(nn.Sequential(), "adam")
    return out, _int_types(out)


def test_values_are_python_ints(estimate_training_memory):
    out = estimate_training_memory(_mlp_bn(), "adam", dtype=torch.float16)
    return _int_types(out)


def test_each_optimizer(estimate_training_memory):
    model = _mlp_bn()
    return [estimate_training_memory(model, name) for name in ("sgd", "sgd_momentum", "adam")]


def test_default_optimizer_is_adam(estimate_training_memory):
    return estimate_training_memory(nn.Linear(5, 7))


def test_single_scalar_parameter(estimate_training_memory):
    model = nn.Module()
    model.w = nn.Parameter(torch.zeros(1))
    return estimate_training_memory(model, "adam")


def test_buffers_only(estimate_training_memory):
    model = nn.BatchNorm1d(16, affine=False)
    return estimate_training_memory(model, "adam")


def test_non_persistent_buffer_counts(estimate_training_memory):
    model = nn.Linear(3, 3)
    model.register_buffer("mask", torch.ones(3, 3), persistent=False)
    model.register_buffer("steps", torch.zeros((), dtype=torch.int32))
    return estimate_training_memory(model, "sgd")


def test_tied_weights_counted_once(estimate_training_memory):
    return estimate_training_memory(_TiedLM(), "adam")


def test_tied_weights_frozen(estimate_training_memory):
    model = _TiedLM()
    model.embed.weight.requires_grad = False
    return estimate_training_memory(model, "adam", dtype=torch.bfloat16)


def test_same_layer_used_twice(estimate_training_memory):
    shared = nn.Linear(8, 8)
    model = nn.Sequential(shared, nn.Tanh(), shared, nn.BatchNorm1d(8), shared)
    return estimate_training_memory(model, "sgd_momentum")


def test_nested_modules(estimate_training_memory):
    inner = nn.Sequential(nn.Linear(3, 5), nn.Sequential(nn.Linear(5, 4)))
    model = nn.Sequential(inner, nn.Linear(4, 1))
    return estimate_training_memory(model, "adam")


def test_everything_frozen(estimate_training_memory):
    model = _mlp_bn().requires_grad_(False)
    return estimate_training_memory(model, "adam")


def test_only_bias_frozen(estimate_training_memory):
    model = nn.Linear(9, 4)
    model.bias.requires_grad = False
    return estimate_training_memory(model, "adam")


def test_float16(estimate_training_memory):
    return estimate_training_memory(_mlp_bn(), "adam", dtype=torch.float16)


def test_bfloat16(estimate_training_memory):
    return estimate_training_memory(_mlp_bn(), "sgd", dtype=torch.bfloat16)


def test_float64(estimate_training_memory):
    return estimate_training_memory(_mlp_bn(), "adam", dtype=torch.float64)


def test_float32_dtype_on_float64_model(estimate_training_memory):
    model = _mlp_bn().double()
    return estimate_training_memory(model, "adam", dtype=torch.float32)


def test_own_dtype_when_none_float64(estimate_training_memory):
    model = _mlp_bn().double()
    return estimate_training_memory(model, "sgd_momentum")


def test_own_dtype_when_none_mixed(estimate_training_memory):
    model = nn.Sequential(nn.Linear(4, 4).half(), nn.BatchNorm1d(4).double(), nn.Linear(4, 2))
    model[2].requires_grad_(False)
    return estimate_training_memory(model, "adam")


def test_conv_frozen_backbone(estimate_training_memory):
    backbone = [nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4)]
    model = nn.Sequential(*backbone, nn.Flatten(), nn.Linear(4 * 5 * 5, 2))
    model[0].requires_grad_(False)
    model[1].requires_grad_(False)
    return estimate_training_memory(model, "adam", dtype=torch.bfloat16)


def test_model_left_unchanged(estimate_training_memory):
    model = _mlp_bn()
    estimate_training_memory(model, "adam", dtype=torch.float16)
    params = [(str(p.dtype), p.requires_grad) for p in model.parameters()]
    buffers = [str(b.dtype) for b in model.buffers()]
    grads = [p.grad is None for p in model.parameters()]
    return params, buffers, grads


def test_large_model_on_meta_device(estimate_training_memory):
    model = nn.Sequential(
        nn.Embedding(50_000, 1024, device="meta"),
        nn.Linear(1024, 4096, device="meta"),
        nn.Linear(4096, 1024, device="meta"),
    )
    return estimate_training_memory(model, "adam", dtype=torch.bfloat16)


@compare(match="adamw")
def test_unknown_optimizer(estimate_training_memory):
    return estimate_training_memory(nn.Linear(2, 2), "adamw")


@compare(match="rmsprop")
def test_unknown_optimizer_other_name(estimate_training_memory):
    return estimate_training_memory(nn.Linear(2, 2), "rmsprop")
