"""Computes n_ports, s11_db and resonant_freq_ghz once in __init__ and stores them as plain
attributes: they go stale when s_params or freq_ghz is replaced afterwards."""
import numpy as np


class SimulationResult:
    def __init__(self, name, s_params, freq_ghz):
        if s_params.shape[0] != freq_ghz.shape[0]:
            raise ValueError(
                f"frequency mismatch: {s_params.shape[0]} S-parameter points, "
                f"{freq_ghz.shape[0]} frequencies"
            )
        self.name = name
        self.s_params = s_params
        self.freq_ghz = freq_ghz
        self.n_ports = s_params.shape[1]
        self.s11_db = 20.0 * np.log10(np.abs(s_params[:, 0, 0]) + 1e-12)
        self.resonant_freq_ghz = float(freq_ghz[np.argmin(self.s11_db)])

    @classmethod
    def from_touchstone(cls, filepath):
        raise NotImplementedError

    def __repr__(self):
        return f"SimulationResult({self.name!r}, ports={self.n_ports})"

    def __eq__(self, other):
        if not isinstance(other, SimulationResult):
            return NotImplemented
        return (
            self.name == other.name
            and np.allclose(self.s_params, other.s_params)
            and np.allclose(self.freq_ghz, other.freq_ghz)
        )
