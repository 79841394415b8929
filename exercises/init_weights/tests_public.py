import math

import torch
from drill_checks import compare
from torch import nn


@compare(rtol=0.05)
def test_relu_mlp_statistics(init_weights):
    model = nn.Sequential(nn.Linear(512, 128), nn.ReLU(), nn.Linear(128, 256))
    returned = init_weights(model)
    facts = []
    for layer in (model[0], model[2]):
        w = layer.weight.detach()
        target = math.sqrt(2.0 / w.shape[1])  # Kaiming normal: fan_in = in_features
        beyond = (w.abs() > 2 * target).float().mean().item()  # 4.6% for a normal
        facts.append(
            {
                "std / sqrt(2 / fan_in)": w.std().item() / target,
                "mean close to 0": abs(w.mean().item()) < 0.05 * target,
                "normal tails": 0.035 < beyond < 0.056,
                "bias all zero": bool((layer.bias == 0).all()),
            }
        )
    return returned, facts


@compare(exact=True)
def test_norm_layers_are_left_alone(init_weights):
    model = nn.Sequential(
        nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.Flatten(), nn.Linear(8, 4), nn.LayerNorm(4)
    )
    with torch.no_grad():
        for norm in (model[1], model[4]):
            norm.weight.fill_(0.5)
            norm.bias.fill_(-0.25)
        model[1].running_mean.fill_(3.0)
    init_weights(model, "tanh")
    norms = {k: v.detach().clone() for k, v in model.state_dict().items() if k[0] in "14"}
    biases = [bool((model[i].bias == 0).all()) for i in (0, 3)]
    return norms, biases


@compare(match=r"(?s)(?=.*relu)(?=.*tanh)(?=.*sigmoid)(?=.*linear)")
def test_unknown_nonlinearity_names_the_accepted_ones(init_weights):
    return init_weights(nn.Linear(4, 4), nonlinearity="gelu")
