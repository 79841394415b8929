"""The seed notebook's own solutions must be accepted, and plainly wrong ones not.

The notebook lives outside the repository (../shared/seed/); its code is read at
test time and never copied into the project.
"""

import re

import pytest

from app.bank import Exercise, load_bank
from app.grading import Mode, Verdict, grade, render_report
from app.settings import REPO_ROOT, Settings

SEED_DIR = REPO_ROOT.parent / "shared" / "seed"
CELL = re.compile(r"^In \[[^\]]*\]:\n(.*?)(?=^In \[|^---$|^#{2,4} |\Z)", re.S | re.M)
# The notebook's first cell imports these; every seed cell relies on them.
PRELUDE = (
    "import math\nfrom collections import defaultdict\nfrom typing import Dict, List, Optional\n"
    "import numpy as np\nimport torch\n\n"
)


def seed_cell(defines: str) -> str:
    """The last code cell of the notebook that defines `defines`."""
    notebooks = sorted(SEED_DIR.glob("*.txt"))
    assert notebooks, f"the seed notebook is expected in {SEED_DIR} (shared/ beside the checkout)"
    notebook = notebooks[0]
    cells = [c for c in CELL.findall(notebook.read_text()) if re.search(defines, c, re.M)]
    assert cells, f"the seed notebook has no cell matching {defines!r}"
    return PRELUDE + cells[-1]


@pytest.fixture(scope="module")
def bank() -> dict[str, Exercise]:
    return load_bank(REPO_ROOT / "exercises")


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=tmp_path_factory.mktemp("data"))


@pytest.mark.parametrize(
    ("exercise_id", "defines"),
    [
        ("group_and_average", r"^def group_and_average\("),
        ("pairwise_distances", r"^def pairwise_distances\("),
        ("simulation_result", r"^class SimulationResult\b"),
    ],
)
def test_seed_solution_is_accepted(
    bank: dict[str, Exercise], settings: Settings, exercise_id: str, defines: str
) -> None:
    result = grade(bank[exercise_id], seed_cell(defines), Mode.submit, settings)
    assert result.verdict == Verdict.accepted, render_report(result)


@pytest.mark.parametrize(
    ("exercise_id", "wrong"),
    [
        (
            "group_and_average",
            "def group_and_average(results, group_key='geometry', value_key='error'):\n"
            "    return {r[group_key]: r[value_key] for r in results}\n",
        ),
        (
            "pairwise_distances",
            "import torch\n\ndef pairwise_distances(x, y):\n    return x @ y.T\n",
        ),
        (
            "simulation_result",
            "class SimulationResult:\n"
            "    def __init__(self, name, s_params, freq_ghz):\n"
            "        self.name = name\n",
        ),
    ],
)
def test_plainly_wrong_solution_is_rejected(
    bank: dict[str, Exercise], settings: Settings, exercise_id: str, wrong: str
) -> None:
    result = grade(bank[exercise_id], wrong, Mode.submit, settings)
    assert result.verdict in (Verdict.wrong_answer, Verdict.runtime_error), render_report(result)
