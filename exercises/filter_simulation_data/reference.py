import torch


def filter_simulation_data(
    errors: torch.Tensor,
    frequencies: torch.Tensor,
    fields: torch.Tensor,
    max_error: float = 0.1,
    freq_range: tuple[float, float] = (1e9, 10e9),
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Keep the runs with errors < max_error and freq_range[0] <= freq <= freq_range[1]."""
    low, high = freq_range
    # Every comparison with NaN is False, so NaN runs fall out on their own.
    keep = (errors < max_error) & (frequencies >= low) & (frequencies <= high)
    return errors[keep], frequencies[keep], fields[keep]
