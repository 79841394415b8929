"""The static front end served at /."""

from fastapi.testclient import TestClient

from app.main import FRONTEND_DIR


def test_index_page_loads_its_script_and_styles(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert 'src="app.js"' in page.text and 'href="style.css"' in page.text
    assert client.get("/app.js").status_code == 200
    assert client.get("/style.css").status_code == 200


def test_the_script_reads_the_api_and_never_renders_data_as_html() -> None:
    script = (FRONTEND_DIR / "app.js").read_text(encoding="utf-8")
    assert '"/api/v1"' in script and '"/exercises"' in script
    assert "textContent" in script
    for unsafe in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"):
        assert unsafe not in script


def test_no_third_party_resources() -> None:
    page = (FRONTEND_DIR / "index.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
