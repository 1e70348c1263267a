"""The query page in a real headless browser (Debian's chromium driven by selenium)."""

from __future__ import annotations

import pytest
from sparql_support import EX, app_for, chromium, close_app, fill_small, live_server

from wsiskg.core.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.live]


@pytest.fixture(scope="module")
def base_url():
    store = Store.open(None)
    fill_small(store)
    app = app_for(store)
    with live_server(app) as base:
        yield base
    close_app(app)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with chromium(window=None, extra=(f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",)) as driver:
        yield driver


def wait_for(driver, css: str, timeout: float = 10):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def set_query(driver, text: str) -> None:
    driver.execute_script(
        "var e = document.getElementById('query'); e.value = arguments[0];e.dispatchEvent(new Event('input'));", text
    )


def test_page_runs_a_query_and_shows_a_table_with_links(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/sparql")
    assert "SPARQL" in browser.title
    set_query(browser, f"SELECT ?p ?name WHERE {{ ?p <{EX}name> ?name }} ORDER BY ?name")
    browser.find_element(By.ID, "run").click()
    table = wait_for(browser, "#results-table")
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    assert headers == ["p", "name"]
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == 3
    link = rows[0].find_element(By.CSS_SELECTOR, "a")
    assert link.get_attribute("href") == f"{EX}alice"
    assert "3 result(s)" in browser.find_element(By.ID, "status").text
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_examples_and_download_links(browser, base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from wsiskg.queries import list_queries

    browser.get(base_url + "/sparql")
    select = Select(browser.find_element(By.ID, "examples"))
    names = [o.get_attribute("value") for o in select.options if o.get_attribute("value")]
    assert names == [q.name for q in list_queries(internal=False)]
    assert not {"resource-triples", "void-totals", "actor-nodes", "entity-labels"} & set(names)
    select.select_by_value("people")
    assert "foaf:Person" in browser.find_element(By.ID, "query").get_property("value")
    assert browser.find_element(By.ID, "example-description").text.startswith("Persons named")
    links = browser.find_elements(By.CSS_SELECTOR, "#downloads a.download")
    assert [a.text for a in links] == ["SPARQL JSON", "SPARQL XML", "CSV", "TSV"]
    csv_link = next(a.get_attribute("href") for a in links if a.text == "CSV")
    import urllib.request

    with urllib.request.urlopen(csv_link, timeout=10) as response:
        assert response.headers.get_content_type() == "text/csv"
        assert response.read().decode().startswith("person,name")


def test_page_shows_errors_and_construct(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/sparql")
    set_query(browser, "SELECT * WHERE { ?s ?p }")
    browser.find_element(By.ID, "run").click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 10).until(lambda d: "Error 400" in d.find_element(By.ID, "status").text)
    status = browser.find_element(By.ID, "status").text
    assert "line 1, column" in status and "| SELECT * WHERE { ?s ?p }" in status and "^" in status
    set_query(browser, f"CONSTRUCT WHERE {{ <{EX}bob> ?p ?o }}")
    links = browser.find_elements(By.CSS_SELECTOR, "#downloads a.download")
    assert links[0].text == "Turtle"
    browser.find_element(By.ID, "run").click()
    pre = wait_for(browser, "#results-text")
    assert f"<{EX}bob>" in pre.text or "Bob" in pre.text


def test_site_navigation_and_a_description_that_never_goes_stale(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/sparql?example=people")
    nav = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "header.site a")]
    assert base_url + "/" in nav and base_url + "/queries" in nav and base_url + "/graph" in nav
    assert browser.find_element(By.ID, "examples").get_property("value") == "people"
    assert browser.find_element(By.ID, "example-description").text
    set_query(browser, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert browser.find_element(By.ID, "example-description").text == ""
    assert browser.find_element(By.ID, "examples").get_property("value") == ""


def test_a_typo_gets_a_hint(browser, base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(base_url + "/sparql")
    set_query(browser, "SELECT * WHERE {\n  ?s ?p ?o\n} LIMT 3")
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 10).until(lambda d: "Error 400" in d.find_element(By.ID, "status").text)
    status = browser.find_element(By.ID, "status").text
    assert "line 3, column" in status and "did you mean LIMIT" in status
