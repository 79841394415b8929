import numpy as np
from drill_checks import compare


def test_basic_properties(SimulationResult):
    freq = np.array([1.0, 1.5, 2.0, 2.5])
    s = np.zeros((4, 2, 2), dtype=complex)
    s[:, 0, 0] = [0.9, 0.3 + 0.4j, 0.05j, -0.2]
    s[:, 1, 0] = s[:, 0, 1] = 0.7
    r = SimulationResult("patch_a", s, freq)
    return r.n_ports, r.s11_db, r.resonant_freq_ghz


def test_equality(SimulationResult):
    freq = np.linspace(1.0, 4.0, 6)
    s = np.random.randn(6, 2, 2) + 1j * np.random.randn(6, 2, 2)
    r = SimulationResult("dipole_3", s, freq)
    same = SimulationResult("dipole_3", s.copy(), freq.copy())
    renamed = SimulationResult("dipole_4", s.copy(), freq.copy())
    return bool(r == same), bool(r == renamed), bool(r == "dipole_3")


@compare(match=r"(?i)mismatch|freq")
def test_mismatched_frequency_count_is_rejected(SimulationResult):
    s = np.ones((10, 2, 2), dtype=complex)
    freq = np.linspace(1.0, 10.0, 9)
    return SimulationResult("broken", s, freq)
