import torch
from drill_checks import compare


def _trained_model():
    torch.manual_seed(0)
    model = torch.nn.Sequential(
        torch.nn.Linear(4, 8),
        torch.nn.BatchNorm1d(8),
        torch.nn.ReLU(),
        torch.nn.Dropout(0.5),
        torch.nn.Linear(8, 2),
    )
    for _ in range(5):  # give BatchNorm running statistics that differ from the defaults
        model(3.0 * torch.randn(16, 4) + 1.0)
    return model


@compare(rtol=1e-5, atol=1e-6)
def test_last_chunk_of_one_row(predict):
    model = _trained_model()
    x = torch.randn(10, 4)
    out = predict(model, x, batch_size=3)
    return out, model.training
