"""The /graph view in headless Debian chromium: nodes drawn from bundled assets, filters, click-through."""

from __future__ import annotations

import base64
import shutil
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from werkzeug.serving import make_server

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.server.app import create_app

pytestmark = [pytest.mark.browser, pytest.mark.live]

DATA = Path(__file__).parent / "data" / "actors.trig"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
)


def test_page_needs_no_network(tmp_path):
    store = Store.open(None)
    body = create_app(Config(store=None), store=store).test_client().get("/graph").get_data(as_text=True)
    scripts = [s for s in body.split("<script")[1:] if "src=" in s.split(">")[0]]
    assert scripts and all('src="/static/' in s.split(">")[0] for s in scripts)
    assert "http://" not in body.split("<main>")[1].split("data-base")[0]


@pytest.fixture
def live_url():
    store = Store.open(None)
    store.load(path=DATA, format=ox.RdfFormat.TRIG)
    server = make_server("127.0.0.1", 0, create_app(Config(store=None), store=store), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)
    server.server_close()


@pytest.fixture
def browser():
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("Debian chromium and chromium-driver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1200,900",
        "--disable-extensions",
        "--no-first-run",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _wait_ready(driver, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        state = driver.execute_script("return document.getElementById('cy').dataset.ready || ''")
        if state:
            assert state == "true", driver.find_element("id", "status").text
            return
        time.sleep(0.1)
    raise AssertionError("the graph did not finish loading")


def _canvas_ink(driver) -> float:
    """Share of non-background pixels over the drawing's canvases."""
    return driver.execute_script("""
        var total = 0, ink = 0;
        document.querySelectorAll('#cy canvas').forEach(function (c) {
          if (!c.width || !c.height) return;
          var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          for (var i = 3; i < d.length; i += 4) { total++; if (d[i] > 0) ink++; }
        });
        return total ? ink / total : 0;""")


def _screenshot_colours(driver, png_b64: str) -> int:
    """Distinct colours inside the drawing's box on the screenshot (decoded by the browser: no PIL needed)."""
    return driver.execute_async_script(
        """
        var done = arguments[arguments.length - 1], img = new Image();
        var r = document.getElementById('cy').getBoundingClientRect(), ratio = window.devicePixelRatio || 1;
        img.onload = function () {
          var c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
          var ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
          var d = ctx.getImageData(r.left * ratio, r.top * ratio, r.width * ratio, r.height * ratio).data, seen = {};
          for (var i = 0; i < d.length; i += 4) { seen[d[i] + ',' + d[i + 1] + ',' + d[i + 2]] = 1; }
          done(Object.keys(seen).length);
        };
        img.onerror = function () { done(-1); };
        img.src = 'data:image/png;base64,' + arguments[0];""",
        png_b64,
    )


def test_nodes_are_drawn_and_clickable(browser, live_url, tmp_path):
    browser.get(live_url + "/graph")
    _wait_ready(browser)
    assert browser.execute_script("return window.wsisGraph.nodes().length") == 20
    assert browser.execute_script("return window.wsisGraph.edges().length") == 35
    labels = browser.execute_script("return window.wsisGraph.nodes().map(function(n){return n.data('label')})")
    assert "Ana Lindqvist" in labels and "BDT" in labels
    # hubs are drawn larger, with larger labels, than leaves (readable when the whole graph is fitted)
    sizes = browser.execute_script(
        """var g = window.wsisGraph, f = function (id) {
        var n = g.getElementById(id); return [n.data('hub'), parseFloat(n.style('font-size')), n.width()]; };
        return [f(arguments[0]), f(arguments[1])];""",
        "https://w3id.org/wsis-kg/id/meeting/wgx-7",
        "https://w3id.org/wsis-kg/id/sdg/9",
    )
    (hub_n, hub_font, hub_width), (leaf_n, leaf_font, leaf_width) = sizes
    assert hub_n > leaf_n >= 1 and hub_font > leaf_font and hub_width > leaf_width
    time.sleep(0.3)
    assert _canvas_ink(browser) > 0.002  # something is painted on the canvas
    png = tmp_path / "graph.png"
    assert browser.save_screenshot(str(png)) and png.stat().st_size > 1000
    assert _screenshot_colours(browser, base64.b64encode(png.read_bytes()).decode()) > 50  # a blank panel has 2
    # clicking a node opens its page
    browser.execute_script(
        "window.wsisGraph.getElementById(arguments[0]).emit('tap')", "https://w3id.org/wsis-kg/id/person/ana-lindqvist"
    )
    end = time.monotonic() + 10
    while "/id/person/ana-lindqvist" not in browser.current_url and time.monotonic() < end:
        time.sleep(0.1)
    assert browser.current_url == live_url + "/id/person/ana-lindqvist"
    assert "Ana Lindqvist" in browser.find_element("css selector", "h1").text


def test_filters_by_type_and_meeting(browser, live_url):
    browser.get(live_url + "/graph")
    _wait_ready(browser)
    browser.find_element("css selector", "input[name=type][value=person]").click()
    assert browser.execute_script("return document.getElementById('cy').dataset.visibleNodes") == "16"
    browser.get(live_url + "/graph?meeting=https%3A%2F%2Fw3id.org%2Fwsis-kg%2Fid%2Fmeeting%2Fwgx-7")
    _wait_ready(browser)
    assert browser.execute_script("return window.wsisGraph.nodes().length") == 18
