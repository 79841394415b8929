"""The seed notebook's own solutions are accepted through the API; plainly wrong ones not.

The notebook lives outside the repository (../shared/seed/); its code is read at
test time and never copied into the project. Only its imports, function and class
definitions are submitted: the cells' demo code (prints, training runs) is dropped.
"""

import ast
import re

import pytest
from fastapi.testclient import TestClient
from support import wait_until

from app.settings import REPO_ROOT

SEED_DIR = REPO_ROOT.parent / "shared" / "seed"
CELL = re.compile(r"^In \[[^\]]*\]:\n(.*?)(?=^In \[|^---$|^#{2,4} |\Z)", re.S | re.M)
DEFINITIONS = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef)

# exercise id -> the names whose (last) definitions in the notebook make the solution
SEED_EXERCISES = {
    "group_and_average": ["group_and_average"],
    "batch_reader": ["batch_reader"],
    "simulation_result": ["SimulationResult"],
    "timer": ["timer"],
    "validate_config": ["validate_config"],
    "pairwise_distances": ["pairwise_distances"],
    "gather_scatter_demo": ["gather_scatter_demo"],
    "filter_simulation_data": ["filter_simulation_data"],
    "per_sample_relative_l2": ["per_sample_relative_l2"],
    "per_sample_normalize": ["per_sample_normalize"],
    "simulation_dataset": ["SimulationDataset", "collate_variable_size"],
    "train_model": ["train_model"],
    "surrogate_mlp": ["SurrogateMLP"],
    "count_parameters": ["count_parameters"],
    "predict_with_uncertainty": ["predict_with_uncertainty"],
}


def notebook_cells() -> list[ast.Module]:
    notebooks = sorted(SEED_DIR.glob("*.txt"))
    assert notebooks, f"the seed notebook is expected in {SEED_DIR} (shared/ beside the checkout)"
    cells = []
    for text in CELL.findall(notebooks[0].read_text()):
        try:
            cells.append(ast.parse(text))
        except SyntaxError:
            continue  # a markdown fragment caught between cells
    return cells


def seed_solution(names: list[str]) -> str:
    """The notebook's imports, then the last definition of each name (with its helpers
    from the same cell), as one module."""
    cells = notebook_cells()
    imports = [
        n for cell in cells for n in cell.body if isinstance(n, (ast.Import, ast.ImportFrom))
    ]
    chosen: list[ast.stmt] = []
    for name in names:
        defining = [
            cell for cell in cells
            if any(getattr(n, "name", None) == name for n in cell.body)
        ]  # fmt: skip
        assert defining, f"the seed notebook defines no {name!r}"
        chosen += [n for n in defining[-1].body if isinstance(n, DEFINITIONS) and n not in chosen]
    return ast.unparse(ast.Module(body=imports + chosen, type_ignores=[]))


def submit(client: TestClient, exercise_id: str, code: str) -> dict:
    """Submit and read the verdict, waiting past one `?wait=` on a slow machine."""
    response = client.post(
        "/api/v1/submissions",
        params={"wait": 30},
        json={"exercise_id": exercise_id, "code": code, "mode": "submit"},
    )
    assert response.status_code in (200, 202), response.text
    url = f"/api/v1/submissions/{response.json()['id']}"

    def finished() -> dict | None:
        submission = client.get(url).json()
        return submission if submission["status"] == "done" else None

    return wait_until(finished, 300, f"{exercise_id} to be graded")


@pytest.mark.parametrize("exercise_id", list(SEED_EXERCISES))
def test_seed_solution_is_accepted_through_the_api(client: TestClient, exercise_id: str) -> None:
    submission = submit(client, exercise_id, seed_solution(SEED_EXERCISES[exercise_id]))
    failing = [t for t in submission["tests"] if t["status"] != "passed"]
    assert submission["verdict"] == "accepted", (submission["message"], failing[:3])


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
    client: TestClient, exercise_id: str, wrong: str
) -> None:
    submission = submit(client, exercise_id, wrong)
    assert submission["verdict"] in ("wrong_answer", "runtime_error"), submission["message"]
