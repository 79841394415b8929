import torch
from torch import nn


def test_linear_batchnorm_adam(estimate_training_memory):
    model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.Linear(8, 2))
    return estimate_training_memory(model, "adam")


def test_frozen_first_layer_float16_momentum(estimate_training_memory):
    model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.Linear(8, 2))
    for p in model[0].parameters():
        p.requires_grad = False
    return estimate_training_memory(model, "sgd_momentum", dtype=torch.float16)
