import numpy as np


class SimulationResult:
    """One simulation's S-parameters with a few derived quantities."""

    def __init__(self, name: str, s_params: np.ndarray, freq_ghz: np.ndarray):
        # TODO: validate that s_params and freq_ghz have the same number of frequencies.
        self.name = name
        self.s_params = s_params
        self.freq_ghz = freq_ghz

    @property
    def n_ports(self) -> int:
        raise NotImplementedError

    @property
    def s11_db(self) -> np.ndarray:
        """S11 in dB: 20 * log10(|S11| + 1e-12)."""
        raise NotImplementedError

    @property
    def resonant_freq_ghz(self) -> float:
        """Frequency (GHz) of the deepest S11 dip."""
        raise NotImplementedError

    @classmethod
    def from_touchstone(cls, filepath: str) -> "SimulationResult":
        raise NotImplementedError("Touchstone parsing is not part of this exercise")

    def __repr__(self) -> str:
        raise NotImplementedError

    def __eq__(self, other):
        raise NotImplementedError
