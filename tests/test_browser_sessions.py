"""Live interview sessions in a real browser: the candidate's and the interviewer's pages
side by side (two Chromium contexts: two people), then the report with its replay.

The session is created through the API, as an interviewer's tool would. Both pages
edit one Yjs document over the server's WebSocket; grading is real (the sandbox runs
the submission). Build the front end first (`npm ci && npm run build` in frontend/).
"""

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import playwright.sync_api as playwright_sync
import pytest
from support import LiveServer, reference_code

from app.settings import REPO_ROOT

Browser = playwright_sync.Browser
BrowserContext = playwright_sync.BrowserContext
Page = playwright_sync.Page
expect = playwright_sync.expect

EXERCISE = "group_and_average"
SECOND = "flatten_config"
GRADING_TIMEOUT_MS = 90_000  # a first submission also runs the reference once
HIDDEN_NAMES = re.findall(
    r"^def (test_\w+)", (REPO_ROOT / "exercises" / EXERCISE / "tests_hidden.py").read_text(), re.M
)



@pytest.fixture
def open_page(browser: Browser, live_server: LiveServer) -> Iterator[Callable[[str], Page]]:
    """Pages in fresh contexts (one per person: no shared storage); any uncaught JS
    error in any of them fails the test."""
    contexts: list[BrowserContext] = []
    errors: list[str] = []

    def open_(path: str) -> Page:
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}, color_scheme="light"
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(path)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert errors == [], f"uncaught errors in the pages: {errors}"


def create_session(live_server: LiveServer, exercise_ids: list[str]) -> dict:
    response = httpx.post(
        f"{live_server.url}/api/v1/sessions",
        json={"exercise_ids": exercise_ids, "duration_minutes": 45},
        timeout=10,
    )
    assert response.status_code == 201, response.text
    return response.json()


def editor(page: Page):  # -> Locator
    return page.locator(".shared-editor .cm-content")


def wait_synced(page: Page) -> None:
    """The shared document arrived from the server (y-websocket's first sync)."""
    expect(page.locator('.shared-editor[data-synced="true"]')).to_have_count(1)


def paste(page: Page, text: str) -> None:
    """Select all in the editor and paste `text` (a real paste event, as the candidate's
    Ctrl+V would fire, so the page records it for the replay)."""
    editor(page).click()
    page.keyboard.press("ControlOrMeta+a")
    editor(page).evaluate(
        """(node, text) => {
            const data = new DataTransfer();
            data.setData("text/plain", text);
            const init = {clipboardData: data, bubbles: true, cancelable: true};
            node.dispatchEvent(new ClipboardEvent("paste", init));
        }""",
        text,
    )


def test_both_sides_type_in_one_editor_and_see_each_others_cursor(
    open_page: Callable[[str], Page], live_server: LiveServer
) -> None:
    created = create_session(live_server, [EXERCISE, SECOND])
    candidate = open_page(created["candidate_url"])
    wait_synced(candidate)
    # The token left the address bar (kept in this tab's sessionStorage).
    assert "token" not in candidate.url
    # The candidate's page seeded the empty document with the starter code.
    expect(editor(candidate)).to_contain_text("def group_and_average(")
    expect(editor(candidate)).to_contain_text("raise NotImplementedError")
    expect(candidate.locator(".site-nav")).to_be_hidden()
    expect(candidate.locator(".reference-code, .private-notes, .submission-feed")).to_have_count(0)

    interviewer = open_page(created["interviewer_url"])
    wait_synced(interviewer)
    expect(editor(interviewer)).to_contain_text("raise NotImplementedError")
    expect(editor(interviewer)).to_have_text(editor(candidate).text_content() or "")
    assert editor(interviewer).text_content().count("def group_and_average(") == 1  # seeded once
    expect(interviewer.locator(".reference-code")).to_contain_text("defaultdict")

    editor(candidate).click()
    candidate.keyboard.press("ControlOrMeta+Home")
    candidate.keyboard.type("# typed by the candidate")
    candidate.keyboard.press("Enter")
    expect(interviewer.locator(".shared-editor .cm-line").first).to_have_text(
        "# typed by the candidate"
    )

    editor(interviewer).click()
    interviewer.keyboard.press("ControlOrMeta+End")
    interviewer.keyboard.press("Enter")
    interviewer.keyboard.type("# looks good")
    expect(editor(candidate)).to_contain_text("# looks good")
    expect(editor(interviewer)).to_contain_text("# typed by the candidate")

    # Each side sees the other's cursor, named.
    expect(interviewer.locator(".cm-ySelectionInfo", has_text="Candidate")).to_have_count(1)
    expect(candidate.locator(".cm-ySelectionInfo", has_text="Interviewer")).to_have_count(1)

    # The timer: started by the interviewer, counting down on both pages.
    expect(candidate.locator(".session-timer")).to_have_attribute("data-running", "false")
    expect(candidate.locator(".timer-value")).to_have_text("45:00")
    interviewer.get_by_role("button", name="Start", exact=True).click()
    expect(candidate.locator(".session-timer")).to_have_attribute("data-running", "true")
    expect(candidate.locator(".timer-value")).to_have_text(re.compile(r"^44:\d\d$"))
    interviewer.get_by_role("button", name="Extend +5 min").click()
    expect(candidate.locator(".timer-value")).to_have_text(re.compile(r"^49:\d\d$"))
    interviewer.get_by_role("button", name="Pause").click()
    expect(candidate.locator(".session-timer")).to_have_attribute("data-running", "false")

    # Notes are saved as the interviewer types.
    interviewer.get_by_role("textbox", name="Your notes").fill("Clear reasoning about groups.")
    expect(interviewer.locator(".notes-section .save-state")).to_have_text("Saved")
    notes = httpx.get(
        f"{live_server.url}/api/v1/sessions/{created['id']}/notes",
        headers={"Authorization": f"Bearer {created['interviewer_token']}"},
    ).json()
    assert notes["text"] == "Clear reasoning about groups."

    # "Next exercise" moves both pages to a fresh shared document.
    interviewer.get_by_role("button", name="Next exercise").click()
    expect(candidate.get_by_role("heading", level=1)).to_have_text(
        httpx.get(f"{live_server.url}/api/v1/exercises/{SECOND}").json()["title"]
    )
    expect(candidate.locator(".session-banner")).to_contain_text("moved on")
    expect(editor(candidate)).not_to_contain_text("# looks good")
    expect(editor(interviewer)).to_have_text(editor(candidate).text_content() or "")
    expect(interviewer.get_by_role("button", name="Next exercise")).to_be_disabled()

    # A reload keeps the candidate in the session (the token is in sessionStorage).
    candidate.reload()
    wait_synced(candidate)
    expect(candidate.locator(".session-position")).to_have_text("exercise 2 of 2")


def test_submission_verdicts_then_the_end_the_report_and_the_replay(
    open_page: Callable[[str], Page], live_server: LiveServer
) -> None:
    created = create_session(live_server, [EXERCISE])
    candidate = open_page(created["candidate_url"])
    interviewer = open_page(created["interviewer_url"])
    wait_synced(candidate)
    wait_synced(interviewer)
    expect(editor(interviewer)).to_contain_text("raise NotImplementedError")
    detail = httpx.get(f"{live_server.url}/api/v1/exercises/{EXERCISE}").json()
    public = {test["name"] for test in detail["public_tests"]}

    paste(candidate, reference_code(EXERCISE))
    expect(editor(interviewer)).to_contain_text("defaultdict(list)")
    candidate.get_by_role("button", name="Submit", exact=True).click()

    # The interviewer sees the verdict with the hidden tests named.
    item = interviewer.locator(".submission-feed .feed-item").first
    expect(item.locator(".result .verdict-title")).to_have_text(
        "Accepted", timeout=GRADING_TIMEOUT_MS
    )
    names = item.locator("tr.test .test-name code").all_inner_texts()
    assert set(HIDDEN_NAMES) <= set(names) and public <= set(names), names
    expect(item.locator(".hidden-badge")).to_have_count(len(HIDDEN_NAMES))

    # The candidate sees the same verdict, the hidden tests only as numbers.
    expect(candidate.locator(".result .verdict-title")).to_have_text(
        "Accepted", timeout=GRADING_TIMEOUT_MS
    )
    names = candidate.locator(".result tr.test .test-name code").all_inner_texts()
    assert len(names) == len(public) + len(HIDDEN_NAMES)
    assert set(names) == public | {f"hidden test {n}" for n in range(1, len(HIDDEN_NAMES) + 1)}
    text = candidate.locator("body").inner_text()
    assert not [name for name in HIDDEN_NAMES if name in text]

    # The interviewer ends the session (after a confirmation).
    interviewer.once("dialog", lambda dialog: dialog.accept())
    interviewer.get_by_role("button", name="End session").click()
    expect(candidate.locator(".session-banner")).to_contain_text("This session has ended")
    expect(editor(candidate)).to_have_attribute("contenteditable", "false")
    expect(candidate.get_by_role("button", name="Submit", exact=True)).to_be_disabled()
    expect(interviewer.get_by_role("button", name="End session")).to_be_disabled()

    # The report: the submission, the downloads, the replay.
    interviewer.get_by_role("link", name="Open the report").click()
    report = interviewer
    expect(report.get_by_role("heading", level=1)).to_have_text("Session report")
    rows = report.locator(".report-exercise tr.report-submission")
    expect(rows).to_have_count(1)
    expect(rows.first.locator(".report-verdict")).to_have_text("Accepted")
    expect(report.locator(".final-code")).to_contain_text("defaultdict(list)")
    expect(report.locator(".report-notes-section")).to_contain_text("No notes.")

    with report.expect_download() as markdown:
        report.get_by_role("button", name="Download Markdown").click()
    assert markdown.value.suggested_filename == f"drill-session-{created['id']}.md"
    assert EXERCISE in Path(markdown.value.path()).read_text()
    with report.expect_download() as as_json:
        report.get_by_role("button", name="Download JSON").click()
    data = json.loads(Path(as_json.value.path()).read_text())
    assert data["exercises"][0]["exercise_id"] == EXERCISE
    assert data["exercises"][0]["submissions"][0]["verdict"] == "accepted"

    replay = report.locator(".replay")
    scrubber = replay.locator(".replay-scrubber")
    expect(scrubber).to_be_visible()
    expect(replay.locator(".marker-paste")).to_have_count(1)
    at_end = replay.locator(".replay-code").inner_text()
    assert "defaultdict(list)" in at_end
    scrubber.fill("0")
    expect(replay).to_have_attribute("data-position", "0")
    at_start = replay.locator(".replay-code").inner_text()
    assert len(at_start) < len(at_end), (at_start, at_end)
    assert "raise NotImplementedError" in at_start
    # Play at 8× runs forward from the start.
    replay.get_by_label("Replay speed").select_option("8")
    replay.get_by_role("button", name="▶ Play").click()
    expect(replay).not_to_have_attribute("data-position", "0")

    # The candidate's link no longer opens the session.
    gone = httpx.get(
        f"{live_server.url}/api/v1/sessions/{created['id']}",
        headers={"Authorization": f"Bearer {created['candidate_token']}"},
    )
    assert gone.status_code == 410
    candidate.reload()
    expect(candidate.get_by_role("heading", level=1)).to_have_text("This session has ended")


def test_a_link_opens_only_its_own_role(
    open_page: Callable[[str], Page], live_server: LiveServer
) -> None:
    created = create_session(live_server, [EXERCISE])
    wrong = open_page(f"/sessions/{created['id']}/interviewer#token={created['candidate_token']}")
    expect(wrong.get_by_role("heading", level=1)).to_have_text("Not for this link")
    expect(wrong.locator(".reference-code, .shared-editor")).to_have_count(0)
    report = open_page(f"/sessions/{created['id']}/report#token={created['candidate_token']}")
    expect(report.get_by_role("heading", level=1)).to_have_text("Not for this link")
    bad = open_page(f"/sessions/{created['id']}/candidate#token=not-a-token")
    expect(bad.get_by_role("heading", level=1)).to_have_text("This link is not valid")
    missing = open_page(f"/sessions/{created['id']}/candidate")
    expect(missing.get_by_role("heading", level=1)).to_have_text("No access token")
