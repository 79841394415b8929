"""The built front end as the server serves it (the browser tests drive it in Chromium)."""

from pathlib import Path

from fastapi.testclient import TestClient

from app.main import FRONTEND_DIR

SOURCE = Path(FRONTEND_DIR).parent / "src"


def test_the_page_loads_its_bundle_and_serves_exercise_routes(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert 'src="/app.js"' in page.text and 'href="/app.css"' in page.text
    assert client.get("/app.js").status_code == 200
    assert client.get("/app.css").status_code == 200
    assert client.get("/exercises/group_and_average").text == page.text


def test_our_code_never_renders_data_as_html() -> None:
    """Untrusted text goes through textContent; the prompt's HTML through DOMPurify."""
    sources = {p.name: p.read_text(encoding="utf-8") for p in SOURCE.glob("*.js")}
    assert sources
    for name, text in sources.items():
        for unsafe in ("outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert unsafe not in text, f"{name} uses {unsafe}"
        if "innerHTML" in text:
            assert "DOMPurify.sanitize" in text, f"{name} sets innerHTML without DOMPurify"


def test_nothing_is_loaded_from_elsewhere_at_run_time() -> None:
    page = (FRONTEND_DIR / "index.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    bundle = (FRONTEND_DIR / "app.js").read_text(encoding="utf-8")
    assert "import(" not in bundle.replace("import()", "")  # no dynamic loads
