"""The Docker deployment files agree with the code: docker-compose.yml, both Dockerfiles,
.env.example and docs/deploy.md. No Docker engine is needed: the files are parsed and
checked against the real CLI parser and the real Settings class."""

import json
import os
import re
import shlex

import pytest
import yaml
from packaging.specifiers import SpecifierSet

from app.cli import _parser
from app.settings import REPO_ROOT, Settings

COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
DOCKERFILES = {"cpu": REPO_ROOT / "Dockerfile", "gpu": REPO_ROOT / "Dockerfile.gpu"}
SERVICES = {"redis", "postgres", "api", "worker-cpu", "worker-gpu"}
WORKERS = ("worker-cpu", "worker-gpu")
SECRETS = ("POSTGRES_PASSWORD", "REDIS_PASSWORD")
# What bubblewrap needs inside a container (sandbox/README.md, "Privileges it needs").
SANDBOX_SECURITY_OPT = {"seccomp=unconfined", "apparmor=unconfined", "systempaths=unconfined"}

# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}; defaults
# hold no braces in this file.
VARIABLE = re.compile(r"\$\{(?P<name>\w+)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}")


def compose_text() -> str:
    return COMPOSE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(compose_text())


def interpolate(value: object, env: dict[str, str]) -> object:
    """Compose's variable substitution, for the forms this file uses."""
    if isinstance(value, dict):
        return {key: interpolate(item, env) for key, item in value.items()}
    if isinstance(value, list):
        return [interpolate(item, env) for item in value]
    if not isinstance(value, str):
        return value

    def substitute(match: re.Match[str]) -> str:
        name, op, arg = match["name"], match["op"], match["arg"]
        current = env.get(name)
        missing = current is None or (current == "" and op is not None and op.startswith(":"))
        if op in (":?", "?") and missing:
            raise KeyError(f"{name}: {arg}")
        if op in (":-", "-") and missing:
            return arg
        return current or ""

    return VARIABLE.sub(substitute, value).replace("$$", "$")


def command_argv(service: dict) -> list[str]:
    command = service["command"]
    return shlex.split(command) if isinstance(command, str) else [str(a) for a in command]


def parse_drill(argv: list[str]):
    assert argv[0] == "drill", f"{argv} does not run the drill CLI"
    try:
        return _parser().parse_args(argv[1:])
    except SystemExit:
        pytest.fail(f"the drill CLI rejects {shlex.join(argv)}")


def drill_env(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {key: str(value) for key, value in env.items() if key.startswith("DRILL_")}


def settings_fields() -> set[str]:
    return {f"DRILL_{name.upper()}" for name in Settings.model_fields}


def dockerfile_instructions(path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs: continuation lines joined, comments and heredoc
    bodies left out (a heredoc's body is appended to its instruction's arguments)."""
    instructions: list[tuple[str, str]] = []
    lines = iter(path.read_text(encoding="utf-8").splitlines())
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        while line.endswith("\\"):
            line = line[:-1] + " " + next(lines).strip()
        keyword, _, args = line.strip().partition(" ")
        heredoc = re.search(r"<<-?['\"]?(\w+)['\"]?", args)
        if heredoc:
            body = []
            for inner in lines:
                if inner == heredoc[1]:
                    break
                body.append(inner)
            args += "\n" + "\n".join(body)
        instructions.append((keyword.upper(), args))
    return instructions


def exec_form(args: str) -> list[str]:
    argv = json.loads(args)
    assert isinstance(argv, list), f"not the exec (JSON) form: {args}"
    return argv


# --- docker-compose.yml ----------------------------------------------------------------


def test_compose_file_has_the_five_services(compose: dict) -> None:
    assert set(compose["services"]) == SERVICES


def test_redis_keeps_every_message(compose: dict) -> None:
    redis = compose["services"]["redis"]
    assert redis["image"].startswith("redis:7")
    argv = command_argv(redis)
    assert argv[argv.index("--appendonly") + 1] == "yes"
    assert argv[argv.index("--maxmemory-policy") + 1] == "noeviction"
    assert "redis-cli" in redis["healthcheck"]["test"] and "ping" in redis["healthcheck"]["test"]
    assert any(v.endswith(":/data") for v in redis["volumes"]), "Redis data needs a volume"


def test_postgres_is_16_with_a_volume_and_a_healthcheck(compose: dict) -> None:
    postgres = compose["services"]["postgres"]
    assert postgres["image"].startswith("postgres:16")
    assert any(v.endswith(":/var/lib/postgresql/data") for v in postgres["volumes"])
    assert "pg_isready" in postgres["healthcheck"]["test"]


def test_secrets_have_no_default() -> None:
    text = compose_text()
    for secret in SECRETS:
        uses = [m for m in VARIABLE.finditer(text) if m["name"] == secret]
        assert uses, f"{secret} is not used"
        assert all(m["op"] == ":?" for m in uses), f"{secret} must be ${{{secret}:?...}}"


def test_compose_refuses_to_start_without_the_secrets(compose: dict) -> None:
    for secret in SECRETS:
        env = {s: "x" for s in SECRETS if s != secret}
        with pytest.raises(KeyError, match=secret):
            interpolate(compose, env)


def test_postgres_password_is_the_one_the_app_uses(compose: dict) -> None:
    services = interpolate(compose, {"POSTGRES_PASSWORD": "pg-secret", "REDIS_PASSWORD": "r"})[
        "services"
    ]
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD"] == "pg-secret"
    for name in ("api", *WORKERS):
        url = services[name]["environment"]["DRILL_DATABASE_URL"]
        assert url == "postgresql+psycopg://drill:pg-secret@postgres:5432/drill"
        assert services[name]["environment"]["DRILL_REDIS_URL"] == "redis://:r@redis:6379/0"


def test_every_drill_command_is_accepted_by_the_cli(compose: dict) -> None:
    from app.queue.celery_queue import QUEUES

    built = {name: s for name, s in compose["services"].items() if "build" in s}
    assert set(built) == {"api", *WORKERS}
    commands = {name: parse_drill(command_argv(s)) for name, s in built.items()}
    assert commands["api"].command == "serve"
    assert (commands["api"].host, commands["api"].port) == ("0.0.0.0", 8000)
    assert commands["worker-cpu"].command == commands["worker-gpu"].command == "worker"
    assert commands["worker-cpu"].queues == "cpu" and commands["worker-gpu"].queues == "gpu"
    for name in WORKERS:
        assert set(commands[name].queues.split(",")) <= set(QUEUES)


def test_every_drill_variable_is_a_setting(compose: dict) -> None:
    fields = settings_fields()
    for name, service in compose["services"].items():
        unknown = set(drill_env(service)) - fields
        assert not unknown, f"{name} sets {sorted(unknown)}, which app/settings.py does not read"


def test_each_service_environment_makes_valid_settings(
    compose: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = interpolate(compose, {s: "secret" for s in SECRETS})["services"]
    for name in ("api", *WORKERS):
        with monkeypatch.context() as patch:
            for key in [k for k in os.environ if k.startswith("DRILL_")]:
                patch.delenv(key)
            for key, value in drill_env(services[name]).items():
                patch.setenv(key, value)
            settings = Settings()
        assert settings.redis_url and settings.database_url.startswith("postgresql+psycopg://")
        assert str(settings.data_dir) == "/var/lib/drill"
    assert services["worker-gpu"]["environment"]["DRILL_DEVICE"] == "cuda"
    assert services["worker-cpu"]["environment"]["DRILL_DEVICE"] == "cpu"


def test_api_publishes_8000_and_checks_its_health_endpoint(compose: dict) -> None:
    api = interpolate(compose, {s: "x" for s in SECRETS})["services"]["api"]
    assert "8000:8000" in api["ports"]
    assert any("http://127.0.0.1:8000/api/v1/health" in part for part in api["healthcheck"]["test"])
    for dependency in ("redis", "postgres"):
        assert api["depends_on"][dependency]["condition"] == "service_healthy"


def test_worker_gpu_reserves_an_nvidia_gpu(compose: dict) -> None:
    worker = compose["services"]["worker-gpu"]
    assert worker["build"]["dockerfile"] == "Dockerfile.gpu"
    devices = worker["deploy"]["resources"]["reservations"]["devices"]
    assert any(
        d["driver"] == "nvidia"
        and "gpu" in d["capabilities"]
        and (d.get("count") == "all" or int(d.get("count", 0)) >= 1 or d.get("device_ids"))
        for d in devices
    )


def test_workers_get_the_sandbox_privileges_and_the_api_none(compose: dict) -> None:
    services = compose["services"]
    for name in WORKERS:
        assert set(services[name]["security_opt"]) >= SANDBOX_SECURITY_OPT, name
        assert services[name]["cap_add"] == ["SYS_ADMIN"], name
    for name, service in services.items():
        assert not service.get("privileged"), f"{name} must not be privileged"
        if name not in WORKERS:
            assert not service.get("security_opt") and not service.get("cap_add"), name


# --- Dockerfiles ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", DOCKERFILES)
def test_dockerfile_pins_torch_installs_bubblewrap_and_runs_drill(kind: str) -> None:
    instructions = dockerfile_instructions(DOCKERFILES[kind])
    runs = [args for keyword, args in instructions if keyword == "RUN"]
    assert any("apt-get install" in r and "bubblewrap" in r for r in runs)

    torch_runs = [i for i, r in enumerate(runs) if "torch==2.13.0" in r and "pip install" in r]
    drill_runs = [i for i, r in enumerate(runs) if re.search(r"pip install .*-e \.", r)]
    assert torch_runs and drill_runs and torch_runs[0] < drill_runs[0], (
        "torch must be installed, pinned, before Drill"
    )
    torch_install = runs[torch_runs[0]]
    if kind == "cpu":
        assert "--index-url https://download.pytorch.org/whl/cpu" in torch_install
    else:
        assert "--index-url" in torch_install
        args = dict(a.split("=", 1) for k, a in instructions if k == "ARG" and "=" in a)
        assert re.fullmatch(r"https://download\.pytorch\.org/whl/cu\d+", args["TORCH_INDEX_URL"])

    cmd = [exec_form(a) for k, a in instructions if k == "CMD"]
    assert len(cmd) == 1
    args = parse_drill(cmd[0])
    assert args.command == ("serve" if kind == "cpu" else "worker")
    entrypoint = [exec_form(a) for k, a in instructions if k == "ENTRYPOINT"]
    assert entrypoint == [["/usr/local/bin/drill-entrypoint"]]


@pytest.mark.parametrize("kind", DOCKERFILES)
def test_dockerfile_python_satisfies_pyproject(kind: str) -> None:
    pyproject = (REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    requires = re.search(r'^requires-python = "(.+)"', pyproject, re.M)[1]
    # The last stage is the image; earlier ones (the front-end build) only feed it.
    base = [a for k, a in dockerfile_instructions(DOCKERFILES[kind]) if k == "FROM"][-1]
    version = re.fullmatch(r"python:(\d+\.\d+)-slim-\w+", base.split()[0])
    assert version, f"unexpected base image {base}"
    assert SpecifierSet(requires).contains(f"{version[1]}.0"), (base, requires)


def entrypoint_script(path) -> str:
    for keyword, args in dockerfile_instructions(path):
        if keyword == "COPY" and args.split("\n", 1)[0].endswith("/usr/local/bin/drill-entrypoint"):
            return args.split("\n", 1)[1]
    raise AssertionError(f"{path.name} does not write /usr/local/bin/drill-entrypoint")


def test_both_images_share_one_entrypoint_that_runs_the_command() -> None:
    cpu, gpu = (entrypoint_script(path) for path in DOCKERFILES.values())
    assert cpu == gpu
    assert cpu.startswith("#!/bin/sh\n")
    assert cpu.rstrip().endswith('exec "$@"')


@pytest.mark.parametrize("kind", DOCKERFILES)
def test_drill_variables_in_dockerfiles_are_settings(kind: str) -> None:
    env = " ".join(a for k, a in dockerfile_instructions(DOCKERFILES[kind]) if k == "ENV")
    names = set(re.findall(r"\b(DRILL_\w+)=", env))
    assert names and names <= settings_fields(), names - settings_fields()


# --- .dockerignore, .env.example, docs --------------------------------------------------


def test_dockerignore_keeps_secrets_and_local_state_out_of_the_images() -> None:
    ignored = set((REPO_ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".env", ".venv", ".git", "data"} <= ignored
    assert not {"README.md", "pyproject.toml", "app", "sandbox", "exercises"} & ignored


def test_env_example_names_every_variable_and_holds_no_secret() -> None:
    example = (REPO_ROOT / ".env.example").read_text(encoding="utf-8")
    for name in {m["name"] for m in VARIABLE.finditer(compose_text())}:
        assert re.search(rf"^#?{name}=", example, re.M), f".env.example does not mention {name}"
    for secret in SECRETS:
        assert re.search(rf"^{secret}=$", example, re.M), f"{secret} must be set, and empty"


def test_deploy_doc_explains_each_privilege_and_the_commands(compose: dict) -> None:
    doc = (REPO_ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    for option in [*SANDBOX_SECURITY_OPT, "SYS_ADMIN", "--privileged"]:
        assert option in doc, f"docs/deploy.md does not explain {option}"
    assert "docker compose up -d" in doc
    assert "--scale worker-cpu=4" in doc
    assert "--no-deps" in doc


def test_both_images_build_the_front_end_they_serve() -> None:
    for name in ("Dockerfile", "Dockerfile.gpu"):
        text = (REPO_ROOT / name).read_text()
        assert "FROM node:20-bookworm-slim AS frontend" in text, name
        assert "RUN npm ci" in text and "RUN npm run build" in text, name
        assert "COPY --from=frontend /src/frontend/dist /app/frontend/dist" in text, name
