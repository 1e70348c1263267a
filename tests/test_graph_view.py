"""The /graph view in headless Debian chromium: nodes drawn from bundled assets, filters, click-through."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
from sparql_support import chromium, live_server

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.server.app import create_app

pytestmark = [pytest.mark.browser, pytest.mark.live]

DATA = Path(__file__).parent / "data" / "actors.trig"
SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.txt"


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
    with _serving(store) as url:
        yield url


@pytest.fixture
def sample_url():
    """A server over the ingested sample report: ~140 nodes, enough for labels to crowd."""
    store = Store.open(None)
    ingest_files([SAMPLE], store, Config(store=None))
    with _serving(store) as url:
        yield url


@contextmanager
def _serving(store: Store) -> Iterator[str]:
    with live_server(create_app(Config(store=None), store=store)) as url:
        yield url


@pytest.fixture
def browser():
    with chromium() as driver:
        yield driver


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


# The labels cytoscape draws (text shown, not transparent, big enough on screen), their boxes on
# screen, and how much they overlap: pairs overlapping by more than 20% of the smaller box, and the
# overlapping area over the labels' total area.
LABELS = """
    var cy = window.wsisGraph, r = cy.renderer();
    var shown = cy.nodes().filter(function (n) {
      return n.visible() && n.style('label') && parseFloat(n.style('text-opacity')) > 0 &&
        (!r.eleTextBiggerThanMin || r.eleTextBiggerThanMin(n));
    });
    var boxes = shown.map(function (n) {
      return n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true}); });
    var area = function (b) { return Math.max(0, b.x2 - b.x1) * Math.max(0, b.y2 - b.y1); };
    var total = 0, common = 0, crowded = 0;
    boxes.forEach(function (b) { total += area(b); });
    for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
      var a = boxes[i], b = boxes[j];
      var w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w <= 0 || h <= 0) continue;
      common += w * h;
      if (w * h > 0.2 * Math.min(area(a), area(b))) crowded++;
    }
    return {ids: shown.map(function (n) { return n.id(); }), crowded: crowded,
            overlap: total ? common / total : 0, fontPx: shown.map(function (n) {
              return parseFloat(n.style('font-size')) * cy.zoom(); })};"""


def _labels(driver) -> dict:
    time.sleep(0.3)  # labels are placed on the next animation frame after a zoom or pan
    return driver.execute_script(LABELS)


def test_labels_do_not_overlap_on_the_sample_graph(browser, sample_url, tmp_path):
    browser.get(sample_url + "/graph")
    _wait_ready(browser)
    nodes = browser.execute_script("return window.wsisGraph.nodes().length")
    assert nodes > 100
    hubs = browser.execute_script(
        "return window.wsisGraph.nodes().sort(function (a, b) { return b.degree(false) - a.degree(false); })"
        ".slice(0, 5).map(function (n) { return n.id(); })"
    )
    fitted = _labels(browser)
    browser.save_screenshot(str(tmp_path / "fitted.png"))
    # before this view chose its labels: 12 labels drawn at the fitted view, 1-3 pairs over 20%,
    # 10-20% of their area overlapping; 13-23 pairs and 7-11% once zoomed in twice
    assert fitted["crowded"] == 0 and fitted["overlap"] < 0.02, fitted
    # the hubs are named at first sight (a hub's label can find no free spot among the others': 4 of 5)
    assert len(fitted["ids"]) >= 20 and len(set(hubs) & set(fitted["ids"])) >= 4
    assert min(fitted["fontPx"]) >= 9  # and readable
    # zooming in names more of the nodes, still without overlap
    browser.execute_script(
        "var cy = window.wsisGraph;"
        "cy.zoom({level: cy.zoom() * 3, renderedPosition: {x: cy.width() / 2, y: cy.height() / 2}})"
    )
    zoomed = _labels(browser)
    assert zoomed["crowded"] == 0 and zoomed["overlap"] < 0.02, zoomed
    assert set(zoomed["ids"]) - set(fitted["ids"])


def test_pointing_at_a_node_names_it_and_its_neighbours(browser, sample_url, tmp_path):
    browser.get(sample_url + "/graph")
    _wait_ready(browser)
    before = _labels(browser)
    leaf = browser.execute_script(
        "var quiet = window.wsisGraph.nodes('.quiet'); return quiet.length ? quiet[0].id() : null"
    )
    assert leaf and leaf not in before["ids"]
    browser.execute_script("window.wsisGraph.getElementById(arguments[0]).emit('mouseover')", leaf)
    pointed = _labels(browser)
    neighbours = browser.execute_script(
        "return window.wsisGraph.getElementById(arguments[0]).neighborhood().nodes()"
        ".map(function (n) { return n.id(); })",
        leaf,
    )
    assert leaf in pointed["ids"] and set(neighbours) <= set(pointed["ids"])
    faded = browser.execute_script("return window.wsisGraph.nodes('.faded').length")
    assert faded == browser.execute_script("return window.wsisGraph.nodes().length") - len(neighbours) - 1
    browser.save_screenshot(str(tmp_path / "pointed.png"))
    browser.execute_script("window.wsisGraph.getElementById(arguments[0]).emit('mouseout')", leaf)
    assert leaf not in _labels(browser)["ids"]
    assert browser.execute_script("return window.wsisGraph.nodes('.faded').length") == 0
