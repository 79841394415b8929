import inspect

import numpy as np
from drill_checks import compare


def _random_s(n_freq, n_ports):
    shape = (n_freq, n_ports, n_ports)
    return np.random.randn(*shape) + 1j * np.random.randn(*shape)


def test_arguments_are_kept_as_attributes(SimulationResult):
    s = _random_s(5, 2)
    freq = np.linspace(0.5, 2.5, 5)
    r = SimulationResult("coil", s, freq)
    return r.name, r.s_params, r.freq_ghz


def test_n_ports_counts_ports_not_frequencies(SimulationResult):
    r = SimulationResult("coupler", _random_s(7, 3), np.linspace(1.0, 7.0, 7))
    return r.n_ports, isinstance(r.n_ports, int)


def test_one_port_device(SimulationResult):
    s = np.array([0.5, 0.25j, -0.125, 0.75]).reshape(4, 1, 1).astype(complex)
    r = SimulationResult("monopole", s, np.array([1.0, 2.0, 3.0, 4.0]))
    return r.n_ports, r.s11_db, r.resonant_freq_ghz


def test_s11_db_matches_the_formula_on_random_data(SimulationResult):
    r = SimulationResult("random", _random_s(12, 2), np.linspace(1.0, 12.0, 12))
    return r.s11_db


def test_s11_db_uses_the_complex_magnitude(SimulationResult):
    # Same magnitude 0.5 with four different phases, then magnitude 0.1 along -1.
    s11 = np.array([0.5, 0.5j, -0.5, -0.3 - 0.4j, -0.1])
    s = np.zeros((5, 2, 2), dtype=complex)
    s[:, 0, 0] = s11
    s[:, 1, 1] = 1.0
    r = SimulationResult("phases", s, np.linspace(1.0, 3.0, 5))
    return r.s11_db


def test_s11_db_ignores_other_entries(SimulationResult):
    s = _random_s(6, 3) * 5.0
    s[:, 0, 0] = np.array([0.2, 0.4, 0.01, 0.8, 0.6, 0.3])
    r = SimulationResult("three_port", s, np.linspace(2.0, 7.0, 6))
    return r.s11_db, r.resonant_freq_ghz


def test_perfect_match_is_floored_at_minus_240_db(SimulationResult):
    s = np.zeros((4, 2, 2), dtype=complex)
    s[:, 0, 0] = [0.5, 0.0, 0.1, 0.3]
    r = SimulationResult("ideal", s, np.array([5.0, 5.5, 6.0, 6.5]))
    return r.s11_db, r.resonant_freq_ghz


def test_resonance_is_the_deepest_dip(SimulationResult):
    freq = np.linspace(1.0, 3.0, 21)
    s = np.zeros((21, 2, 2), dtype=complex)
    s[:, 0, 0] = 0.05 + 0.9 * np.abs(freq - 2.3)  # deepest at 2.3 GHz, largest at 1.0 GHz
    r = SimulationResult("notch", s, freq)
    value = r.resonant_freq_ghz
    return value, isinstance(value, float)


def test_resonance_on_a_tie_takes_the_first(SimulationResult):
    s = np.zeros((5, 1, 1), dtype=complex)
    s[:, 0, 0] = [0.5, 0.1, 0.3, 0.1j, 0.9]
    r = SimulationResult("twin_dips", s, np.array([8.0, 9.0, 10.0, 11.0, 12.0]))
    return r.resonant_freq_ghz


def test_properties_follow_replaced_arrays(SimulationResult):
    freq = np.array([1.0, 2.0, 3.0])
    s = np.zeros((3, 2, 2), dtype=complex)
    s[:, 0, 0] = [0.1, 0.5, 0.9]
    r = SimulationResult("tuned", s, freq)
    before = (r.n_ports, r.s11_db, r.resonant_freq_ghz)
    s_new = np.zeros((3, 3, 3), dtype=complex)
    s_new[:, 0, 0] = [0.9, 0.5, 0.1]
    r.s_params = s_new
    after_s = (r.n_ports, r.s11_db, r.resonant_freq_ghz)
    r.freq_ghz = np.array([4.0, 5.0, 6.0])
    return before, after_s, r.resonant_freq_ghz


def test_repr_names_the_class_and_the_design(SimulationResult):
    r = SimulationResult("horn_v2", _random_s(4, 2), np.linspace(8.0, 12.0, 4))
    text = repr(r)
    return isinstance(text, str), "SimulationResult" in text, "horn_v2" in text, "\n" in text


def test_equal_to_an_independent_copy(SimulationResult):
    s, freq = _random_s(8, 2), np.linspace(1.0, 2.0, 8)
    a = SimulationResult("twin", s, freq)
    b = SimulationResult("twin", s.copy(), freq.copy())
    return bool(a == b), bool(b == a), bool(a != b), bool(a == a)


def test_equality_tolerates_rounding_noise(SimulationResult):
    s, freq = _random_s(8, 2), np.linspace(1.0, 2.0, 8)
    a = SimulationResult("twin", s, freq)
    b = SimulationResult("twin", s * (1 + 1e-12), freq + 1e-12)
    return bool(a == b)


def test_unequal_when_any_part_differs(SimulationResult):
    s, freq = _random_s(8, 2), np.linspace(1.0, 2.0, 8)
    a = SimulationResult("base", s, freq)
    other_name = SimulationResult("base2", s.copy(), freq.copy())
    s_changed = s.copy()
    s_changed[3, 1, 0] += 0.5
    other_s = SimulationResult("base", s_changed, freq.copy())
    other_freq = SimulationResult("base", s.copy(), freq + 0.25)
    return bool(a == other_name), bool(a == other_s), bool(a == other_freq), bool(a != other_s)


def test_comparing_with_other_types_returns_not_implemented(SimulationResult):
    class AlwaysEqual:
        def __eq__(self, other):
            return True

    r = SimulationResult("probe", _random_s(3, 2), np.array([1.0, 2.0, 3.0]))
    return (
        r.__eq__("probe") is NotImplemented,
        r.__eq__(42) is NotImplemented,
        bool(r == "probe"),
        bool(r == None),  # noqa: E711
        bool(r == AlwaysEqual()),  # NotImplemented lets Python ask AlwaysEqual
    )


def test_from_touchstone_is_a_classmethod(SimulationResult):
    attr = inspect.getattr_static(SimulationResult, "from_touchstone", None)
    return isinstance(attr, classmethod)


@compare(match=r"(?i)mismatch|freq")
def test_fewer_s_params_than_frequencies_is_rejected(SimulationResult):
    return SimulationResult("short", _random_s(5, 2), np.linspace(1.0, 8.0, 8))


@compare(match=r"(?i)mismatch|freq")
def test_off_by_one_frequency_count_is_rejected(SimulationResult):
    return SimulationResult("almost", _random_s(4, 1), np.linspace(1.0, 5.0, 5))
