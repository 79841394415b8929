"""`drill exercises new ID`: a new exercise folder that loads and says what to fill in.

The scaffold is deliberately unfinished in a way `drill exercises check` notices: its
starter and reference are the same placeholder and it has one mutant, so the check
fails (the starter must not pass; three mutants are needed) until the author is done.
"""

from pathlib import Path

from app.bank.loader import EXERCISE_ID


class ScaffoldError(ValueError):
    """The id is invalid or already taken."""


def _files(exercise_id: str) -> dict[str, str]:
    title = exercise_id.replace("_", " ").capitalize()
    name = exercise_id
    return {
        "exercise.toml": f'''title = "{title}"
difficulty = "easy"          # easy | medium | hard
kind = "function"            # function | class | debugging
tags = ["python"]
summary = "One sentence that says what the candidate builds."
estimated_minutes = 10
entry_points = ["{name}"]
hints = [
  "A first nudge.",
  "A stronger hint.",
]
''',
        "prompt.md": f"""# {title}

Describe the task in your own words: inputs, output, edge cases, errors to raise.

## Example

```python
>>> {name}([1, 2, 3])
6
```

## Tolerance

Say how results are compared: exactly, or within rtol/atol for each dtype.
""",
        "starter.py": f'''def {name}(values):
    """Describe the contract here; the candidate fills in the body."""
    return None
''',
        "reference.py": f'''def {name}(values):
    """The correct solution: write it, then run `drill exercises check {name}`."""
    return None
''',
        "tests_public.py": f'''def test_example({name}):
    return {name}([1, 2, 3])
''',
        "tests_hidden.py": f'''from drill_checks import compare


@compare(rtol=1e-7, atol=1e-7)
def test_empty_input({name}):
    return {name}([])
''',
        "notes.md": """# Notes: {title}

## The idea

The concept behind the exercise.

## Pitfalls

- The mistakes candidates really make (each one a mutant).

## What an interviewer might ask next

- A follow-up question that goes one step further.
""".replace("{title}", title),
        "mutants/returns_constant.py": f'''"""Returns a constant instead of computing anything."""


def {name}(values):
    return 0
''',
    }


def scaffold(root: Path, exercise_id: str) -> Path:
    if not EXERCISE_ID.match(exercise_id):
        raise ScaffoldError(
            f"{exercise_id!r} is not a valid exercise id (lowercase letters, digits and "
            f"underscores, starting with a letter: {EXERCISE_ID.pattern})"
        )
    folder = root / exercise_id
    if folder.exists():
        raise ScaffoldError(f"{folder} already exists")
    for relative, text in _files(exercise_id).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder
