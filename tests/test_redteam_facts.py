"""Red team for reading and fact extraction: reports in other ITU styles than the sample
(undotted, Roman and annex numbering; summary records; expert-group reports), other years,
and the noise of each format (UTF-16 and cp1252 text; PDFs with running headers, "- n -"
page numbers and hyphenated line ends). Facts are checked through the real pipeline and
the named queries, as a user of the graph sees them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from extract_support import make_report, one_section_report
from pdfgen import layout, write_pdf

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.deadlines import find_deadlines
from wsiskg.ingest.extract.documents import symbol_mentions
from wsiskg.ingest.extract.events import event_mentions, find_events
from wsiskg.ingest.extract.meeting import find_meeting
from wsiskg.ingest.extract.resolutions import find_resolutions, resolution_mentions
from wsiskg.ingest.parse import parse
from wsiskg.ingest.pdf_layout import pdf_pages_to_blocks
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.ingest.read import read
from wsiskg.ingest.records import Block, RawDocument
from wsiskg.queries import get_query

DATA = Path(__file__).parent / "data" / "redteam-facts"
CWG = DATA / "cwg-wsis-40.txt"
EGTI = DATA / "egti-12.txt"
RECORD = DATA / "summary-record.txt"


def _paragraphs(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _make(source: Path, fmt: str, tmp: Path) -> Path:
    paras = _paragraphs(source)
    if fmt == "txt":
        return source
    if fmt == "utf16":
        path = tmp / source.name
        path.write_bytes("\r\n".join(paras).encode("utf-16"))
        return path
    if fmt == "cp1252":
        path = tmp / source.name
        path.write_bytes("\r\n".join(paras).encode("cp1252", "replace"))
        return path
    # PDF: "- n -" page numbers and a running document symbol at the top of every page
    pages = layout(paras, width=72, lines_per_page=20, header="")
    pages = [[f"- {i} -", f"{source.stem.upper()}/10-E", ""] + page[:-1] for i, page in enumerate(pages, 1)]
    return write_pdf(tmp / f"{source.stem}.pdf", pages)


def _store(source: Path, fmt: str, tmp: Path) -> Store:
    st = Store.open(None)
    (result,) = ingest_files([_make(source, fmt, tmp)], st, Config(store=None))
    assert result.conforms
    return st


def _rows(store: Store, name: str) -> list[dict[str, str]]:
    variables, rows = store.select(get_query(name).text)
    return [{v: ("" if r[v] is None else str(r[v])) for v in variables} for r in rows]


@pytest.fixture(scope="module", params=["txt", "utf16", "cp1252", "pdf"])
def cwg(request, tmp_path_factory) -> Store:
    return _store(CWG, request.param, tmp_path_factory.mktemp(request.param))


# ------------------------------------------------------- a CWG report, other style
def test_cwg_meeting_with_venue_and_undotted_numbering(cwg):
    (m,) = _rows(cwg, "meetings")
    assert m["meeting"].endswith("/id/meeting/cwg-wsis-sdg-40")
    assert (m["number"], m["start"], m["end"], m["mode"]) == ("40", "2024-02-06", "2024-02-07", "hybrid")
    assert m["place"] == "Geneva, Switzerland"  # not "ITU" (headquarters is the building)
    assert m["delegates"] == "95"  # not the 40 who attended remotely


def test_cwg_documents_and_abbreviated_lists(cwg):
    symbols = {r["symbol"] for r in _rows(cwg, "documents")}
    assert symbols >= {
        "CWG-WSIS&SDG-40/1(Rev.1)",
        "CWG-WSIS&SDG-40/2",
        "CWG-WSIS&SDG-40/3",
        "CWG-WSIS&SDG-40/4",
        "CWG-WSIS&SDG-40/3(Rev.1)",
        "CWG-WSIS&SDG-40/INF/1",
        "C24/45-E",
        "E/CN.16/2024/2",
        "A/RES/78/132",
    }
    assert not any(s.startswith("CWG-WSIS&SDG-40/10") for s in symbols)  # the running header is furniture


def test_cwg_resolutions(cwg):
    got = {(r["resolution"].rsplit("/", 1)[1], r["number"], r["issuer"]) for r in _rows(cwg, "resolutions")}
    assert ("itu-pp-res-140-rev-bucharest-2022", "140", "Plenipotentiary Conference") in got  # issuer from the venue
    assert ("itu-council-res-1332-mod-2019", "1332", "ITU Council") in got  # "(C16, last amended C19)"
    assert ("a-res-70-125", "70/125", "United Nations General Assembly") in got  # "UNGA resolution 70/125"
    assert ("e-res-2023-3", "2023/3", "United Nations Economic and Social Council") in got
    assert ("wtdc-res-30-rev-kigali-2022", "30", "World Telecommunication Development Conference") in got
    assert not any(key.startswith("res-") for key, _, _ in got)  # no issuer-less duplicates


def test_cwg_events(cwg):
    events = {r["event"].rsplit("/", 1)[1]: (r["start"], r["end"]) for r in _rows(cwg, "events")}
    assert events["wsis-forum-2024"] == ("2024-05-27", "2024-05-31")
    assert events["cstd-27"] == ("2024-04-15", "2024-04-19")
    assert events["ai-for-good-global-summit-2024"] == ("2024-05-30", "2024-05-31")
    assert events["igf-2024"] == ("", "")  # the dates after it belong to the summit named next
    assert {"wtdc-25", "pp-26", "council-2024"} <= set(events)


def test_cwg_deadlines(cwg):
    got = {(r["date"], r["subject"]) for r in _rows(cwg, "deadlines")}
    assert ("2025-01-15", "submit contributions") in got  # "no later than"
    assert ("2024-03-31", "circulate the draft roadmap") in got  # "by end of March 2024"
    assert ("2024-05-10", "Comments on the draft report (Conclusions)") in got  # "on or before"


# ------------------------------------------------- expert group, Roman numbering
def test_egti_sections_meeting_and_rolled_deadline(tmp_path):
    report = parse(read(EGTI))
    assert [(s.number, s.heading) for s in report.sections] == [
        ("I", "Opening of the meeting"),
        ("II", "Documents"),
        ("III", "Sub-group work"),
        ("IV", "Next steps"),
        ("Annex 1", "Annex 1"),
    ]
    st = _store(EGTI, "txt", tmp_path)
    (m,) = _rows(st, "meetings")
    assert (m["number"], m["start"], m["end"], m["mode"], m["place"]) == (
        "12",
        "2023-09-25",
        "2023-09-27",
        "hybrid",
        "Geneva, Switzerland",
    )
    assert (m["delegates"], m["delegatesQualifier"]) == ("120", "about")  # "Some 120 delegates from 60 Member States"
    # "before 1 March" in the report of a September 2023 meeting is 1 March 2024
    assert {(r["date"], r["subject"]) for r in _rows(st, "deadlines")} == {("2024-03-01", "send their comments")}
    assert {r["symbol"] for r in _rows(st, "documents")} == {"TDAG-24/12", "WTDC-25/DT/3"}
    events = {r["event"].rsplit("/", 1)[1]: (r["start"], r["end"]) for r in _rows(st, "events")}
    assert events == {"wtis-24": ("2024-12-03", "2024-12-05")}


def test_summary_record_meeting_dates_from_lead_sentence(tmp_path):
    st = _store(RECORD, "txt", tmp_path)
    (m,) = _rows(st, "meetings")
    assert (m["number"], m["start"], m["mode"], m["delegates"], m["delegatesQualifier"]) == (
        "3",
        "2024-03-14",
        "virtual",
        "200",
        "more than",
    )
    (r,) = _rows(st, "resolutions")
    assert (r["number"], r["issuer"]) == ("179", "Plenipotentiary Conference")


# ------------------------------------------------------------- unit-level probes
def _sections(*lines: str) -> list[tuple[str, str]]:
    raw = RawDocument("t.txt", "text/plain", tuple(Block(line) for line in lines))
    return [(s.number, s.heading) for s in parse(raw).sections]


def test_loose_numbers_only_in_sequence_and_heading_like():
    assert _sections("1 Introduction", "Text.", "2 Documents", "Text.", "15 January 2025 was set.", "4 Skipped") == [
        ("1", "Introduction"),
        ("2", "Documents"),
    ]
    assert _sections("I. Opening", "I. Smith spoke.", "II Close") == [("I", "Opening"), ("II", "Close")]
    assert _sections("1 Introduction", "ANNEX A – List of participants") == [
        ("1", "Introduction"),
        ("Annex A", "List of participants"),
    ]


@pytest.mark.parametrize(
    ("text", "key", "issuer"),
    [
        ("Res. 1332 (C16, last amended C19)", "itu-council-res-1332-mod-2019", "itu-council"),
        ("General Assembly resolution 78/132", "a-res-78-132", "unga"),
        ("ECOSOC resolution 2023/3", "e-res-2023-3", "ecosoc"),
        ("ITU-T Resolution 1 (Rev. WTSA-20)", "wtsa-res-1-rev-2020", "wtsa"),
    ],
)
def test_resolution_forms(text, key, issuer):
    (r,) = resolution_mentions(text)
    assert (r["key"], r["issuer"]) == (key, issuer)


def test_lowercase_resolution_needs_an_issuer():
    assert resolution_mentions("the resolution 3 of the group and Resolution 3/2") == []


def test_abbreviated_symbol_lists_need_the_same_meeting():
    assert [m.symbol for m in symbol_mentions("CWG-WSIS&SDG-40/1, 40/INF/2(Rev.1) and 40/3-E")] == [
        "CWG-WSIS&SDG-40/1",
        "CWG-WSIS&SDG-40/INF/2(Rev.1)",
        "CWG-WSIS&SDG-40/3-E",
    ]
    assert [m.symbol for m in symbol_mentions("TDAG-24/12, 23/4")] == ["TDAG-24/12"]


def test_generic_yearly_events_do_not_swallow_places_or_series():
    keys = [
        m.key
        for m in event_mentions("IGF 2024 in Riyadh and the AI for Good Global Summit 2024 and the ITU Council 2024")
    ]
    assert keys == ["igf-2024", "ai-for-good-global-summit-2024", "council-2024"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between 3 and 5 July 2024", date(2024, 7, 3), date(2024, 7, 5)),
        ("3rd – 5th July 2024", date(2024, 7, 3), date(2024, 7, 5)),
        ("3rd-5th of July 2024", date(2024, 7, 3), date(2024, 7, 5)),
        ("July 3-5, 2024", date(2024, 7, 3), date(2024, 7, 5)),
        ("from 6 to 7 February 2024", date(2024, 2, 6), date(2024, 2, 7)),
    ],
)
def test_date_ranges(text, start, end):
    (d,) = find_dates(text)
    assert (d.start, d.end) == (start, end)


def test_pdf_hyphen_rejoined_only_when_the_document_knows_the_word():
    pages = [
        "- 1 -\nThe imple-\nmentation of the CWG-\nWSIS&SDG outcomes and their follow-\nup were "
        "noted. The implementation continues.",
    ]
    (block,) = pdf_pages_to_blocks(pages)
    assert block.text.startswith("The implementation of the CWG-WSIS&SDG outcomes and their follow-up were noted.")
    (kept,) = pdf_pages_to_blocks(["- 1 -\nThe imple-\nmentation of the plan was noted."])
    assert kept.text == "The imple-mentation of the plan was noted."  # never printed whole: kept as printed


# -------------------------------------- upper-case title, dateline, Roman parts
def test_upper_case_title_and_dateline(tmp_path):
    st = _store(DATA / "cwg-wsis-40-upper.txt", "txt", tmp_path)
    (m,) = _rows(st, "meetings")
    assert (m["number"], m["start"], m["end"], m["place"], m["mode"]) == (
        "40",
        "2024-02-06",
        "2024-02-07",
        "Geneva",
        "virtual",
    )
    # "CWG-WSIS&SDG-40/2 to 40/5" is the four documents; "DT/5" has no meeting: not read
    assert {r["symbol"] for r in _rows(st, "documents")} == {f"CWG-WSIS&SDG-40/{n}" for n in range(2, 6)}
    assert ("2024-03-31", "Inputs to the WSIS+20 review") in {(r["date"], r["subject"]) for r in _rows(st, "deadlines")}


def test_roman_parts_hold_arabic_paragraphs_and_place_after_the_building(tmp_path):
    report = parse(read(DATA / "tdag-31.txt"))
    assert [s.number for s in report.sections] == ["front", "I", "1", "2", "II", "3", "4"]
    st = _store(DATA / "tdag-31.txt", "txt", tmp_path)
    (m,) = _rows(st, "meetings")
    assert (m["number"], m["start"], m["end"], m["place"], m["mode"], m["delegates"]) == (
        "31",
        "2024-05-22",
        "2024-05-26",
        "Geneva",
        "hybrid",
        "300",
    )
    got = {(r["number"], r["issuer"]) for r in _rows(st, "resolutions")}
    assert got == {("1", "World Telecommunication Development Conference"), ("131", "Plenipotentiary Conference")}


def test_document_ranges_are_bounded_and_in_one_series():
    assert [m.symbol for m in symbol_mentions("CWG-WSIS&SDG-40/INF/1–40/INF/3, 40/7")] == [
        "CWG-WSIS&SDG-40/INF/1",
        "CWG-WSIS&SDG-40/INF/2",
        "CWG-WSIS&SDG-40/INF/3",
        "CWG-WSIS&SDG-40/7",
    ]
    assert [m.symbol for m in symbol_mentions("TDAG-24/2 to 24/900")] == ["TDAG-24/2", "TDAG-24/900"]


def test_one_page_pdf_with_symbol_header_roman_heading_and_wrapped_title(tmp_path):
    pages = [
        [
            "- 1 -",
            "EGTI-12/5-E",
            "",
            "Meeting report: 12th meeting of the Expert Group on Telecommunication/ICT",
            "Indicators (EGTI), 25–27 September 2023, Geneva, Switzerland",
            "I. Opening of the meeting and adoption of the agenda of the twelfth",
            "meeting",
            "The 12th meeting of the Expert Group on Telecommunication/ICT Indicators",
            "(EGTI) took place in Geneva, Switzerland, on 25–27 September 2023. The",
            "meeting was held in hybrid format.",
            "II. Documents",
            "The meeting considered documents TDAG-24/12 and WTDC-25/DT/3.",
        ]
    ]
    report = parse(read(write_pdf(tmp_path / "egti.pdf", pages)))
    assert report.title == (
        "Meeting report: 12th meeting of the Expert Group on Telecommunication/ICT "
        "Indicators (EGTI), 25–27 September 2023, Geneva, Switzerland"
    )
    assert [(s.number, s.heading) for s in report.sections][1:] == [
        ("I", "Opening of the meeting and adoption of the agenda of the twelfth meeting"),
        ("II", "Documents"),
    ]


def test_a_symbol_line_is_not_the_title():
    raw = RawDocument(
        "t.txt",
        "text/plain",
        tuple(
            Block(t)
            for t in (
                "CWG-WSIS&SDG-40/10-E",
                "Fortieth meeting of the Council Working Group on WSIS&SDG",
                "1 Introduction",
            )
        ),
    )
    assert parse(raw).title == "Fortieth meeting of the Council Working Group on WSIS&SDG"


# ------------------------------------------- round 2: UNGIS meeting without a number
UNGIS = DATA / "ungis-2024.txt"
ITUD = DATA / "itud-sg1-rapporteur.txt"


def test_ungis_meeting_without_number_events_with_places_and_months(tmp_path):
    st = _store(UNGIS, "txt", tmp_path)
    (m,) = _rows(st, "meetings")
    assert m["meeting"].endswith("/id/meeting/ungis-2024")  # named after the report
    assert (m["number"], m["start"], m["place"], m["mode"]) == ("", "2024-03-12", "Paris", "hybrid")
    events = {r["event"].rsplit("/", 1)[1]: (r["start"], r["end"], r["place"]) for r in _rows(st, "events")}
    assert events == {
        "wsis-forum-2024": ("2024-05-27", "2024-05-31", "Geneva"),  # "(27-31 May 2024, Geneva)"
        "igf-2024": ("", "", "Riyadh, Saudi Arabia"),  # "IGF 2024 in Riyadh, Saudi Arabia"
        "wsis-forum-2025": ("2025-07-07", "2025-07-11", "Geneva"),  # "held in Geneva from 7/11 July 2025"
        "wtdc-25": ("2025-11-01", "2025-11-30", "Baku, Azerbaijan"),  # "to be held in ..., in November 2025"
        "wsis-20-review": ("2025-12-01", "2025-12-31", ""),  # "the WSIS+20 review by UNGA in December 2025"
    }
    got = {(r["resolution"].rsplit("/", 1)[1], r["revisionKind"], r["revisionYear"]) for r in _rows(st, "resolutions")}
    assert got == {
        ("itu-pp-dec-5-rev-bucharest-2022", "Rev.", "2022"),
        ("itu-council-dec-482-mod-2019", "Modified", "2019"),
        ("wtpf-opinion-2", "", ""),
    }
    assert {r["symbol"] for r in _rows(st, "documents")} == {"ITU-T X.1205", "ITU-R M.2083"}
    assert {(r["date"], r["subject"]) for r in _rows(st, "deadlines")} == {
        ("2025-03-31", "send their inputs to the joint UNGIS statement"),  # "by the first quarter of 2025"
        ("2024-12-31", "publish the joint statement"),  # "will publish ... by the end of 2024"
    }


def test_ungis_records_carry_kind_precision_and_document_count():
    x = extract(parse(read(UNGIS)))
    assert x.meeting is not None and (x.meeting.body, x.meeting.number, x.meeting.documents_considered) == (
        "ungis",
        None,
        9,
    )
    assert {r.key: r.kind for r in x.resolutions} == {
        "itu-pp-dec-5-rev-bucharest-2022": "decision",
        "itu-council-dec-482-mod-2019": "decision",
        "wtpf-opinion-2": "opinion",
    }
    assert {e.key: e.precision for e in x.events} == {
        "wsis-forum-2024": "day",
        "igf-2024": "day",
        "wsis-forum-2025": "day",
        "wtdc-25": "month",
        "wsis-20-review": "month",
    }


def test_itud_rapporteur_group_meeting_symbols_and_passive_count(tmp_path):
    x = extract(parse(read(ITUD)))
    m = x.meeting
    assert m is not None
    assert (m.body, m.number, m.start, m.end, m.place, m.mode, m.delegates, m.documents_considered) == (
        "rapporteur-group-question-1-1",
        None,
        date(2024, 10, 14),
        date(2024, 10, 15),
        "Geneva",
        "hybrid",
        85,
        12,
    )
    st = _store(ITUD, "txt", tmp_path)
    assert {r["symbol"] for r in _rows(st, "documents")} == {
        "SG1RGQ/112-E",
        "SG1RGQ/101",
        "SG1RGQ/102",
        "SG1RGQ/103",
        "SG1RGQ/104",
        "ITU-T Y.3172",
    }
    (gsr,) = _rows(st, "events")
    assert (gsr["code"], gsr["start"], gsr["end"], gsr["place"]) == (
        "GSR-25",
        "2025-08-31",
        "2025-09-03",
        "Riyadh, Saudi Arabia",
    )
    assert ("2025-06-30", "circulate the revised draft output report") in {
        (r["date"], r["subject"]) for r in _rows(st, "deadlines")
    }


# ------------------------------------------------------------ round 2: unit probes
@pytest.mark.parametrize(
    ("title", "texts", "body"),
    [
        ("Report of the UNGIS meeting held on 12 March 2024 in Paris", ("Text.",), "ungis"),
        (
            None,
            ("The annual meeting of the Partnership on Measuring ICT for Development was held on 3 May 2024.",),
            "partnership-measuring-ict",
        ),
        (
            "Open Consultation Process second physical meeting",
            ("The meeting took place on 5 February 2024.",),
            "open-consultation-process",
        ),
    ],
)
def test_meetings_without_a_number(title, texts, body):
    m = find_meeting(make_report(*texts, title=title))
    assert m is not None and (m.body, m.number) == (body, None)
    assert m.start is not None


def test_an_unnumbered_meeting_must_be_held_and_a_numbered_one_wins():
    assert find_meeting(make_report("The outcome was presented at the ITU Council meeting.")) is None
    m = find_meeting(
        make_report("The UNGIS meeting was held in Paris.", "The 12th meeting of the EGTI took place on 3 May 2024.")
    )
    assert m is not None and m.number == 12


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The Group considered 12 documents.", 12),
        ("Twelve documents were considered by the meeting.", 12),
        ("The meeting had before it 9 documents.", 9),
        ("A total of 14 contributions were received.", 14),
        ("The previous meeting considered 30 documents.", None),
    ],
)
def test_documents_considered_forms(text, n):
    m = find_meeting(make_report(text, title="Report of the 5th meeting of the EGTI"))
    assert m is not None and m.documents_considered == n


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WSIS Forum 2024 (27-31 May 2024, Geneva) was noted.", "Geneva"),
        ("PP-26 (Doha, Qatar, 9-27 November 2026) was noted.", "Doha, Qatar"),
        ("IGF 2024 in Riyadh, Saudi Arabia, was noted.", "Riyadh, Saudi Arabia"),
        ("The WSIS Forum 2024, held in Geneva from 27 to 31 May 2024, was noted.", "Geneva"),
        ("WTDC-25, to be held in Kigali, Rwanda, was noted.", "Kigali, Rwanda"),
        ("The WSIS Forum 2024 in June 2024 was noted.", None),  # a month is no place
        ("IGF 2024 in cooperation with UNESCO was noted.", None),
        ("IGF 2024 and the WSIS Forum 2024 in Geneva were noted.", None),  # the place of the next event
    ],
)
def test_event_places(text, place):
    assert event_mentions(text, 2024)[0].place == place


def test_month_dates_only_when_no_mention_gives_days():
    report = one_section_report("WTDC-25 will meet in November 2025.", "WTDC-25 will be held on 17-28 November 2025.")
    (e,) = find_events(report, 2024)
    assert (e.start, e.end, e.precision) == (date(2025, 11, 17), date(2025, 11, 28), "day")
    (e,) = find_events(one_section_report("the UNGA high-level meeting on the overall review (December 2025)"), 2024)
    assert (e.key, e.start, e.end, e.precision) == ("wsis-20-review", date(2025, 12, 1), date(2025, 12, 31), "month")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Members were invited to send inputs by the first quarter of 2025.", date(2025, 3, 31)),
        ("Members were invited to send inputs by Q3 2025.", date(2025, 9, 30)),
        ("Members were invited to send inputs before the end of the second half of 2025.", date(2025, 12, 31)),
        ("Members were invited to send inputs by the end of 2024.", date(2024, 12, 31)),
        ("Members were invited to send inputs by mid-2025.", date(2025, 6, 30)),
        ("Members were invited to send inputs by the week of 12 February 2024.", date(2024, 2, 18)),
        ("Members were invited to send inputs in the first quarter of 2025.", None),  # no due word
        ("Members aim to connect everyone by 2030.", None),  # a bare year is a goal
    ],
)
def test_period_deadlines(text, due):
    got = [d.due for d in find_deadlines(one_section_report(text), 2024)]
    assert got == ([due] if due else [])


def test_slash_day_range_only_before_a_month():
    (d,) = find_dates("3/5 July 2024")
    assert (d.start, d.end) == (date(2024, 7, 3), date(2024, 7, 5))
    assert [x.precision for x in find_dates("CWG-WSIS&SDG-40/5 July 2024 and C24/12 July 2024")] == ["month", "month"]
    assert find_dates("2/3 of the members") == []


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        ("Decision 5 (Rev. Bucharest, 2022)", "itu-pp-dec-5-rev-bucharest-2022", "decision"),
        ("Council Decision 482 (modified 2019)", "itu-council-dec-482-mod-2019", "decision"),
        ("Opinion 2 (Lisbon, 2009)", "wtpf-opinion-2", "opinion"),
        ("Resolution 71 (Antalya, 2006)", "itu-pp-res-71", "resolution"),  # adopted there: not a revision
    ],
)
def test_decisions_and_opinions(text, key, kind):
    (r,) = find_resolutions(one_section_report(text))
    assert (r.key, r.kind) == (key, kind)


def test_a_decision_needs_an_issuer():
    assert find_resolutions(one_section_report("Decision 3 of the group and Opinion 4 were recalled.")) == ()


def test_recommendations_are_documents():
    assert [
        m.symbol
        for m in symbol_mentions("Recommendation ITU-T X.1205, ITU-R Recommendation M.2083 and Rec. ITU-T Y.3172.1.")
    ] == ["ITU-T X.1205", "ITU-R M.2083", "ITU-T Y.3172.1"]


# ------------------------------------------------------------------ round 2: docx
def _numbering(document, xml: str) -> None:
    numbering = document.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(parse_xml(xml.format(ns=nsdecls("w"))))


def _num(document, num_id: int, abstract: int, override: str = "") -> None:
    document.part.numbering_part.element.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>')
    )


def _item(document, text: str, num_id: int, ilvl: int = 0) -> None:
    p_pr = document.add_paragraph(text)._p.get_or_add_pPr()
    p_pr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_docx_numbering_continues_across_instances_and_honours_lvl_restart(tmp_path):
    document = docx.Document()
    _numbering(
        document,
        """<w:abstractNum {ns} w:abstractNumId="80">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/>
        <w:lvlText w:val="%1.%2"/></w:lvl>
    </w:abstractNum>""",
    )
    _num(document, 80, 80)
    _num(document, 81, 80)  # same abstract list, no override: continues
    _num(document, 82, 80, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')  # restarts
    _item(document, "One", 80)
    _item(document, "One point one", 80, 1)
    _item(document, "Two", 81)
    _item(document, "Two point two", 81, 1)  # lvlRestart 0: the second level never restarts
    _item(document, "Again one", 82)
    path = tmp_path / "n.docx"
    document.save(str(path))
    assert [(b.number, b.text) for b in read(path).blocks] == [
        ("1", "One"),
        ("1.1", "One point one"),
        ("2", "Two"),
        ("2.2", "Two point two"),
        ("1", "Again one"),
    ]


def test_docx_participants_table_rows_are_paragraphs(tmp_path):
    document = docx.Document()
    document.add_paragraph("Report of the 7th meeting of the Expert Group on ICT Household Indicators")
    document.add_paragraph("1. List of participants")
    rows = [
        ("Name", "Country", "Function"),
        ("Ms. Ama Owusu", "Ghana", "Chair"),
        ("Mr. Lars Berg", "Sweden", "Vice-Chair"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    layout_table = document.add_table(rows=1, cols=2)  # one row: layout, read by paragraph
    layout_table.cell(0, 0).text = "Left"
    layout_table.cell(0, 1).text = "Right"
    path = tmp_path / "t.docx"
    document.save(str(path))
    texts = [b.text for b in read(path).blocks]
    assert texts[2:] == [
        "Name, Country, Function",
        "Ms. Ama Owusu, Ghana, Chair",
        "Mr. Lars Berg, Sweden, Vice-Chair",
        "Left",
        "Right",
    ]
