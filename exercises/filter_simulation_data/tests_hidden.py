import torch


def test_error_bound_is_strict(filter_simulation_data):
    errors = torch.tensor([0.25, 0.125, 0.5, 0.2499])
    freqs = torch.full((4,), 5e9)
    fields = torch.arange(4.0).reshape(4, 1, 1)
    return filter_simulation_data(errors, freqs, fields, max_error=0.25)


def test_frequency_band_includes_both_ends(filter_simulation_data):
    errors = torch.zeros(5)
    freqs = torch.tensor([1e9, 10e9, 0.999e9, 10.001e9, 5e9], dtype=torch.float64)
    fields = torch.arange(5.0).reshape(5, 1, 1)
    return filter_simulation_data(errors, freqs, fields)


def test_frequency_band_ends_custom_range(filter_simulation_data):
    errors = torch.tensor([0.0, 0.0, 0.0, 0.0])
    freqs = torch.tensor([2.0, 3.0, 1.5, 3.5])
    fields = torch.arange(8.0).reshape(4, 2, 1)
    return filter_simulation_data(errors, freqs, fields, max_error=1.0, freq_range=(2.0, 3.0))


def test_needs_both_conditions(filter_simulation_data):
    # Each run except the last fails exactly one of the two tests.
    errors = torch.tensor([0.5, 0.01, 0.02, 0.03])
    freqs = torch.tensor([5e9, 20e9, 0.5e9, 5e9])
    fields = torch.randn(4, 2, 2)
    return filter_simulation_data(errors, freqs, fields)


def test_nothing_kept(filter_simulation_data):
    errors = torch.tensor([0.5, 0.7, 0.9])
    freqs = torch.tensor([2e9, 3e9, 4e9])
    fields = torch.randn(3, 4, 5)
    return filter_simulation_data(errors, freqs, fields)


def test_everything_kept(filter_simulation_data):
    errors = torch.rand(6) * 0.09
    freqs = torch.linspace(1e9, 10e9, 6)
    fields = torch.randn(6, 3, 3)
    return filter_simulation_data(errors, freqs, fields)


def test_exactly_one_kept(filter_simulation_data):
    errors = torch.tensor([0.5, 0.05, 0.5])
    freqs = torch.tensor([2e9, 2e9, 2e9])
    fields = torch.randn(3, 2, 2)
    return filter_simulation_data(errors, freqs, fields)


def test_single_run(filter_simulation_data):
    kept = filter_simulation_data(torch.tensor([0.01]), torch.tensor([3e9]), torch.ones(1, 2, 2))
    dropped = filter_simulation_data(torch.tensor([0.3]), torch.tensor([3e9]), torch.ones(1, 2, 2))
    return kept, dropped


def test_no_runs_at_all(filter_simulation_data):
    return filter_simulation_data(torch.zeros(0), torch.zeros(0), torch.zeros(0, 3, 3))


def test_nan_error_is_dropped(filter_simulation_data):
    errors = torch.tensor([0.05, float("nan"), 0.02])
    freqs = torch.tensor([2e9, 3e9, 4e9])
    fields = torch.arange(3.0).reshape(3, 1, 1)
    return filter_simulation_data(errors, freqs, fields)


def test_nan_frequency_is_dropped(filter_simulation_data):
    errors = torch.tensor([0.05, 0.01, 0.02])
    freqs = torch.tensor([2e9, float("nan"), 4e9])
    fields = torch.arange(3.0).reshape(3, 1, 1)
    return filter_simulation_data(errors, freqs, fields)


def test_float64_inputs_and_four_dim_fields(filter_simulation_data):
    errors = torch.rand(8, dtype=torch.float64) * 0.2
    freqs = torch.rand(8, dtype=torch.float64) * 12e9
    fields = torch.randn(8, 2, 3, 4, dtype=torch.float64)
    return filter_simulation_data(errors, freqs, fields)


def test_non_contiguous_inputs(filter_simulation_data):
    table = torch.rand(10, 2) * torch.tensor([0.2, 12e9])
    errors, freqs = table[:, 0], table[:, 1]  # strided columns
    fields = torch.randn(4, 5, 10).permute(2, 0, 1)  # (10, 4, 5), not contiguous
    return filter_simulation_data(errors, freqs, fields)


def test_inputs_are_not_modified(filter_simulation_data):
    errors = torch.rand(6) * 0.2
    freqs = torch.rand(6) * 12e9
    fields = torch.randn(6, 2, 2)
    before = (errors.clone(), freqs.clone(), fields.clone())
    filter_simulation_data(errors, freqs, fields)
    return (
        torch.equal(errors, before[0]),
        torch.equal(freqs, before[1]),
        torch.equal(fields, before[2]),
    )
