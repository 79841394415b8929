import torch


def test_worked_example(filter_simulation_data):
    errors = torch.tensor([0.05, 0.15, 0.03, 0.20, 0.08])
    freqs = torch.tensor([2e9, 5e9, 3e9, 15e9, 8e9])
    fields = torch.arange(5.0).reshape(5, 1, 1) * torch.ones(5, 2, 2)
    return filter_simulation_data(errors, freqs, fields)


def test_custom_threshold_and_band(filter_simulation_data):
    errors = torch.tensor([0.3, 0.6, 0.1, 0.4, 0.9, 0.2])
    freqs = torch.tensor([1.0, 2.5, 4.0, 3.0, 2.0, 6.0])
    fields = torch.randn(6, 3, 2)
    return filter_simulation_data(errors, freqs, fields, max_error=0.5, freq_range=(2.0, 5.0))
