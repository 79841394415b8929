from torch import nn


def test_two_linear_layers(count_parameters):
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    return count_parameters(model)


def test_first_layer_frozen(count_parameters):
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    for p in model[0].parameters():
        p.requires_grad = False
    return count_parameters(model)
