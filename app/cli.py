"""The `drill` command line: serve the app, grade a file, check the exercise bank.

Exit codes: 0 success (for `grade`: accepted), 1 the thing checked failed (a
verdict other than accepted, an invalid bank), 2 the command was used wrongly
(unknown exercise, missing file, bad option) — so scripts can tell "your code is
wrong" from "you called me wrong".
"""

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from app.bank import Exercise, ExerciseFormatError, load_bank
from app.grading.result import GradeResult, Mode, Verdict
from app.logging_setup import configure_logging
from app.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Reported as `drill: <message>` with exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except UsageError as exc:
        print(f"drill: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `drill grade ... | head` closed the pipe: not an error
        sys.stderr.close()
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="drill", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser(
        "serve", help="run the web server (Celery when DRILL_REDIS_URL is set, else in-process)"
    )
    serve.add_argument("--host", help="address to bind (default: DRILL_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: DRILL_PORT or 8000)")
    serve.add_argument("--workers", type=int, help="grading threads (default: DRILL_WORKERS)")
    serve.set_defaults(handler=_serve)

    worker = commands.add_parser("worker", help="run a Celery grading worker (needs Redis)")
    worker.add_argument(
        "--queues",
        default=None,
        help="comma-separated queues to consume: cpu, gpu (default: gpu on a GPU machine, "
        "else cpu)",
    )
    worker.add_argument(
        "--concurrency", type=int, help="gradings at once (default: DRILL_WORKERS)"
    )
    worker.set_defaults(handler=_worker)

    submit = commands.add_parser("submit", help="grade a file on a Drill server (for CI)")
    submit.add_argument("file", type=Path, metavar="FILE", help="Python file to grade")
    submit.add_argument("--exercise", required=True, metavar="ID", help="exercise id")
    submit.add_argument(
        "--server",
        default=os.environ.get("DRILL_SERVER", "http://127.0.0.1:8000"),
        help="server URL (default: DRILL_SERVER or http://127.0.0.1:8000)",
    )
    submit.add_argument(
        "--key", default=os.environ.get("DRILL_API_KEY"), help="API key (default: DRILL_API_KEY)"
    )
    submit.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.submit.value)
    submit.add_argument(
        "--wait", action="store_true", help="wait for the verdict however long it takes"
    )
    submit.add_argument("--format", choices=["table", "json", "junit"], default="table")
    submit.set_defaults(handler=_submit)

    keys_parser = commands.add_parser("keys", help="API keys for programs")
    key_commands = keys_parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = key_commands.add_parser("create", help="create a key; prints it on the last line")
    create.add_argument("--name", required=True, help="who or what uses it, e.g. ci-course-101")
    create.add_argument(
        "--scopes", default="submit,read", help="comma-separated: submit, read, sessions"
    )
    create.set_defaults(handler=_create_key)
    key_commands.add_parser("list", help="list keys (never the keys themselves)").set_defaults(
        handler=_list_keys
    )
    revoke = key_commands.add_parser("revoke", help="revoke a key by name")
    revoke.add_argument("name")
    revoke.set_defaults(handler=_revoke_key)

    grade = commands.add_parser("grade", help="grade a file locally and print the report")
    grade.add_argument("--exercise", required=True, metavar="ID", help="exercise id")
    grade.add_argument("file", type=Path, metavar="FILE", help="Python file to grade")
    grade.add_argument(
        "--mode",
        choices=[m.value for m in Mode],
        default=Mode.submit.value,
        help="run: public tests only; submit (default): public + hidden",
    )
    grade.add_argument("--json", action="store_true", help="print the result as JSON")
    grade.set_defaults(handler=_grade)

    exercises = commands.add_parser("exercises", help="work with the exercise bank")
    exercise_commands = exercises.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = exercise_commands.add_parser(
        "check", help="validate the bank and grade every reference, starter and mutant"
    )
    check.add_argument("ids", nargs="*", metavar="ID", help="only these exercises")
    check.set_defaults(handler=_check_exercises)
    new = exercise_commands.add_parser("new", help="scaffold a new exercise folder")
    new.add_argument("id", metavar="ID", help="the exercise id (the folder name)")
    new.add_argument(
        "--dir", type=Path, help="bank directory (default: DRILL_EXERCISES_DIR)"
    )
    new.set_defaults(handler=_new_exercise)
    return parser


def _settings(**overrides: object) -> Settings:
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise UsageError(f"invalid settings: {problems}") from None


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.main import create_app

    settings = _settings(host=args.host, port=args.port, workers=args.workers)
    # uvicorn configures only its own loggers; the app's (recovery, grading errors) need this.
    configure_logging()
    try:
        load_bank(*settings.exercise_dirs)  # fail before binding the port, with a clear message
    except ExerciseFormatError as exc:
        print(f"drill: cannot start: {exc}", file=sys.stderr)
        return EXIT_FAILED
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port)
    return EXIT_OK


def _worker(args: argparse.Namespace) -> int:
    from app.queue.worker import GradingWorker
    from sandbox.device import detect_device

    settings = _settings(workers=args.concurrency)
    if settings.redis_url is None:
        raise UsageError(
            "drill worker needs Redis: set DRILL_REDIS_URL, e.g. redis://127.0.0.1:6379/0"
        )
    device = detect_device() if settings.device == "auto" else settings.device
    chosen = args.queues or ("gpu" if device == "cuda" else "cpu")
    queues = [q.strip() for q in chosen.split(",") if q.strip()]
    configure_logging()
    try:
        worker = GradingWorker(settings, queues, settings.workers)
    except ExerciseFormatError as exc:
        print(f"drill: cannot start: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    worker.run()
    return EXIT_OK


def _submit(args: argparse.Namespace) -> int:
    import json

    from app.client import ClientError, as_table, junit_of, submit_file

    code = _read_code(args.file)
    try:
        submission = submit_file(
            server=args.server, key=args.key, exercise=args.exercise, code=code,
            mode=args.mode, wait_forever=args.wait,
        )  # fmt: skip
        if args.format == "json":
            print(json.dumps(submission, indent=2))
        elif args.format == "junit" and submission["status"] == "done":
            print(junit_of(args.server, args.key, submission["id"]))
        else:
            print(as_table(submission))
    except ClientError as exc:
        raise UsageError(str(exc)) from None
    return EXIT_OK if submission.get("verdict") == Verdict.accepted else EXIT_FAILED


def _key_store():  # type: ignore[no-untyped-def]
    from app.db import create_db_engine, create_session_factory, init_db

    engine = create_db_engine(_settings())
    init_db(engine)
    return create_session_factory(engine)


def _create_key(args: argparse.Namespace) -> int:
    from app.auth import keys

    scopes = [s.strip() for s in args.scopes.split(",") if s.strip()]
    try:
        with _key_store().begin() as db:
            key = keys.create(db, args.name, scopes)
    except keys.KeyError_ as exc:
        raise UsageError(str(exc)) from None
    print(f"created key {args.name!r} with scopes {', '.join(sorted(set(scopes)))}")
    print("it is shown only now; send it as `Authorization: Bearer <key>`:")
    print(key)
    return EXIT_OK


def _list_keys(args: argparse.Namespace) -> int:
    from app.auth import keys

    with _key_store()() as db:
        rows = keys.listing(db)
    for row in rows:
        state = f"revoked {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "active"
        print(f"{row.name:<30} {','.join(row.scopes):<24} {row.created_at:%Y-%m-%d}  {state}")
    if not rows:
        print("no keys; create one with `drill keys create --name NAME`")
    return EXIT_OK


def _revoke_key(args: argparse.Namespace) -> int:
    from app.auth import keys

    try:
        with _key_store().begin() as db:
            keys.revoke(db, args.name)
    except keys.KeyError_ as exc:
        raise UsageError(str(exc)) from None
    print(f"revoked {args.name!r}")
    return EXIT_OK


def _grade(args: argparse.Namespace) -> int:
    from app.grading import grade, render_report

    settings = _settings()
    exercise = _find_exercise(settings, args.exercise)
    code = _read_code(args.file)
    result = grade(exercise, code, Mode(args.mode), settings)
    print(result.model_dump_json(indent=2) if args.json else render_report(result))
    return EXIT_OK if result.verdict == Verdict.accepted else EXIT_FAILED


def _find_exercise(settings: Settings, exercise_id: str) -> Exercise:
    try:
        bank = load_bank(*settings.exercise_dirs)
    except ExerciseFormatError as exc:
        raise UsageError(str(exc)) from None
    if exercise_id not in bank:
        raise UsageError(f"unknown exercise '{exercise_id}'; available: {', '.join(bank)}")
    return bank[exercise_id]


def _read_code(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, expected a Python file") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text (byte offset {exc.start})") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror}") from None


def _new_exercise(args: argparse.Namespace) -> int:
    from app.bank.scaffold import ScaffoldError, scaffold

    root = args.dir or _settings().exercises_dir
    try:
        folder = scaffold(root, args.id)
    except ScaffoldError as exc:
        raise UsageError(str(exc)) from None
    print(f"created {folder}")
    print(f"fill in every file, then run: drill exercises check {args.id}")
    return EXIT_OK


def _check_exercises(args: argparse.Namespace) -> int:
    from app.grading import check_bank
    from app.grading.bank_check import summarize
    from app.grading.pool import start_pool, stop_pool

    settings = _settings()
    try:
        bank = load_bank(*settings.exercise_dirs)
    except ExerciseFormatError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILED
    unknown = [i for i in args.ids if i not in bank]
    if unknown:
        raise UsageError(f"unknown exercise(s) {', '.join(unknown)}; available: {', '.join(bank)}")
    if args.ids:
        bank = {i: bank[i] for i in args.ids}

    def progress(label: str, result: GradeResult, ok: bool) -> None:
        timed = ", ".join(
            f"{b.name} {b.status.value}"
            + ("" if b.ratio is None else f" {'>=' if b.status == 'stopped' else ''}{b.ratio:.2f}x")
            for b in result.benchmarks
        )
        shown = f" [{timed}]" if timed else ""
        print(f"{'ok  ' if ok else 'FAIL'} {label}: {result.verdict.value}{shown}", flush=True)

    pool = start_pool(settings, wait=True)
    try:
        problems = check_bank(bank, settings, progress=progress)
    finally:
        stop_pool(pool)
    print()
    for problem in problems:
        print(problem)
    print(summarize(bank, problems))
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return EXIT_FAILED
    print(f"OK: {len(bank)} exercises checked")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
