"""The README's examples work as written."""

import json
import re
import subprocess

from support import LiveServer

from app.settings import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def readme_block(marker: str) -> str:
    match = re.search(rf"<!-- readme-test: {marker} -->\n```bash\n(.*?)```", README, re.S)
    assert match, f"README has no bash block marked {marker!r}"
    return match.group(1)


def test_curl_example_submits_and_gets_an_accepted_verdict(live_server: LiveServer) -> None:
    # The one change: the port, so the test never collides with a server on 8000.
    script = readme_block("curl-submit").replace("127.0.0.1:8000", f"127.0.0.1:{live_server.port}")
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    submission = json.loads(done.stdout)
    assert submission["status"] == "done"
    assert submission["verdict"] == "accepted", submission
    assert any(t["hidden"] for t in submission["tests"])
    assert submission["timings"]["run_ms"] > 0


def test_readme_and_ci_run_the_same_test_command() -> None:
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "```bash\nmake test\n```" in README
    assert "\nmake test\n" in ci


def test_grade_example_shows_a_double_loop_stopped_by_the_benchmark() -> None:
    script = readme_block("grade-benchmark")
    done = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, timeout=120, cwd=REPO_ROOT
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("benchmarks on cpu (")
    assert lines[2].split()[0] == "n4096_d64" and lines[2].split()[-1] == "STOPPED"
    assert "at least" in lines[3] and "the reference" in lines[3]
    assert lines[4].startswith("timings: run ")
