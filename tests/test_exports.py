"""A finished submission as JUnit XML and as Exercism's results.json (v3)."""

from xml.etree import ElementTree as ET

from fastapi.testclient import TestClient
from support import reference_code

EXERCISE = "group_and_average"
FLOOR_DIVISION = (
    "def group_and_average(results, group_key='geometry', value_key='error'):\n"
    "    groups = {}\n"
    "    for r in results:\n"
    "        groups.setdefault(r[group_key], []).append(r[value_key])\n"
    "    return {k: sum(v) // len(v) for k, v in groups.items()}\n"
)


def finished(client: TestClient, code: str, mode: str = "submit") -> dict:
    body = {"exercise_id": EXERCISE, "code": code, "mode": mode}
    response = client.post("/api/v1/submissions", json=body, params={"wait": 30})
    assert response.status_code == 200, response.text
    return response.json()


def test_junit_lists_every_test_and_marks_failures(client: TestClient) -> None:
    submission = finished(client, FLOOR_DIVISION)
    response = client.get(f"/api/v1/submissions/{submission['id']}/junit.xml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    suite = ET.fromstring(response.content)
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [t["name"] for t in submission["tests"]]
    failed = {t["name"] for t in submission["tests"] if t["status"] == "failed"}
    assert failed and {c.get("name") for c in cases if c.find("failure") is not None} == failed
    assert suite.get("tests") == str(len(cases)) and suite.get("failures") == str(len(failed))
    verdict = suite.find("properties/property[@name='verdict']")
    assert verdict is not None and verdict.get("value") == "wrong_answer"


def test_junit_counts_benchmarks_as_test_cases(client: TestClient) -> None:
    submission = finished(client, reference_code(EXERCISE))
    suite = ET.fromstring(client.get(f"/api/v1/submissions/{submission['id']}/junit.xml").content)
    benchmarks = [c for c in suite.findall("testcase") if c.get("classname").endswith(".benchmark")]
    assert [c.get("name") for c in benchmarks] == [b["name"] for b in submission["benchmarks"]]
    assert suite.get("failures") == "0"


def test_results_json_follows_exercism_v3_and_hides_hidden_test_code(client: TestClient) -> None:
    submission = finished(client, FLOOR_DIVISION)
    results = client.get(f"/api/v1/submissions/{submission['id']}/results.json").json()
    assert (results["version"], results["status"]) == (3, "fail")
    assert results["message"] == submission["message"]
    by_name = {t["name"]: t for t in results["tests"]}
    for test in submission["tests"]:
        entry = by_name[test["name"]]
        assert set(entry) >= {"name", "status", "message", "output"}
        assert entry["status"] == ("pass" if test["status"] == "passed" else "fail")
        if test["hidden"]:
            assert "test_code" not in entry
        else:
            assert entry["test_code"].startswith(f"def {test['name']}(")
    passed = finished(client, reference_code(EXERCISE))
    results = client.get(f"/api/v1/submissions/{passed['id']}/results.json").json()
    assert (results["status"], results["message"]) == ("pass", None)
    assert results["drill_benchmarks"][0]["name"] == passed["benchmarks"][0]["name"]
