import torch


def test_output_shape_and_parameter_layout(SurrogateMLP):
    model = SurrogateMLP(input_dim=3, output_dim=2, hidden_dims=[8, 4])
    g = torch.Generator(device=torch.get_default_device()).manual_seed(1)
    y = model(torch.randn(5, 3, generator=g))
    layout = [(name, tuple(p.shape)) for name, p in model.named_parameters()]
    return tuple(y.shape), layout, sum(p.numel() for p in model.parameters())


def test_output_with_fixed_weights(SurrogateMLP):
    model = SurrogateMLP(input_dim=4, output_dim=3, hidden_dims=[6, 5], activation="relu")
    g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=g))
    x = torch.randn(7, 4, generator=g)
    return model(x).detach()
