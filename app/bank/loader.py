"""Reads and strictly validates the exercise bank on disk.

A bank with any problem refuses to load as a whole: a half-valid bank would serve
exercises whose tests cannot be trusted. Every problem is reported at once, each
naming the file and the field, so an author fixes them in one pass.
"""

import ast
import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from app.bank.models import Exercise, Metadata, TestSource

EXERCISE_ID = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
REQUIRED_FILES = (
    "exercise.toml",
    "prompt.md",
    "starter.py",
    "reference.py",
    "tests_public.py",
    "tests_hidden.py",
    "notes.md",
)


class ExerciseFormatError(Exception):
    """The bank on disk is invalid; `problems` lists every finding as 'path: message'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            "the exercise bank is invalid:\n" + "\n".join(f"  - {p}" for p in problems)
        )


def load_bank(*roots: Path) -> dict[str, Exercise]:
    """Load every exercise folder under each root, keyed by id, in id order.

    More than one root serves a private bank next to the built-in one; an id used
    in two roots is an error rather than one silently hiding the other.
    """
    problems: list[str] = []
    found: dict[str, Exercise] = {}
    for root in roots:
        if not root.is_dir():
            problems.append(f"{root}: exercises directory does not exist")
            continue
        for folder in sorted(p for p in root.iterdir() if p.is_dir()):
            if folder.name.startswith((".", "_")):
                continue
            errors: list[str] = []
            exercise = _load_exercise(folder, errors)
            problems.extend(errors)
            if exercise is None or errors:
                continue
            if exercise.id in found:
                problems.append(
                    f"{folder}: exercise id {exercise.id!r} is also defined in "
                    f"{found[exercise.id].path}"
                )
                continue
            found[exercise.id] = exercise
    if problems:
        raise ExerciseFormatError(problems)
    if not found:
        raise ExerciseFormatError([f"{', '.join(map(str, roots))}: contains no exercises"])
    return dict(sorted(found.items()))


def _load_exercise(folder: Path, problems: list[str]) -> Exercise | None:
    if not EXERCISE_ID.match(folder.name):
        problems.append(
            f"{folder}: folder name is the exercise id and must match {EXERCISE_ID.pattern}"
        )
        return None
    missing = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
    problems.extend(f"{folder / name}: required file is missing" for name in missing)
    if missing or _undecodable(folder, problems):
        return None

    meta = _load_metadata(folder / "exercise.toml", problems)
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in REQUIRED_FILES}
    for name in ("starter.py", "reference.py"):
        _check_syntax(folder / name, texts[name], problems)
    mutants = _load_solutions(folder / "mutants", problems, required=True)
    alternatives = _load_solutions(folder / "alternatives", problems, required=False)
    if meta is None:
        return None

    public = _test_functions(folder / "tests_public.py", texts["tests_public.py"], meta, problems)
    hidden = _test_functions(folder / "tests_hidden.py", texts["tests_hidden.py"], meta, problems)
    benchmarks_code, baseline_code = _load_benchmarks(folder, meta, problems)
    clashes = {t.name for t in public} & {t.name for t in hidden}
    if clashes:
        problems.append(
            f"{folder / 'tests_hidden.py'}: test names also used in tests_public.py: "
            + ", ".join(sorted(clashes))
        )
    return Exercise(
        id=folder.name,
        path=folder,
        meta=meta,
        prompt_markdown=texts["prompt.md"],
        starter_code=texts["starter.py"],
        reference_code=texts["reference.py"],
        public_tests_code=texts["tests_public.py"],
        hidden_tests_code=texts["tests_hidden.py"],
        notes_markdown=texts["notes.md"],
        public_tests=public,
        hidden_test_names=[t.name for t in hidden],
        mutants=mutants,
        alternatives=alternatives,
        benchmarks_code=benchmarks_code,
        baseline_code=baseline_code,
    )


def _undecodable(folder: Path, problems: list[str]) -> bool:
    """Name every file that is not UTF-8 here, so no later read fails with a traceback."""
    found = False
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".py", ".md", ".toml") or not path.is_file():
            continue
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(f"{path}: not valid UTF-8 (byte {exc.start}); save it as UTF-8")
            found = True
    return found


def _load_benchmarks(folder: Path, meta: Metadata, problems: list[str]) -> tuple[str, str | None]:
    """benchmarks.py (input generators) is required exactly when exercise.toml has a
    [benchmark] table; baseline.py (a correct but naive solution) is optional."""
    path, baseline_path = folder / "benchmarks.py", folder / "baseline.py"
    baseline = baseline_path.read_text(encoding="utf-8") if baseline_path.is_file() else None
    if baseline is not None:
        _check_syntax(baseline_path, baseline, problems)
    spec = meta.benchmark
    if spec is None:
        for stray in (path, baseline_path):
            if stray.is_file():
                problems.append(f"{stray}: exercise.toml has no [benchmark] table to use it")
        return "", None
    if not path.is_file():
        problems.append(f"{path}: required by the [benchmark] table in exercise.toml")
        return "", baseline
    text = path.read_text(encoding="utf-8")
    tree = _check_syntax(path, text, problems)
    defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)} if tree else set()
    names = [case.name for case in spec.cases]
    if len(set(names)) != len(names):
        problems.append(f"{folder / 'exercise.toml'}: benchmark case names must be unique")
    for case in spec.cases:
        if tree is not None and case.inputs not in defined:
            problems.append(f"{path}: defines no function {case.inputs!r} (case {case.name!r})")
        if case.entry is not None and case.entry not in meta.entry_points:
            problems.append(
                f"{folder / 'exercise.toml'}: benchmark case {case.name!r}: entry "
                f"{case.entry!r} is not one of the entry_points {meta.entry_points}"
            )
    return text, baseline


def _load_metadata(path: Path, problems: list[str]) -> Metadata | None:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path}: not valid TOML: {exc}")
        return None
    try:
        return Metadata.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            field = ".".join(str(part) for part in err["loc"]) or "(top level)"
            problems.append(f"{path}: field '{field}': {err['msg']}")
        return None


def _check_syntax(path: Path, text: str, problems: list[str]) -> ast.Module | None:
    try:
        return ast.parse(text, filename=str(path))
    except SyntaxError as exc:
        problems.append(f"{path}: line {exc.lineno}: syntax error: {exc.msg}")
        return None


def _load_solutions(folder: Path, problems: list[str], *, required: bool) -> dict[str, str]:
    """Whole solutions by file stem: mutants (wrong, required) or alternatives (correct)."""
    files = sorted(folder.glob("*.py")) if folder.is_dir() else []
    if required and not files:
        problems.append(
            f"{folder}: needs at least one wrong solution (mutant) that the hidden tests reject"
        )
    solutions = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        _check_syntax(path, text, problems)
        solutions[path.stem] = text
    return solutions


def _test_functions(path: Path, text: str, meta: Metadata, problems: list[str]) -> list[TestSource]:
    """Top-level `test_*` functions whose parameters name the submission's entry points."""
    tree = _check_syntax(path, text, problems)
    if tree is None:
        return []
    lines = text.splitlines()
    tests = []
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test_")):
            continue
        params = [a.arg for a in node.args.args + node.args.kwonlyargs]
        unknown = [p for p in params if p not in meta.entry_points]
        if unknown:
            problems.append(
                f"{path}: {node.name}: parameters {unknown} are not entry points "
                f"(declared entry_points: {meta.entry_points})"
            )
        first = min([d.lineno for d in node.decorator_list] + [node.lineno])
        code = "\n".join(lines[first - 1 : node.end_lineno])
        tests.append(TestSource(name=node.name, code=code))
    if not tests:
        problems.append(f"{path}: defines no test_* functions")
    return tests
