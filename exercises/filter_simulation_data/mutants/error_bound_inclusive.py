"""Uses <= for the error bound: a run whose error equals max_error is kept."""


def filter_simulation_data(errors, frequencies, fields, max_error=0.1, freq_range=(1e9, 10e9)):
    keep = (errors <= max_error) & (frequencies >= freq_range[0]) & (frequencies <= freq_range[1])
    return errors[keep], frequencies[keep], fields[keep]
