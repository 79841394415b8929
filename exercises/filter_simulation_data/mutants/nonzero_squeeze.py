"""Turns the mask into indices with nonzero().squeeze(): when exactly one run is kept
the index becomes 0-d, and the outputs lose their leading dimension."""


def filter_simulation_data(errors, frequencies, fields, max_error=0.1, freq_range=(1e9, 10e9)):
    keep = (errors < max_error) & (frequencies >= freq_range[0]) & (frequencies <= freq_range[1])
    idx = keep.nonzero().squeeze()
    return errors[idx], frequencies[idx], fields[idx]
