import math

import torch
from drill_checks import compare
from torch import nn

GAINS = {"tanh": 5.0 / 3.0, "sigmoid": 1.0, "linear": 1.0}


def _fans(weight):
    kernel_area = weight[0][0].numel()  # 1 for a Linear weight
    return weight[0].numel(), weight.shape[0] * kernel_area


def _target(weight, nonlinearity):
    fan_in, fan_out = _fans(weight)
    if nonlinearity == "relu":
        return math.sqrt(2.0 / fan_in)
    return GAINS[nonlinearity] * math.sqrt(2.0 / (fan_in + fan_out))


def _facts(layer, nonlinearity):
    """What the tests compare: statistics of the weights, never the random values."""
    w = layer.weight.detach().double()
    target = _target(w, nonlinearity)
    beyond = (w.abs() > 2 * target).double().mean().item()  # 4.55% for a normal
    return {
        "std / target": w.std().item() / target,
        "mean close to 0": abs(w.mean().item()) < 0.05 * target,
        "normal tails": 0.035 < beyond < 0.056,
        "bias all zero": layer.bias is None or bool((layer.bias == 0).all()),
    }


@compare(rtol=0.05)
def test_tanh_is_xavier_with_gain_five_thirds(init_weights):
    model = nn.Sequential(nn.Linear(300, 500), nn.Tanh(), nn.Linear(500, 100), nn.Tanh())
    init_weights(model, "tanh")
    return [_facts(model[0], "tanh"), _facts(model[2], "tanh")]


@compare(rtol=0.05)
def test_sigmoid_and_linear_are_xavier_with_gain_one(init_weights):
    out = []
    for name in ("sigmoid", "linear"):
        model = nn.Sequential(nn.Linear(800, 100), nn.Sigmoid(), nn.Linear(100, 400))
        init_weights(model, nonlinearity=name)
        out.append([_facts(model[0], name), _facts(model[2], name)])
    return out


@compare(rtol=0.05)
def test_relu_uses_fan_in_not_fan_out(init_weights):
    wide_in, wide_out = nn.Linear(1024, 64), nn.Linear(64, 1024)
    init_weights(wide_in, "relu")
    init_weights(wide_out, "relu")
    return _facts(wide_in, "relu"), _facts(wide_out, "relu")


@compare(rtol=0.05)
def test_default_nonlinearity_is_relu(init_weights):
    layer = nn.Linear(128, 384)
    init_weights(layer)
    return _facts(layer, "relu")


@compare(rtol=0.05)
def test_conv2d_fans_include_the_kernel(init_weights):
    relu_conv = nn.Conv2d(32, 64, kernel_size=(3, 5))
    tanh_conv = nn.Conv2d(32, 64, kernel_size=(3, 5), stride=2, padding=1)
    init_weights(nn.Sequential(relu_conv, nn.ReLU()), "relu")
    init_weights(nn.Sequential(tanh_conv, nn.Tanh()), "tanh")
    return _facts(relu_conv, "relu"), _facts(tanh_conv, "tanh")


@compare(rtol=0.05)
def test_grouped_conv2d(init_weights):
    # weight (256, 128 / 4, 3, 3): each output sees 32 * 9 inputs, not 128 * 9.
    conv = nn.Conv2d(128, 256, kernel_size=3, groups=4)
    init_weights(conv)
    return _facts(conv, "relu")


@compare(rtol=0.05)
def test_conv1d(init_weights):
    relu_conv = nn.Conv1d(64, 96, kernel_size=7)
    sigmoid_conv = nn.Conv1d(96, 48, kernel_size=9, padding=4)
    init_weights(relu_conv, "relu")
    init_weights(sigmoid_conv, "sigmoid")
    return _facts(relu_conv, "relu"), _facts(sigmoid_conv, "sigmoid")


class _Scaled(nn.Linear):
    """A subclass of nn.Linear: still a Linear layer."""

    def forward(self, x):
        return 2.0 * super().forward(x)


class _Block(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.inner = nn.Sequential(nn.Linear(width, width), nn.ReLU())
        self.norm = nn.LayerNorm(width)

    def forward(self, x):
        return self.norm(x + self.inner(x))


class _Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv1d(4, 256, kernel_size=3, padding=1)
        self.blocks = nn.ModuleList([_Block(256) for _ in range(2)])
        self.heads = nn.ModuleDict({"main": _Scaled(256, 128), "aux": nn.Linear(256, 200)})

    def forward(self, x):
        h = self.stem(x).mean(dim=-1)
        for block in self.blocks:
            h = block(h)
        return {name: head(h) for name, head in self.heads.items()}


@compare(rtol=0.05)
def test_nested_modules_and_subclasses(init_weights):
    net = _Net()
    init_weights(net, "relu")
    layers = {
        name: module
        for name, module in net.named_modules()
        if isinstance(module, (nn.Linear, nn.Conv1d)) and module.weight.numel() >= 30_000
    }
    facts = {name: _facts(module, "relu") for name, module in layers.items()}
    stem_bias_zero = bool((net.stem.bias == 0).all())
    return facts, stem_bias_zero, sorted(layers)


@compare(rtol=0.05)
def test_layers_without_bias(init_weights):
    model = nn.Sequential(
        nn.Conv2d(16, 96, 5, bias=False), nn.Flatten(), nn.Linear(300, 200, bias=False)
    )
    init_weights(model, "linear")
    return _facts(model[0], "linear"), _facts(model[2], "linear"), model[2].bias is None


@compare(exact=True)
def test_other_modules_keep_parameters_and_buffers(init_weights):
    model = nn.Sequential(
        nn.Embedding(50, 16),
        nn.Linear(16, 16),
        nn.BatchNorm1d(16),
        nn.LayerNorm(16),
        nn.GroupNorm(4, 16),
    )
    model.train()
    model(torch.randint(0, 50, (6,)))  # BatchNorm gathers running statistics
    with torch.no_grad():
        model[3].weight.uniform_(0.5, 1.5)
        model[3].bias.uniform_(-1.0, 1.0)
        model[4].bias.fill_(0.75)
    before = {k: v.detach().clone() for k, v in model.state_dict().items() if k[0] != "1"}
    init_weights(model, "sigmoid")
    after = {k: v.detach().clone() for k, v in model.state_dict().items() if k[0] != "1"}
    return before, after, bool((model[1].bias == 0).all())


@compare(exact=True)
def test_in_place_on_the_same_parameters(init_weights):
    model = nn.Sequential(nn.Linear(20, 30), nn.ReLU(), nn.Linear(30, 5)).double()
    model[2].requires_grad_(False)  # a frozen layer is initialised too
    params = list(model.parameters())
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    with torch.no_grad():
        model[2].weight.zero_()
        model[2].bias.fill_(1.0)
    returned = init_weights(model)
    same_objects = all(a is b for a, b in zip(params, model.parameters(), strict=True))
    in_optimizer = all(
        a is b for a, b in zip(params, optimizer.param_groups[0]["params"], strict=True)
    )
    return {
        "returned": returned,
        "same objects": same_objects,
        "optimizer still holds them": in_optimizer,
        "dtypes": [str(p.dtype) for p in model.parameters()],
        "requires_grad": [p.requires_grad for p in model.parameters()],
        "leaves without history": [p.is_leaf and p.grad_fn is None for p in model.parameters()],
        "frozen bias zeroed": bool((model[2].bias == 0).all()),
        "frozen weight redrawn": bool((model[2].weight != 0).all()),
    }


def test_unknown_name_changes_nothing(init_weights):
    model = nn.Sequential(nn.Linear(6, 6), nn.Tanh(), nn.Linear(6, 2))
    before = {k: v.detach().clone() for k, v in model.state_dict().items()}
    try:
        init_weights(model, "leaky_relu")
        outcome = "no error"
    except ValueError:
        outcome = "ValueError"
    unchanged = all(torch.equal(v, before[k]) for k, v in model.state_dict().items())
    return outcome, unchanged


@compare(match=r"(?s)(?=.*relu)(?=.*tanh)(?=.*sigmoid)(?=.*linear)")
def test_misspelt_name_is_rejected(init_weights):
    return init_weights(nn.Conv2d(3, 3, 3), nonlinearity="Tanh ")
