import torch
from torch import nn


class _TiedLM(nn.Module):
    """Embedding whose weight is reused by the output projection (weight tying)."""

    def __init__(self, vocab: int = 50, dim: int = 8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.proj = nn.Linear(dim, vocab, bias=True)
        self.proj.weight = self.embed.weight


class _Nested(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(5, 6), nn.Sequential(nn.Linear(6, 7), nn.Tanh()))
        self.scale = nn.Parameter(torch.ones(3))
        self.head = nn.Linear(7, 1, bias=False)


def _is_int(d):
    return [type(d[k]) is int for k in ("total", "trainable", "frozen")]


def test_empty_module(count_parameters):
    out = count_parameters(nn.Sequential())
    return out, _is_int(out)


def test_module_without_parameters(count_parameters):
    return count_parameters(nn.Sequential(nn.ReLU(), nn.Dropout(0.2), nn.Flatten()))


def test_nested_submodules_and_bare_parameter(count_parameters):
    out = count_parameters(_Nested())
    return out, _is_int(out)


def test_batchnorm_buffers_are_not_parameters(count_parameters):
    model = nn.Sequential(nn.Linear(4, 6), nn.BatchNorm1d(6), nn.Linear(6, 2))
    return count_parameters(model)


def test_tied_weights_counted_once(count_parameters):
    return count_parameters(_TiedLM())


def test_tied_weights_frozen(count_parameters):
    model = _TiedLM()
    model.embed.weight.requires_grad = False
    return count_parameters(model)


def test_everything_frozen(count_parameters):
    model = nn.Sequential(nn.Linear(10, 10), nn.Linear(10, 3))
    model.requires_grad_(False)
    return count_parameters(model)


def test_only_bias_frozen(count_parameters):
    model = nn.Linear(7, 3)
    model.bias.requires_grad = False
    return count_parameters(model)


def test_size_assumes_four_bytes_even_for_float64(count_parameters):
    model = nn.Linear(256, 256).double()
    return count_parameters(model)


def test_large_model(count_parameters):
    # 1000*1000 + 1000 + 1000*10 + 10 values, allocated lazily on the meta device.
    model = nn.Sequential(nn.Linear(1000, 1000, device="meta"), nn.Linear(1000, 10, device="meta"))
    return count_parameters(model)


def test_conv_and_layernorm(count_parameters):
    model = nn.Sequential(nn.Conv2d(3, 8, kernel_size=3), nn.Flatten(), nn.LayerNorm(8 * 6 * 6))
    model[2].weight.requires_grad = False
    return count_parameters(model)


def test_same_layer_used_twice(count_parameters):
    shared = nn.Linear(4, 4)
    model = nn.Sequential(shared, nn.ReLU(), shared)
    return count_parameters(model)
