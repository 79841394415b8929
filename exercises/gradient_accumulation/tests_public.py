import torch
from drill_checks import compare
from torch import nn


@compare(rtol=1e-5, atol=1e-6)
def test_worked_example(train_with_accumulation):
    model = nn.Linear(1, 1, bias=False)
    with torch.no_grad():
        model.weight.zero_()
    micro_batches = [(torch.tensor([[x]]), torch.tensor([[2 * x]]))
                     for x in [1.0, 2.0, 1.0, 2.0, 1.0]]
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = train_with_accumulation(model, opt, micro_batches, accum_steps=2)
    return losses, model.weight.detach().clone()


@compare(rtol=1e-5, atol=1e-6)
def test_linear_model_with_momentum(train_with_accumulation):
    g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
    model = nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(torch.linspace(-0.5, 0.5, 6).reshape(2, 3))
        model.bias.copy_(torch.tensor([0.1, -0.2]))
    micro_batches = [(torch.randn(4, 3, generator=g), torch.randn(4, 2, generator=g))
                     for _ in range(7)]
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    losses = train_with_accumulation(model, opt, micro_batches, accum_steps=3)
    return losses, [p.detach().clone() for p in model.parameters()]
