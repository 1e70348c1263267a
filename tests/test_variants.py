"""End to end on a report the extractor has never seen: another body, meeting, people,
countries, year, numbering depth, and the noise of each format (glued words, bookmarks,
non-breaking spaces; Word paragraphs; PDF line breaks, hyphenation, running headers and
page numbers). The same facts must come out of the .txt, the .docx and the .pdf."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pdfgen import layout, write_pdf

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.queries import get_query

SOURCE = Path(__file__).parent / "data" / "variants" / "cwg-cop-7.txt"


def _paragraphs() -> list[str]:
    return [line for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _make(fmt: str, tmp: Path) -> Path:
    paras = _paragraphs()
    if fmt == "txt":
        return SOURCE
    if fmt == "txt-cp1252":
        path = tmp / "cwg-cop-7.txt"
        path.write_bytes("\n".join(p.replace(" ", "\u00a0", 3) for p in paras).encode("cp1252", "replace"))
        return path
    if fmt == "docx":
        d = docx.Document()
        d.add_paragraph(paras[0], style="Title")
        for p in paras[1:]:
            style = "Heading 1" if p[:2].strip(". ").isdigit() and len(p) < 40 else None
            d.add_paragraph(p.replace("[bookmark: _x1]", ""), style=style)
        path = tmp / "cwg-cop-7.docx"
        d.save(path)
        return path
    path = tmp / "cwg-cop-7.pdf"
    return write_pdf(
        path,
        layout([p.replace("[bookmark: _x1]", "") for p in paras], width=70, lines_per_page=22, header="CWG-COP-7/10-E"),
    )


@pytest.fixture(scope="module", params=["txt", "txt-cp1252", "docx", "pdf"])
def store(request, tmp_path_factory) -> Store:
    path = _make(request.param, tmp_path_factory.mktemp(request.param))
    st = Store.open(None)
    results = ingest_files([path], st, Config(store=None))
    assert results[0].conforms
    assert results[0].report_id == "cwg-cop-7"
    return st


def _rows(store: Store, name: str) -> list[dict[str, str]]:
    variables, rows = store.select(get_query(name).text)
    return [{v: ("" if r[v] is None else str(r[v])) for v in variables} for r in rows]


def test_meeting(store):
    (m,) = _rows(store, "meetings")
    assert m["meeting"].endswith("/id/meeting/cwg-cop-7")
    assert m["body"] == "Council Working Group on Child Online Protection"
    assert (m["number"], m["start"], m["end"], m["mode"]) == ("7", "2023-09-14", "2023-09-15", "hybrid")
    assert m["place"] == "Geneva"
    assert m["delegates"] == "85"
    assert m["chair"] == "Amina Diallo"


def test_people_posts_and_countries(store):
    people = {(r["name"], r["role"], r["country"]) for r in _rows(store, "people")}
    assert ("Amina Diallo", "Chair", "Senegal") in people
    assert ("Lars Eriksson", "Vice-Chair", "Sweden") in people
    assert ("Hiroshi Tanaka", "Vice-Chair", "Japan") in people
    assert ("Clara Mendes", "Vice-Chair", "Portugal") in people  # glued in the text
    assert ("Tomas Novak", "Deputy Secretary-General", "") in people
    assert ("Kwame Mensah", "Director", "") in people
    names = {r["name"] for r in _rows(store, "people")}
    assert len(names) == 6, names  # "Dr Mensah" is the same person


def test_documents_action_lines_sdgs_events(store):
    assert {r["symbol"] for r in _rows(store, "documents")} >= {"CWG-COP-7/1(Rev.1)", "CWG-COP-7/3"}
    assert {r["code"] for r in _rows(store, "action-line-mentions")} == {"C3", "C4", "C5", "C10"}
    assert "4" in {r["number"] for r in _rows(store, "sdg-mentions")}
    events = {r["name"]: (r["start"], r["end"]) for r in _rows(store, "events")}
    assert events.get("WSIS Forum 2024") == ("2024-05-27", "2024-05-31")
    resolutions = {(r["number"], r["issuer"]) for r in _rows(store, "resolutions")}
    assert ("1305", "ITU Council") in resolutions


def test_deadlines(store):
    dates = {r["date"] for r in _rows(store, "deadlines")}
    assert {"2024-03-01", "2024-01-15"} <= dates


def test_requests(store):
    rows = _rows(store, "requests")
    by_section = {}
    for r in rows:
        by_section.setdefault(r["section"], []).append(r)
    (r41,) = by_section["4.1"]
    assert (r41["verb"], r41["deadline"]) == ("request", "2024-03-01")
    assert "Secretariat" in r41["addressee"]
    assert r41["action"].startswith("prepare a report on Action Lines C5 and C10")
    (r42,) = by_section["4.2"]
    assert r42["verb"] == "invite" and "Member States" in r42["addressee"] and r42["deadline"] == "2024-01-15"
    (r43,) = by_section["4.3"]
    assert r43["verb"] == "encourage" and r43["addressee"] == "Kwame Mensah"
    (r3111,) = by_section["3.1.1.1"]
    assert r3111["verb"] == "invite" and r3111["requester"] == "Kwame Mensah"
    assert "4.4" not in by_section  # "noted" is not a request
