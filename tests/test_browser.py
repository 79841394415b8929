"""The practice page in a real browser: Chromium driven by Playwright against `drill serve`.

The page is the bundle in frontend/dist (`npm ci && npm run build` in frontend/, which
`make setup` runs). Code goes into the editor through the keyboard: select-all, then
the text inserted as one input event (as a paste would), so CodeMirror's auto-indent
does not re-indent it. Each test has a fresh browser context, so localStorage (drafts,
progress, hints) starts empty. Grading is real: the sandbox runs every submission.
"""

import json
import re
from collections.abc import Iterator

import httpx
import playwright.sync_api as playwright_sync
import pytest
from support import LiveServer, reference_code

from app.settings import REPO_ROOT

Browser = playwright_sync.Browser
Page = playwright_sync.Page
expect = playwright_sync.expect

DOCS = REPO_ROOT / "docs"
EXERCISE = "group_and_average"
GRADING_TIMEOUT_MS = 90_000  # a first submission also runs the reference once

# Averages with `//`: the public test with fractional means fails, the others pass.
WRONG_ANSWER = """def group_and_average(results, group_key="geometry", value_key="error"):
    groups = {}
    for record in results:
        groups.setdefault(record[group_key], []).append(record[value_key])
    return {key: sum(values) // len(values) for key, values in groups.items()}
"""

# Raises from a helper: the traceback names lines 5 and 9 of solution.py.
RUNTIME_ERROR = """def group_and_average(results, group_key="geometry", value_key="error"):
    groups = {}
    for record in results:
        groups.setdefault(record[group_key], []).append(record[value_key])
    return average(groups)


def average(groups):
    return {key: sum(values) / 0 for key, values in groups.items()}
"""

# Prints markup while the module loads: it must come back as text, never as a tag.
MARKUP = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>bold</b>'
PRINTS_MARKUP = f"print({MARKUP!r})\n\n\n" + reference_code(EXERCISE)


@pytest.fixture
def page(browser: Browser, live_server: LiveServer) -> Iterator[Page]:
    """A fresh context (empty localStorage) at 1280×800; fails on any uncaught JS error."""
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 800}, color_scheme="light"
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"uncaught errors in the page: {errors}"


def exercise_api(live_server: LiveServer, exercise_id: str = EXERCISE) -> dict:
    response = httpx.get(f"{live_server.url}/api/v1/exercises/{exercise_id}", timeout=10)
    response.raise_for_status()
    return response.json()


def open_exercise(page: Page, exercise_id: str = EXERCISE) -> None:
    page.goto(f"/exercises/{exercise_id}")
    expect(page.locator(".cm-content")).to_be_visible()


def stored_draft(page: Page, exercise_id: str = EXERCISE) -> str | None:
    text = page.evaluate("id => localStorage.getItem('drill:draft:' + id)", exercise_id)
    return None if text is None else json.loads(text)


def replace_code(page: Page, code: str) -> None:
    """Select all in the editor and put `code` in its place, then wait for the autosave."""
    page.locator(".cm-content").click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.insert_text(code)
    expect(page.locator(".save-state")).to_have_text("Draft saved")
    assert stored_draft(page) == code


def verdict_title(page: Page):  # -> Locator
    return page.locator(".result .verdict-title")


def test_submit_a_correct_solution_is_accepted_with_hidden_tests_marked(
    page: Page, live_server: LiveServer
) -> None:
    detail = exercise_api(live_server)
    public = {test["name"] for test in detail["public_tests"]}

    page.goto("/")
    cards = page.locator(".exercise-card")
    expect(cards.first).to_be_visible()
    total = cards.count()
    assert total == len(httpx.get(f"{live_server.url}/api/v1/exercises").json())
    expect(page.locator(f'.exercise-card[data-id="{EXERCISE}"] .status')).to_have_text("New")
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "screenshot-list.png"))

    page.get_by_label("Search").fill("average one field")
    expect(cards).to_have_count(1)
    expect(page.locator(".count")).to_have_text(f"1 of {total} exercises")
    page.get_by_role("link", name=detail["title"]).click()
    expect(page).to_have_url(f"{live_server.url}/exercises/{EXERCISE}")
    expect(page.get_by_role("heading", level=1)).to_have_text(detail["title"])
    limits = detail["limits"]
    expect(page.locator(".limits")).to_contain_text(f"{limits['memory_mb']} MB")
    expect(page.locator(".limits")).to_have_attribute(
        "title", re.compile(f"{limits['max_processes']} processes/threads")
    )

    replace_code(page, reference_code(EXERCISE))
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(verdict_title(page)).to_have_text("Accepted", timeout=GRADING_TIMEOUT_MS)

    rows = page.locator(".result tr.test")
    names = rows.locator(".test-name code").all_inner_texts()
    assert public <= set(names) and len(names) > len(public)
    for row in rows.all():
        name = row.locator(".test-name code").inner_text()
        expect(row.locator(".test-status")).to_have_text("✓ passed")
        expect(row.locator(".hidden-badge")).to_have_count(0 if name in public else 1)
    if detail["has_benchmarks"]:
        expect(page.locator(".result .benchmark")).to_have_count(len(detail["benchmarks"]))
        expect(page.locator(".result .benchmark svg rect")).to_have_count(
            2 * len(detail["benchmarks"])
        )
    expect(page.locator(".exercise-head .status")).to_have_text("Solved")
    # Solved: the reference solution is revealed without giving up.
    expect(page.locator(".reference-code")).to_contain_text("def group_and_average")

    page.locator(".results").evaluate("node => node.scrollIntoView({block: 'start'})")
    page.screenshot(path=str(DOCS / "screenshot-accepted.png"))

    page.goto("/")
    expect(page.locator(f'.exercise-card[data-id="{EXERCISE}"] .status')).to_have_text("Solved")


def test_a_wrong_answer_shows_the_failing_test_and_its_message(page: Page) -> None:
    open_exercise(page)
    replace_code(page, WRONG_ANSWER)
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(verdict_title(page)).to_have_text("Wrong answer", timeout=GRADING_TIMEOUT_MS)

    failing = page.locator('.result tr.test[data-name="test_three_geometries"]')
    expect(failing.locator(".test-status")).to_have_text("✗ failed")
    expect(failing.locator(".test-message")).to_contain_text("expected 0.4, got 0.0")
    passing = page.locator('.result tr.test[data-name="test_empty_input_gives_empty_dict"]')
    expect(passing.locator(".test-status")).to_have_text("✓ passed")
    expect(page.locator(".exercise-head .status")).to_have_text("Attempted")
    expect(page.locator(".reference-code")).to_have_count(0)


def test_traceback_lines_move_the_editor_cursor(page: Page) -> None:
    open_exercise(page)
    replace_code(page, RUNTIME_ERROR)
    page.get_by_role("button", name="Run", exact=True).click()
    expect(verdict_title(page)).to_have_text("Runtime error", timeout=GRADING_TIMEOUT_MS)

    failing = page.locator('.result tr.test[data-name="test_three_geometries"]')
    expect(failing.locator(".test-status")).to_have_text("✗ error")
    expect(failing.locator(".test-message")).to_contain_text("ZeroDivisionError:")
    traceback = page.locator('.result tr.test-detail[data-name="test_three_geometries"] details')
    expect(traceback).not_to_have_attribute("open", "")  # collapsed until asked for
    expect(traceback.locator("pre")).not_to_be_visible()
    traceback.locator("summary").click()
    for line in (5, 9):
        link = traceback.get_by_role("button", name=f'File "solution.py", line {line}').first
        expect(link).to_be_visible()
        link.click()
        expect(page.locator(".cm-activeLineGutter")).to_have_text(str(line))
        expect(page.locator(".cm-content")).to_be_focused()


def test_the_draft_survives_a_reload(page: Page) -> None:
    open_exercise(page)
    expect(page.locator(".save-state")).to_have_text("Starter code")
    page.locator(".cm-content").click()
    page.keyboard.press("ControlOrMeta+Home")
    page.keyboard.type("# typed by hand: keep me")
    page.keyboard.press("Enter")
    expect(page.locator(".save-state")).to_have_text("Draft saved")

    page.reload()
    expect(page.locator(".cm-line").first).to_have_text("# typed by hand: keep me")
    expect(page.locator(".save-state")).to_have_text("Draft restored")
    assert stored_draft(page).startswith("# typed by hand: keep me\n")

    # Reset asks first; only a yes brings the starter code back.
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Reset").click()
    expect(page.locator(".cm-line").first).to_have_text("# typed by hand: keep me")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset").click()
    expect(page.locator(".save-state")).to_have_text("Starter code")
    expect(page.locator(".cm-line").first).not_to_have_text("# typed by hand: keep me")
    assert stored_draft(page) is None


def test_tab_indents_in_the_editor_and_escape_tab_leaves_it(page: Page) -> None:
    open_exercise(page)
    page.locator(".cm-content").click()
    page.keyboard.press("ControlOrMeta+Home")
    page.keyboard.press("Tab")
    expect(page.locator(".cm-content")).to_be_focused()
    expect(page.locator(".save-state")).to_have_text("Draft saved")
    assert stored_draft(page).startswith("    def group_and_average(")
    page.keyboard.press("Shift+Tab")  # dedents again, focus stays
    expect(page.locator(".save-state")).to_have_text("Starter code")
    expect(page.locator(".cm-content")).to_be_focused()
    page.keyboard.press("Escape")
    page.keyboard.press("Shift+Tab")  # now it moves on: back to the toolbar
    expect(page.get_by_role("button", name="Reset")).to_be_focused()


def test_ctrl_enter_runs_the_public_tests_only(page: Page, live_server: LiveServer) -> None:
    public = [test["name"] for test in exercise_api(live_server)["public_tests"]]
    open_exercise(page)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(f"{request.method} {request.url}"))
    code = reference_code(EXERCISE)
    replace_code(page, code)

    page.keyboard.press("Control+Enter")  # focus is in the editor
    expect(verdict_title(page)).to_have_text("Public tests passed", timeout=GRADING_TIMEOUT_MS)
    expect(page.locator(".result")).to_have_attribute("data-mode", "run")
    expect(page.locator(".result .verdict-mode")).to_have_text("Run: public tests only")
    assert page.locator(".result tr.test .test-name code").all_inner_texts() == public
    expect(page.locator(".result .hidden-badge")).to_have_count(0)
    expect(page.locator(".result .benchmark")).to_have_count(0)
    assert stored_draft(page) == code  # the shortcut inserted no blank line
    # A run proves nothing hidden: the exercise is attempted, not solved.
    expect(page.locator(".exercise-head .status")).to_have_text("Attempted")

    # Away from the editor the shortcut runs as well.
    first = page.locator(".result").get_attribute("data-submission")
    page.get_by_role("heading", level=1).click()
    page.keyboard.press("Control+Enter")
    expect(page.locator(".result")).not_to_have_attribute(
        "data-submission", first or "", timeout=GRADING_TIMEOUT_MS
    )
    expect(verdict_title(page)).to_have_text("Public tests passed")
    # Progress came over server-sent events, not by polling the submission.
    streams = [r for r in requests if r.startswith("GET ") and r.endswith("/events")]
    polls = [r for r in requests if r.startswith("GET ") and "/api/v1/submissions/" in r]
    assert len(streams) == 2 and polls == streams, requests


def test_stdout_with_markup_is_shown_as_text(page: Page) -> None:
    open_exercise(page)
    scripts_before = page.locator("script").count()
    replace_code(page, PRINTS_MARKUP)
    page.get_by_role("button", name="Run", exact=True).click()
    expect(verdict_title(page)).to_have_text("Public tests passed", timeout=GRADING_TIMEOUT_MS)

    stdout = page.locator('.result .output[data-stream="stdout"] pre')
    expect(stdout).to_have_text(MARKUP + "\n")
    assert stdout.evaluate("node => node.children.length") == 0  # one text node, no elements
    assert page.locator("script").count() == scripts_before
    assert page.locator(".result img, .result b").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_hints_one_at_a_time_and_giving_up_shows_the_reference(
    page: Page, live_server: LiveServer
) -> None:
    count = exercise_api(live_server)["hints_count"]
    assert count >= 2
    first = httpx.get(f"{live_server.url}/api/v1/exercises/{EXERCISE}/hints/1").json()["text"]
    open_exercise(page)
    hints = page.locator(".hint-list .hint")
    expect(hints).to_have_count(0)

    page.get_by_role("button", name=f"Show hint 1 of {count}").click()
    expect(hints).to_have_count(1)
    expect(hints.first).to_have_text(first)
    page.get_by_role("button", name=f"Show hint 2 of {count}").click()
    expect(hints).to_have_count(2)
    page.reload()  # revealed hints stay revealed
    expect(hints).to_have_count(2)
    expect(page.get_by_role("button", name=f"Show hint 3 of {count}")).to_be_visible()

    reference = page.locator(".reference-code")
    messages: list[str] = []

    def answer(accept: bool):
        def handle(dialog) -> None:  # a playwright Dialog
            messages.append(dialog.message)
            if accept:
                dialog.accept()
            else:
                dialog.dismiss()

        return handle

    page.once("dialog", answer(False))
    page.get_by_role("button", name="Give up").click()
    assert messages and "Give up" in messages[0]
    page.wait_for_timeout(300)
    expect(reference).to_have_count(0)

    page.once("dialog", answer(True))
    page.get_by_role("button", name="Give up").click()
    expect(reference).to_contain_text("def group_and_average")
    expect(reference).to_contain_text("defaultdict")
    expect(page.locator(".solution details.notes")).to_contain_text("Pitfalls")
