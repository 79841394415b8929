import torch
from drill_checks import compare


@compare(rtol=1e-5, atol=1e-6)
def test_worked_example(train_model):
    torch.manual_seed(0)
    model = torch.nn.Linear(1, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x = torch.tensor([[1.0], [2.0]])
    history = train_model(model, opt, [(x, 2 * x), (x, 2 * x)], epochs=2)
    return history, [type(v) is float for v in history]
