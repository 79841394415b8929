"""Builds a mask of runs to reject and negates it: NaN fails every "bad" comparison
too, so runs with NaN errors or frequencies are kept."""


def filter_simulation_data(errors, frequencies, fields, max_error=0.1, freq_range=(1e9, 10e9)):
    low, high = freq_range
    reject = (errors >= max_error) | (frequencies < low) | (frequencies > high)
    keep = ~reject
    return errors[keep], frequencies[keep], fields[keep]
