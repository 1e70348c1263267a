"""The home page, the label search and the named queries for browsers: over HTTP, and in headless
Debian chromium (with a screenshot of ``/`` and ``/queries/requests`` checked for content)."""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from sparql_support import chromium, live_server

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.server.app import create_app

DATA = Path(__file__).parent / "data" / "actors.trig"
ID = "https://w3id.org/wsis-kg/id/"
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.fixture(scope="module")
def app():
    store = Store.open(None)
    store.load(path=DATA, format=ox.RdfFormat.TRIG)
    return create_app(Config(store=None), store=store)


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


# ------------------------------------------------------------------------- over HTTP
def test_home_says_what_the_store_holds(client):
    r = client.get("/", headers=BROWSER)
    assert r.status_code == 200 and r.mimetype == "text/html"
    page = r.get_data(as_text=True)
    assert "WG-X meeting 7" in page and "2031-03-02 – 2031-03-03" in page and "wgx-7-report.txt" in page
    for link in ('href="/queries"', 'href="/graph"', 'href="/stats"', 'href="/def"', 'href="/sparql"'):
        assert link in page
    assert '<form class="search" action="/search"' in page
    data = client.get("/", headers={"Accept": "application/json"}).get_json()
    assert data["counts"] == {"reports": 1, "meetings": 1, "people": 4, "bodies": 4, "requests": 3, "deadlines": 0}
    assert data["reports"][0]["meeting_href"] == "/id/meeting/wgx-7"
    names = {q["name"] for q in data["queries"]}
    assert "requests" in names and "resource-triples" not in names


def test_home_of_an_empty_store_says_how_to_fill_it():
    page = create_app(Config(store=None), store=Store.open(None)).test_client().get("/", headers=BROWSER)
    assert page.status_code == 200 and "wsiskg ingest" in page.get_data(as_text=True)


def test_search_over_labels(client):
    page = client.get("/search?q=bureau", headers=BROWSER).get_data(as_text=True)
    assert '<a href="/id/org/itu-bdt">Development Bureau</a>' in page
    results = client.get("/search?q=BDT", headers={"Accept": "application/json"}).get_json()["results"]
    assert results[0]["iri"] == ID + "org/itu-bdt"  # the exact label first
    assert client.get("/search?q=", headers={"Accept": "application/json"}).get_json()["results"] == []


def test_named_queries_are_html_for_browsers_and_data_for_programs(client):
    page = client.get("/queries/requests?verb=invite", headers=BROWSER)
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert 'id="results"' in html and "1 row" in html and 'name="addressee"' in html and 'value="invite"' in html
    assert "/queries/requests?verb=invite&amp;format=csv&amp;download=requests" in html
    csv = client.get("/queries/requests?verb=invite&format=csv&download=requests")
    assert csv.mimetype == "text/csv" and csv.headers["Content-Disposition"].endswith('requests.csv"')
    assert client.get("/queries/requests").mimetype == "application/sparql-results+json"
    bad = client.get("/queries/requests?before=soon", headers=BROWSER)
    assert bad.status_code == 400 and "must be a date" in bad.get_data(as_text=True)
    index = client.get("/queries", headers=BROWSER).get_data(as_text=True)
    assert 'href="/queries/requests"' in index and "resource-triples" not in index
    assert "resource-triples" in {q["name"] for q in client.get("/queries?all=1").get_json()["queries"]}


@pytest.mark.parametrize("path", ["/stats?meeting=nonsense", "/export/actors.dot?meeting=nonsense", "/graph?meeting=x"])
def test_a_bad_meeting_is_400(client, path):
    r = client.get(path, headers={"Accept": "application/json"})
    assert r.status_code == 400 and "is labelled" in r.get_json()["error"]["message"]


def test_a_meeting_by_label(client):
    r = client.get("/stats?meeting=WG-X meeting 7", headers={"Accept": "application/json"})
    assert r.status_code == 200 and r.get_json()["meeting"] == ID + "meeting/wgx-7"


# ------------------------------------------------------------------------- in chromium
@pytest.fixture(scope="module")
def live_url(app):
    with live_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def _colours(driver, png: Path) -> int:
    """Distinct colours on a screenshot (decoded by the browser itself): a blank page has one or two."""
    return int(
        driver.execute_async_script(
            """var done = arguments[arguments.length - 1], img = new Image();
            img.onload = function () {
              var c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
              var ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
              var d = ctx.getImageData(0, 0, c.width, c.height).data, seen = {};
              for (var i = 0; i < d.length; i += 16) { seen[d[i] + ',' + d[i + 1] + ',' + d[i + 2]] = 1; }
              done(Object.keys(seen).length);
            };
            img.onerror = function () { done(-1); };
            img.src = 'data:image/png;base64,' + arguments[0];""",
            base64.b64encode(png.read_bytes()).decode(),
        )
    )


def _keep(shot: Path) -> None:
    """Copy a screenshot to $WSISKG_SCREENSHOTS (a folder) to look at it."""
    folder = os.environ.get("WSISKG_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(folder) / shot.name)


@pytest.mark.browser
@pytest.mark.live
def test_home_page_in_a_browser(browser, live_url, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_url + "/")
    assert browser.title.startswith("Home")
    counts = browser.find_element(By.ID, "counts").text
    assert "3 requests" in counts.replace("\n", " ")
    shot = tmp_path / "home.png"
    assert browser.save_screenshot(str(shot)) and _colours(browser, shot) > 20
    _keep(shot)
    box = browser.find_element(By.ID, "q")
    box.send_keys("Lindqvist")
    box.submit()
    WebDriverWait(browser, 20).until(lambda d: "/search" in d.current_url)
    link = browser.find_element(By.CSS_SELECTOR, "#results a")
    assert link.text == "Ana Lindqvist"
    link.click()
    assert browser.current_url.endswith("/id/person/ana-lindqvist")


@pytest.mark.browser
@pytest.mark.live
def test_named_query_page_in_a_browser(browser, live_url, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live_url + "/queries/requests")
    table = browser.find_element(By.ID, "results")
    assert [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")][:3] == [
        "request",
        "section",
        "requester",
    ]
    assert len(table.find_elements(By.CSS_SELECTOR, "tbody tr")) == 4
    shot = tmp_path / "requests.png"
    assert browser.save_screenshot(str(shot)) and _colours(browser, shot) > 20
    _keep(shot)
    field = browser.find_element(By.NAME, "addressee")
    field.send_keys("Sweden")
    field.submit()
    WebDriverWait(browser, 20).until(lambda d: "addressee=Sweden" in d.current_url)
    rows = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    assert len(rows) == 1 and "Sweden" in rows[0].text
    csv = next(a for a in browser.find_elements(By.CSS_SELECTOR, "nav.formats a") if a.text == "CSV")
    assert "addressee=Sweden" in csv.get_attribute("href") and "format=csv" in csv.get_attribute("href")


def test_a_report_without_a_title_is_named_after_its_meeting():
    store = Store.open(None)
    store.load(path=DATA, format=ox.RdfFormat.TRIG)
    store.inner.update("DELETE WHERE { GRAPH ?g { ?r <http://purl.org/dc/terms/title> ?t } }")
    store.inner.update("DELETE WHERE { ?r <http://purl.org/dc/terms/title> ?t }")
    page = create_app(Config(store=None), store=store).test_client().get("/", headers=BROWSER).get_data(as_text=True)
    assert '<a href="/id/report/wgx-7">Report of the WG-X meeting 7</a>' in page
