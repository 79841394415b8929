"""Uses strict comparisons for the band: runs exactly at low or high are dropped."""


def filter_simulation_data(errors, frequencies, fields, max_error=0.1, freq_range=(1e9, 10e9)):
    low, high = freq_range
    keep = (errors < max_error) & (frequencies > low) & (frequencies < high)
    return errors[keep], frequencies[keep], fields[keep]
