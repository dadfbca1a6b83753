"""Public pages are valid HTML by the W3C's Nu HTML Checker (vnu.jar, installed by `make test`)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

VNU = Path(__file__).resolve().parent.parent / ".venv" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

pytestmark = pytest.mark.django_db


def check_html(paths):
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail(f"The HTML checker needs Java and {VNU} (run `make test`, which installs it).")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    return json.loads(result.stderr or '{"messages": []}')["messages"]


def test_public_pages_have_no_html_errors(client, rich_site, tmp_path):
    urls = ["/fi/", "/sv/", "/fi/mita-jarjestotoiminta-on/", "/sv/vad-ar-foreningsverksamhet/", "/fi/ei-ole/"]
    paths = []
    for number, url in enumerate(urls):
        response = client.get(url)
        path = tmp_path / f"page{number}.html"
        path.write_bytes(response.content)
        paths.append(path)
    errors = [f"{urls[paths.index(Path(m['url'][5:]))]}:{m.get('lastLine')}: {m['message']}" for m in check_html(paths)]
    assert errors == []


def test_the_checker_does_find_errors(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html lang=fi><head></head><body><p></span></body></html>")
    assert check_html([broken])
