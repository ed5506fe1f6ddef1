"""The dashboard end to end in headless Chromium (Debian's `chromium`, driven by Playwright): load it, filter,
open an event, check the evidence highlighting and that article text stays text, take a screenshot.

The test installs Chromium with apt when /usr/bin/chromium is missing, and skips (saying why) only when that
cannot be done. Everything the page loads must come from the local server.
"""
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tacitus.server.app import ServerConfig, create_app
from tacitus.store import EventStore, ingest

from test_store_support import TRICKY, ListCoder, corpus

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Set TACITUS_SCREENSHOT_DIR to keep the screenshots (e.g. to look at them); otherwise they go to tmp_path.
SCREENSHOT_DIR = os.environ.get("TACITUS_SCREENSHOT_DIR")


def _chromium() -> str | None:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return None
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"],
                    ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"]):
        if subprocess.run(command, env=env, capture_output=True, timeout=900).returncode != 0:
            return None
    return CHROMIUM if Path(CHROMIUM).exists() else None


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    path = tmp_path_factory.mktemp("dashboard") / "events.duckdb"
    items = corpus()
    with EventStore(path) as store:
        ingest(store, [d for d, _ in items], ListCoder({d.id: ev for d, ev in items}))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = EventStore(path, read_only=True)
    app = create_app(store, ServerConfig(token="t"))
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def page(server):
    playwright_api = pytest.importorskip("playwright.sync_api")
    executable = _chromium()
    if executable is None:
        pytest.skip("Chromium is missing and could not be installed (needs root and Debian's chromium package)")
    with playwright_api.sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(profile, executable_path=executable, headless=True,
                                                       args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 1300})
        page = context.new_page()
        page.problems = []
        page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: page.problems.append(str(e)))
        page.on("dialog", lambda d: (page.problems.append(f"a script ran: {d.message}"), d.dismiss()))
        page.on("request", lambda r: page.problems.append(f"outside request {r.url}")
                if urlparse(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:") else None)
        page.goto(server + "/")
        page.wait_for_selector("#events tbody tr")
        page.wait_for_selector("body[data-loading='false']", state="attached")
        yield page
        context.close()


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _shot(page, tmp_path, name):
    folder = Path(SCREENSHOT_DIR) if SCREENSHOT_DIR else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    page.screenshot(path=str(path), full_page=True)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 20_000
    return path


def test_dashboard_loads_every_view(page, tmp_path):
    assert page.locator("#events tbody tr").count() == 8
    assert "8 events" in page.locator("#stats").inner_text()
    assert page.locator("#timeline rect.bar").count() >= 4
    assert {page.locator("#timeline rect.bar").nth(i).get_attribute("data-quad")
            for i in range(page.locator("#timeline rect.bar").count())} == {"1", "3", "4"}
    assert page.locator("#network g.node").count() == 4 and page.locator("#network line.edge").count() == 3
    assert page.locator("#map path.country").count() > 150 and page.locator("#map circle.point").count() == 2
    _shot(page, tmp_path, "dashboard-loaded.png")
    assert page.problems == []


def test_filter_then_open_a_row_shows_the_highlighted_evidence(page, tmp_path):
    page.select_option("#f-type", "ASSAULT")
    page.fill("#f-actor", "RUS")
    page.click("#apply")
    # (Waits use selectors, not page-side JavaScript: the page's Content-Security-Policy forbids eval.)
    expect(page.locator("#events tbody tr")).to_have_count(4)
    page.wait_for_selector("body[data-loading='false']", state="attached")
    types = page.locator("#events tbody tr td:nth-child(2)").all_inner_texts()
    assert len(types) == 4 and all(t.startswith("ASSAULT") for t in types)
    assert page.locator("#network g.node").count() == 2
    page.locator("#events tbody tr", has_text="Paper Three").click()
    page.wait_for_selector("#detail mark.hl-trigger")
    assert page.locator("#detail .sentence mark.hl-actor").inner_text() == "Russian troops"
    assert page.locator("#detail .sentence mark.hl-trigger").inner_text() == "shelled"
    assert page.locator("#detail .sentence mark.hl-recipient").inner_text() == "Kharkiv"
    assert "3 article(s), 3 source(s)" in page.locator("#detail").inner_text()
    _shot(page, tmp_path, "dashboard-filtered-open.png")
    assert page.problems == []


def test_the_dashboard_counts_only_what_happened_unless_asked(page):
    # negated and hypothetical events are stored; the dashboard leaves them out of its counts by default
    with page.expect_request(lambda r: "/api/events" in r.url) as request:
        page.click("#apply")
    assert "without_aux=negation%2Chypothetical" in request.value.url
    page.uncheck("#f-occurred")
    with page.expect_request(lambda r: "/api/events" in r.url) as request:
        page.click("#apply")
    assert "without_aux" not in request.value.url
    page.check("#f-occurred")
    page.wait_for_selector("body[data-loading='false']", state="attached")
    assert page.problems == []


def test_article_text_is_shown_as_text_never_as_markup(page, tmp_path):
    page.click("#reset")
    expect(page.locator("#events tbody tr")).to_have_count(8)
    page.locator("#events tbody tr", has_text="Tricky Times").click()
    sentence = page.locator("#detail .sentence")
    expect(sentence).to_contain_text("massacre")
    assert sentence.text_content() == TRICKY
    assert sentence.locator("script, b").count() == 0
    _shot(page, tmp_path, "dashboard-escaped.png")
    assert page.problems == []
