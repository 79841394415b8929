import os
import tempfile

import torch
from drill_checks import compare
from torch import nn


@compare(rtol=1e-4, atol=1e-5)
def test_fits_a_line_and_writes_checkpoint(train_model):
    x = torch.linspace(-1, 1, 24).unsqueeze(1)
    y = 2 * x + 1
    train = [{"input": x[i::3], "target": y[i::3]} for i in range(3)]
    val = [{"input": x[:12], "target": y[:12]}, {"input": x[12:], "target": y[12:]}]
    model = nn.Linear(1, 1)
    path = os.path.join(tempfile.mkdtemp(), "ckpt.pt")
    trained = train_model(model, train, val, num_epochs=5, lr=0.05, patience=3,
                          save_path=path, device="cpu")
    ckpt = torch.load(path, weights_only=True)
    return {
        "weights": {k: v.detach().clone() for k, v in trained.state_dict().items()},
        "checkpoint_keys": sorted(ckpt),
        "epoch": ckpt["epoch"],
        "val_loss": ckpt["val_loss"],
    }


def test_stops_early_when_validation_cannot_improve(train_model):
    class CountingLinear(nn.Linear):
        def forward(self, x):
            if not torch.is_grad_enabled():
                self.validation_calls += 1
            return super().forward(x)

    model = CountingLinear(2, 1)
    model.validation_calls = 0
    x = torch.randn(8, 2)
    batches = [{"input": x, "target": torch.zeros(8, 1)}]
    path = os.path.join(tempfile.mkdtemp(), "ckpt.pt")
    # lr=0: the weights never move, so the validation loss never gets better.
    train_model(model, batches, batches, num_epochs=20, lr=0.0, patience=2,
                save_path=path, device="cpu")
    return model.validation_calls, torch.load(path, weights_only=True)["epoch"]
