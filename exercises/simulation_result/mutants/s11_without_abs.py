"""Takes log10 of the complex S11 itself instead of its magnitude: s11_db comes out complex."""
import numpy as np


class SimulationResult:
    """One simulation's S-parameters with a few derived quantities."""

    def __init__(self, name: str, s_params: np.ndarray, freq_ghz: np.ndarray):
        n_freq_s, n_freq_f = s_params.shape[0], freq_ghz.shape[0]
        if n_freq_s != n_freq_f:
            raise ValueError(
                f"frequency count mismatch: s_params covers {n_freq_s} frequencies "
                f"but freq_ghz lists {n_freq_f}"
            )
        self.name = name
        self.s_params = s_params
        self.freq_ghz = freq_ghz

    @property
    def n_ports(self) -> int:
        return int(self.s_params.shape[1])

    @property
    def s11_db(self) -> np.ndarray:
        """S11 in dB: 20 * log10(|S11| + 1e-12)."""
        magnitude = self.s_params[:, 0, 0]
        return 20.0 * np.log10(magnitude + 1e-12)

    @property
    def resonant_freq_ghz(self) -> float:
        """Frequency (GHz) of the deepest S11 dip; the first one on a tie."""
        return float(self.freq_ghz[np.argmin(self.s11_db)])

    @classmethod
    def from_touchstone(cls, filepath: str) -> "SimulationResult":
        """Would read a Touchstone (.sNp) file; parsing is out of scope here."""
        raise NotImplementedError(f"cannot parse {filepath!r}: Touchstone reading is not implemented")

    def __repr__(self) -> str:
        if self.freq_ghz.shape[0] == 0:
            band = "no frequencies"
        else:
            band = f"{self.freq_ghz[0]:g}-{self.freq_ghz[-1]:g} GHz"
        return f"{type(self).__name__}(name={self.name!r}, n_ports={self.n_ports}, {band})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SimulationResult):
            return NotImplemented
        return bool(
            self.name == other.name
            and self.s_params.shape == other.s_params.shape
            and self.freq_ghz.shape == other.freq_ghz.shape
            and np.allclose(self.s_params, other.s_params)
            and np.allclose(self.freq_ghz, other.freq_ghz)
        )
