"""Forgets __repr__: the default <SimulationResult object at 0x...> does not show the name."""
import numpy as np


class SimulationResult:
    def __init__(self, name, s_params, freq_ghz):
        if len(s_params) != len(freq_ghz):
            raise ValueError(f"freq_ghz has {len(freq_ghz)} points, s_params {len(s_params)}")
        self.name = name
        self.s_params = s_params
        self.freq_ghz = freq_ghz

    @property
    def n_ports(self):
        return self.s_params.shape[-1]

    @property
    def s11_db(self):
        return 20 * np.log10(np.abs(self.s_params[:, 0, 0]) + 1e-12)

    @property
    def resonant_freq_ghz(self):
        return float(self.freq_ghz[self.s11_db.argmin()])

    @classmethod
    def from_touchstone(cls, filepath):
        raise NotImplementedError

    def __eq__(self, other):
        if not isinstance(other, SimulationResult):
            return NotImplemented
        return (
            self.name == other.name
            and np.allclose(self.s_params, other.s_params)
            and np.allclose(self.freq_ghz, other.freq_ghz)
        )
