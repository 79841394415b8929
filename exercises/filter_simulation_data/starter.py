import torch


def filter_simulation_data(
    errors: torch.Tensor,
    frequencies: torch.Tensor,
    fields: torch.Tensor,
    max_error: float = 0.1,
    freq_range: tuple[float, float] = (1e9, 10e9),
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Keep the runs with errors < max_error and freq_range[0] <= freq <= freq_range[1].

    Returns (kept_errors, kept_frequencies, kept_fields), aligned, in the original order.
    """
    # placeholder: build a boolean mask and apply it to all three tensors
    return errors, frequencies, fields
