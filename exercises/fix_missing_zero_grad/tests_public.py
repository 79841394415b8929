import torch
from drill_checks import compare
from torch import nn


@compare(rtol=1e-5, atol=1e-6)
def test_losses_and_weights_after_two_epochs(train):
    model = nn.Linear(3, 1)
    batches = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(3)]
    losses = train(model, batches, epochs=2, lr=0.05)
    return losses, model.weight.detach(), model.bias.detach()


@compare(rtol=1e-5, atol=1e-6)
def test_second_step_uses_only_its_own_gradient(train):
    model = nn.Linear(2, 1, bias=False)
    with torch.no_grad():
        model.weight.copy_(torch.tensor([[1.0, -1.0]]))
    batches = [
        (torch.tensor([[1.0, 0.0]]), torch.tensor([[0.0]])),
        (torch.tensor([[0.0, 1.0]]), torch.tensor([[0.0]])),
    ]
    losses = train(model, batches, epochs=1, lr=0.1)
    return losses, model.weight.detach()
