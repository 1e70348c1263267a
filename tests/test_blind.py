"""Blind test: four reports written like real ITU reports the extractor was not built on (a
CWG-WSIS&SDG meeting with "Agenda item" headings, a CWG-Internet meeting with an open
consultation, read from a PDF with running headers and hyphenation, a WSIS event's Chair's
summary, and a Council summary record with a table as text). Every named query of the
contract is checked on concrete facts, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfgen import layout, write_pdf

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.queries import get_query

DATA = Path(__file__).parent / "data" / "blind"


def _rows(store: Store, name: str) -> list[dict[str, str]]:
    variables, rows = store.select(get_query(name).text)
    return [{v: ("" if r[v] is None else str(r[v])) for v in variables} for r in rows]


def _ingest(path: Path, report_id: str) -> Store:
    st = Store.open(None)
    (result,) = ingest_files([path], st, Config(store=None))
    assert result.conforms
    assert result.report_id == report_id
    return st


@pytest.fixture(scope="module")
def cwg() -> Store:
    return _ingest(DATA / "cwg-wsis-sdg-41.txt", "cwg-wsis-sdg-41")


@pytest.fixture(scope="module", params=["txt", "pdf"])
def internet(request, tmp_path_factory) -> Store:
    source = DATA / "cwg-internet-22.txt"
    if request.param == "txt":
        return _ingest(source, "cwg-internet-22")
    paras = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = layout(paras, width=68, lines_per_page=18, header="CWG-INTERNET-22/6-E")
    return _ingest(write_pdf(tmp_path_factory.mktemp("pdf") / "cwg-internet-22.pdf", pages), "cwg-internet-22")


@pytest.fixture(scope="module")
def forum() -> Store:
    return _ingest(DATA / "wsis-forum-2025-outcome.txt", "wsis-forum-2025-outcome")


@pytest.fixture(scope="module")
def council() -> Store:
    return _ingest(DATA / "council-2024-wsis.txt", "council-2024-wsis")


def _people(store: Store) -> dict[str, tuple[str, str, str, str]]:
    return {r["name"]: (r["honorific"], r["role"], r["organization"], r["country"]) for r in _rows(store, "people")}


def _requests(store: Store) -> dict[str, dict[str, object]]:
    """section -> requester, verb, action, deadline and the set of addressees (one request a section)."""
    out: dict[str, dict[str, object]] = {}
    for r in _rows(store, "requests"):
        entry = out.setdefault(
            r["section"], {k: r[k] for k in ("requester", "verb", "action", "deadline")} | {"to": set()}
        )
        entry["to"].add(r["addressee"])
    return out


# ---------------------------------------------------------------- (a) CWG-WSIS&SDG, 41st meeting
def test_cwg_meeting(cwg):
    (m,) = _rows(cwg, "meetings")
    assert m["meeting"].endswith("/id/meeting/cwg-wsis-sdg-41")
    assert (m["body"], m["bodyAcronym"], m["number"]) == ("Council Working Group on WSIS&SDG", "CWG-WSIS&SDG", "41")
    assert (m["start"], m["end"], m["mode"], m["place"], m["delegates"]) == (
        "2024-09-17",
        "2024-09-18",
        "hybrid",
        "Geneva",
        "112",
    )
    assert m["chair"] == "Ingrid Solberg"


def test_cwg_people(cwg):
    people = _people(cwg)
    group = "Council Working Group on WSIS&SDG (CWG-WSIS&SDG)"
    assert people["Ingrid Solberg"] == ("Ms.", "Chair", group, "Norway")
    assert people["Kofi Asante"] == ("Mr.", "Vice-Chair", group, "Ghana")
    assert people["Leila Haddad"] == ("Ms.", "Vice-Chair", group, "Tunisia")
    assert people["Rafael Quintero"][:3] == (
        "Mr.",
        "Deputy Secretary-General",
        "International Telecommunication Union (ITU)",
    )
    assert people["Tiago Ferreira"][0::3] == ("Mr.", "Brazil")  # "The delegate of Brazil, Mr. Tiago Ferreira"
    assert people["Yuki Morimoto"][0] == "Dr"
    assert len(people) == 6, people


def test_cwg_concepts_documents_and_organizations(cwg):
    lines = {(r["code"], r["section"]) for r in _rows(cwg, "action-line-mentions")}
    assert lines == {("C2", "3.1"), ("C5", "3.1"), ("C6", "3.1"), ("C7.e-health", "3.2")}
    assert {(r["number"], r["section"]) for r in _rows(cwg, "sdg-mentions") if r["kind"] == "stated"} == {
        ("9", "3.1"),
        ("17", "3.1"),
        ("3", "3.2"),
    }
    docs = {(r["symbol"], r["section"]) for r in _rows(cwg, "documents")}
    assert {
        ("CWG-WSIS&SDG-41/1(Rev.1)", "2.1"),
        ("CWG-WSIS&SDG-41/5", "3.1"),
        ("CWG-WSIS&SDG-41/5", "3.3"),
        ("CWG-WSIS&SDG-41/7", "4.1"),
    } <= docs
    orgs = {r["name"]: r["acronym"] for r in _rows(cwg, "organizations")}
    assert orgs["Council Working Group on WSIS&SDG"] == "CWG-WSIS&SDG"
    assert _rows(cwg, "resolutions") == []


def test_cwg_events_and_deadlines(cwg):
    events = {r["name"]: (r["start"], r["end"], r["place"]) for r in _rows(cwg, "events")}
    assert events["WSIS+20 High-Level Event 2025"] == ("2025-07-07", "2025-07-11", "Geneva")
    assert "AI for Good Global Summit 2025" in events
    assert "WSIS+20 review by the United Nations General Assembly" in events
    deadlines = {(r["date"], r["section"]) for r in _rows(cwg, "deadlines")}
    assert deadlines == {("2024-11-15", "4.3"), ("2025-01-10", "4.4")}


def test_cwg_requests(cwg):
    reqs = _requests(cwg)
    group = "Council Working Group on WSIS&SDG"
    r43 = reqs["4.3"]
    assert (r43["requester"], r43["verb"], r43["deadline"]) == (group, "request", "2024-11-15")
    assert r43["to"] == {"WSIS Secretariat"}
    assert r43["action"].startswith("prepare a draft ITU contribution to the WSIS+20 review")
    r44 = reqs["4.4"]
    assert (r44["verb"], r44["deadline"], r44["to"]) == ("invite", "2025-01-10", {"Member States", "Sector Members"})
    assert r44["action"].startswith("submit written contributions on the WSIS+20 review")
    r52 = reqs["5.2"]
    assert (r52["verb"], r52["to"], r52["deadline"]) == ("encourage", {"Member States"}, "")
    assert reqs["action-required"]["to"] == {"ITU Council"}
    assert "3.3" not in reqs and "4.2" not in reqs  # "took note", "agreed to establish": no addressee


def test_cwg_provenance(cwg):
    rows = _rows(cwg, "provenance")
    brazil = [r for r in rows if r["entity"].endswith("/id/country/BRA")]
    assert brazil and brazil[0]["section"] == "3.2" and "The delegate of Brazil" in brazil[0]["text"]
    doc = [r for r in rows if r["entity"].endswith("/id/document/cwg-wsis-sdg-41-7")]
    assert doc and doc[0]["text"].startswith("Dr Yuki Morimoto")


# ---------------------------------------------------------------- (b) CWG-Internet, open consultation (txt and pdf)
def test_internet_meeting(internet):
    (m,) = _rows(internet, "meetings")
    assert (m["bodyAcronym"], m["number"], m["start"], m["end"]) == ("CWG-Internet", "22", "2025-01-29", "2025-01-29")
    assert (m["mode"], m["place"], m["delegates"], m["chair"]) == ("hybrid", "Geneva", "76", "Abdullah Al-Harbi")


def test_internet_people(internet):
    people = _people(internet)
    group = "Council Working Group on International Internet-related Public Policy Issues (CWG-Internet)"
    assert people["Abdullah Al-Harbi"] == ("Mr.", "Chair", group, "Saudi Arabia")
    assert people["Elena Petrova"] == ("Prof.", "Vice-Chair", group, "Bulgaria")
    assert people["Lucia Hernandez"][0::3] == ("Ms.", "Mexico")  # "The Administration of Mexico, represented by"
    assert len(people) == 3, people


def test_internet_documents_and_facts(internet):
    docs = {r["symbol"] for r in _rows(internet, "documents")}
    assert docs == {"CWG-Internet-22/1", "CWG-Internet-22/3", "CWG-Internet-22/4", "CWG-Internet-22/5"}
    assert {r["code"] for r in _rows(internet, "action-line-mentions")} == {"C2"}
    assert {r["number"] for r in _rows(internet, "sdg-mentions") if r["kind"] == "stated"} == {"9"}
    (res,) = _rows(internet, "resolutions")
    assert (res["number"], res["issuer"], res["revisionKind"], res["revisionYear"]) == (
        "1344",
        "ITU Council",
        "Modified",
        "2019",
    )
    assert {r["date"] for r in _rows(internet, "deadlines")} == {"2025-09-15"}


def test_internet_requests(internet):
    reqs = _requests(internet)
    assert reqs["3.4"]["verb"] == "request" and reqs["3.4"]["action"].startswith("publish the contributions")
    assert reqs["3.4"]["requester"] == "Council Working Group on International Internet-related Public Policy Issues"
    assert (reqs["5.2"]["verb"], reqs["5.2"]["to"], reqs["5.2"]["deadline"]) == (
        "invite",
        {"Member States"},
        "2025-09-15",
    )


# ---------------------------------------------------------------- (c) WSIS event outcome document / Chair's summary
def test_forum_people(forum):
    people = _people(forum)
    assert people["Mateo Alvarez"][0::3] == ("H.E. Mr.", "Argentina")  # "..., Minister of ..., Argentina."
    assert people["Amara Okafor"][0::3] == ("Ms.", "Nigeria")
    assert people["Priya Raman"][1] == "Deputy Secretary-General"
    assert len(people) == 3, people


def test_forum_facts(forum):
    assert _rows(forum, "meetings") == []
    events = {r["name"]: (r["start"], r["end"], r["place"], r["kind"]) for r in _rows(forum, "events")}
    assert events["WSIS+20 High-Level Event 2025"] == ("2025-07-07", "2025-07-11", "Geneva, Switzerland", "Forum")
    assert events["29th session of the Commission on Science and Technology for Development"][:2] == (
        "2026-04-01",
        "2026-04-30",
    )
    assert {r["code"] for r in _rows(forum, "action-line-mentions")} == {"C1", "C3", "C4", "C11"}
    # "" is the SDG framework as a whole ("the 2030 Agenda")
    assert {r["number"] for r in _rows(forum, "sdg-mentions") if r["kind"] == "stated"} == {"", "4", "5", "16"}
    assert {r["date"] for r in _rows(forum, "deadlines")} == {"2025-12-31"}
    reqs = _requests(forum)
    assert (reqs["5"]["requester"], reqs["5"]["verb"], reqs["5"]["to"]) == (
        "Participants",
        "invite",
        {"United Nations Group on the Information Society"},
    )
    assert (reqs["6"]["verb"], reqs["6"]["to"], reqs["6"]["deadline"]) == (
        "call-upon",
        {"all stakeholders"},
        "2025-12-31",
    )
    orgs = {r["name"] for r in _rows(forum, "organizations")}
    assert {"United Nations Conference on Trade and Development", "United Nations Development Programme"} <= orgs


# ---------------------------------------------------------------- (d) Council 2024 summary record
def test_council_people(council):
    people = _people(council)
    assert people["Ingrid Solberg"] == ("Ms.", "Chair", "Council Working Group on WSIS&SDG (CWG-WSIS&SDG)", "Norway")
    assert people["Helena Varga"][1:3] == ("Secretary-General", "International Telecommunication Union (ITU)")
    assert people["Arjun Mehta"][0::3] == ("Mr.", "India")  # "The Councillor from India, Mr. Arjun Mehta"


def test_council_resolutions_and_documents(council):
    res = {
        (r["name"], r["number"], r["issuer"], r["revisionKind"], r["revisionYear"])
        for r in _rows(council, "resolutions")
    }
    assert res == {
        (
            "Resolution 1332 (modified 2024)",
            "1332",
            "ITU Council",
            "Modified",
            "2024",
        ),  # "(modified ...)": a Council text
        ("Council Decision 632 (C24)", "632", "ITU Council", "", ""),
    }
    docs = {(r["symbol"], r["section"], r["agendaItem"]) for r in _rows(council, "documents")}
    assert {("C24/23", "1", "1"), ("C24/23", "1.4", "1"), ("C24/45", "2.2", ""), ("C24/121-E", "front", "")} <= docs


def test_council_events_table(council):
    events = {r["name"]: (r["start"], r["end"]) for r in _rows(council, "events")}
    assert events["WSIS+20 High-Level Event 2025"] == ("2025-07-07", "2025-07-11")
    assert events["Internet Governance Forum 2025"] == ("2025-06-23", "2025-06-27")
    assert events["28th session of the Commission on Science and Technology for Development"] == (
        "2025-04-07",
        "2025-04-11",
    )
    assert "ITU Council 2025" in events


def test_council_requests_and_deadlines(council):
    reqs = _requests(council)
    sg = "Secretary-General, International Telecommunication Union"
    assert (reqs["2.3"]["requester"], reqs["2.3"]["verb"], reqs["2.3"]["to"]) == ("ITU Council", "instruct", {sg})
    assert reqs["2.3"]["action"] == "report to Council 2025 on the implementation of Resolution 1332 (modified 2024)"
    assert (reqs["3.3"]["verb"], reqs["3.3"]["to"], reqs["3.3"]["deadline"]) == ("request", {sg}, "2025-03-31")
    assert {(r["date"], r["section"]) for r in _rows(council, "deadlines")} == {("2025-03-31", "3.3")}
    assert "1.4" not in reqs and "2.2" not in reqs  # "took note", "approved"
