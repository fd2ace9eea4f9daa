"""End to end in a real headless Chromium: review with the keyboard, reload, verdicts persist;
an article carrying <script> shows it as text.

Set FACTCHECK_SCREENSHOT=1 to refresh docs/review.png (off by default so CI keeps the tree clean).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import store
from factcheck.review.sample import sample_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
]


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    import uvicorn

    from factcheck.review.app import create_app

    db = tmp_path / "factcheck.db"
    store.save_run(db, sample_report())
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # a free port on loopback
    sock.listen()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "review server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}", db
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture()
def page(server: tuple[str, Path]):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 1100})
        dialogs: list[str] = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.dialogs = dialogs  # type: ignore[attr-defined]
        yield pg
        browser.close()


def test_keyboard_review_persists_after_reload(server: tuple[str, Path], page) -> None:
    base, db = server
    page.goto(f"{base}/findings")
    cards = page.locator("article.finding")
    first, second = cards.nth(0), cards.nth(1)
    first_id, second_id = first.get_attribute("data-id"), second.get_attribute("data-id")
    assert "selected" in first.get_attribute("class")

    page.keyboard.press("c")
    page.wait_for_selector(f'#f-{first_id}[data-status="confirmed"]')
    page.keyboard.press("j")
    assert "selected" in second.get_attribute("class")
    page.keyboard.press("n")
    page.keyboard.type("time-zone difference, both right")
    page.keyboard.press("Escape")
    page.keyboard.press("d")
    page.wait_for_selector(f'#f-{second_id}[data-status="dismissed"]')
    assert "Saved: dismissed" in second.locator('[data-role="saved"]').inner_text()

    page.reload()
    assert page.locator(f"#f-{first_id}").get_attribute("data-status") == "confirmed"
    assert page.locator(f"#f-{second_id}").get_attribute("data-status") == "dismissed"
    assert page.locator(f"#f-{second_id} .note").input_value() == "time-zone difference, both right"
    assert store.get_finding(db, second_id).decision.note == "time-zone difference, both right"
    assert page.dialogs == []

    if os.environ.get("FACTCHECK_SCREENSHOT") == "1":
        page.keyboard.press("j")
        page.keyboard.press("j")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(ROOT / "docs" / "review.png"))


def test_script_in_article_renders_as_text(server: tuple[str, Path], page) -> None:
    base, _ = server
    page.goto(f"{base}/findings?outlet=Daily+Example")
    quote = page.locator("blockquote", has_text="<script>alert(1)</script>").first
    assert quote.inner_text().endswith("<script>alert(1)</script>.")
    quote.locator("xpath=..").locator("a.context").click()
    page.wait_for_selector("mark#hl")
    assert "<script>alert(1)</script>" in page.locator("mark#hl").inner_text()
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()  # the title too
    assert page.dialogs == []
