"""Round 4 of the blind test: gaps found on reports the extractor was not built on.

- persons whose title names no known body keep it as written (``schema:jobTitle``), and the
  ``people`` query gives it as their role;
- a Council session report ("Council 2024 / Geneva, 4-14 June 2024") gives its meeting;
- places in table rows, agenda items of documents, deadline subjects without a dangling
  "no later than", month-precision and ranged dates of vague events.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, one_section_report

from wsiskg.core.config import Config
from wsiskg.core.store import Store
from wsiskg.ingest.extract.persons import find_actors, job_title_after, job_title_before
from wsiskg.ingest.pipeline import ingest_files
from wsiskg.queries import get_query

BLIND = Path(__file__).parent / "data" / "blind"
DATA = Path(__file__).parent / "data" / "round4"


def _rows(store: Store, name: str) -> list[dict[str, str]]:
    variables, rows = store.select(get_query(name).text)
    return [{v: ("" if r[v] is None else str(r[v])) for v in variables} for r in rows]


def _ingest(path: Path) -> Store:
    st = Store.open(None)
    (result,) = ingest_files([path], st, Config(store=None))
    assert result.conforms
    return st


@pytest.fixture(scope="module")
def stores() -> dict[str, Store]:
    return {p.stem: _ingest(p) for p in sorted(BLIND.glob("*.txt")) + sorted(DATA.glob("*.txt"))}


def _people(store: Store) -> dict[str, tuple[str, str, str, str]]:
    return {r["name"]: (r["honorific"], r["role"], r["organization"], r["country"]) for r in _rows(store, "people")}


# ------------------------------------------------------------------ 1. job titles
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "H.E. Mr. Mateo Alvarez, Minister of Science and Technology, Argentina.",
            "Minister of Science and Technology",
        ),
        (
            "Dr Yuki Morimoto, Chief, Strategic Planning and Membership Department, introduced the report.",
            "Chief, Strategic Planning and Membership Department",
        ),
        ("Ms. Amara Okafor (Nigeria), Minister of Communications, delivered a keynote.", "Minister of Communications"),
        ("Mr. Jan Novak, Head of the Digital Policy Unit; he said", "Head of the Digital Policy Unit"),
        ("Mr. Jan Novak, welcomed the report.", None),
        ("Mr. Jan Novak, the Chair of the drafting group, spoke.", "Chair of the drafting group"),
    ],
)
def test_job_title_after_a_name(text, title):
    from wsiskg.ingest.extract.persons import _role_re

    name_end = text.index(")") + 1 if "(" in text else text.index(",")
    assert job_title_after(text, name_end, _role_re()[0]) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The Councillor from India, Mr. Arjun Mehta, welcomed the report.", "Councillor"),
        ("The Minister of Kenya, Ms. Wanjiru Kamau, spoke.", "Minister"),
        ("The delegate of Brazil, Mr. Tiago Ferreira, spoke.", None),  # a delegate holds no title
    ],
)
def test_job_title_before_a_name(text, title):
    assert job_title_before(text, text.index(", M") + 2) == title


def test_a_person_with_a_post_gets_no_job_title():
    report = one_section_report(
        "Mr. Jan Novak, Director, Telecommunication Standardization Bureau, opened the meeting.",
        "Ms. Eva Berg, Head of the Digital Policy Unit, Sweden, spoke.",
    )
    persons = {p.name: p for p in find_actors(report, None).persons}
    assert persons["Jan Novak"].posts and persons["Jan Novak"].job_title is None
    assert (persons["Eva Berg"].posts, persons["Eva Berg"].job_title) == ((), "Head of the Digital Policy Unit")


def test_people_query_gives_the_job_title_as_role(stores):
    forum = _people(stores["wsis-forum-2025-outcome"])
    assert forum["Mateo Alvarez"] == ("H.E. Mr.", "Minister of Science and Technology", "", "Argentina")
    assert forum["Amara Okafor"] == ("Ms.", "Minister of Communications and Digital Economy", "", "Nigeria")
    assert _people(stores["council-2024-wsis"])["Arjun Mehta"] == ("Mr.", "Councillor", "", "India")
    cwg = _people(stores["cwg-wsis-sdg-41"])
    assert cwg["Yuki Morimoto"] == ("Dr", "Chief, Strategic Planning and Membership Department", "", "")
    assert cwg["Tiago Ferreira"] == ("Mr.", "", "", "Brazil")  # "The delegate of Brazil": no title
    assert cwg["Ingrid Solberg"] == ("Ms.", "Chair", "Council Working Group on WSIS&SDG (CWG-WSIS&SDG)", "Norway")


# ------------------------------------------------------------------ 5. deadline subjects
@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "The Group invited Member States to submit contributions for the next meeting no later "
            "than 15 September 2025.",
            "to submit contributions for the next meeting",
        ),
        (
            "The Group asked the secretariat to circulate the draft report to members not later than 1 May 2025.",
            "to circulate the draft report to members",
        ),
    ],
)
def test_deadline_subject_has_no_dangling_due_words(sentence, subject):
    from wsiskg.ingest.extract.deadlines import find_deadlines

    (deadline,) = find_deadlines(make_report(sentence), None)
    assert deadline.subject.endswith(subject), deadline.subject


def test_deadline_subject_in_the_store_has_no_dangling_due_words(stores):
    (row,) = _rows(stores["cwg-internet-22"], "deadlines")
    assert row["subject"].endswith("for the next meeting"), row["subject"]


# ------------------------------------------------------------------ 3. places in table rows
@pytest.mark.parametrize(
    ("row", "key", "place"),
    [
        ("Internet Governance Forum 2025 | 23-27 June 2025 | Lillestrøm", "igf-2025", "Lillestrøm"),
        ("WSIS Forum 2024 | 27-31 May 2024 | Geneva, Switzerland | ITU", "wsis-forum-2024", "Geneva, Switzerland"),
        ("WSIS Forum 2024 | 27-31 May 2024 | to be confirmed", "wsis-forum-2024", None),
        ("WSIS Forum 2024 | 27-31 May 2024 | hybrid event in Geneva", "wsis-forum-2024", None),
    ],
)
def test_event_place_from_a_table_row(row, key, place):
    from wsiskg.ingest.extract.events import event_mentions

    (m,) = [m for m in event_mentions(row) if m.key == key]
    assert m.place == place


def test_table_row_places_reach_the_store(stores):
    events = {r["name"]: r["place"] for r in _rows(stores["council-2024-wsis"], "events")}
    assert events["Internet Governance Forum 2025"] == "Lillestrøm"
    assert events["WSIS+20 High-Level Event 2025"] == "Geneva"


# ------------------------------------------------------------------ 6. vague event dates
def test_overall_review_to_be_held_in_a_month_has_month_precision(stores):
    from wsiskg.ingest.extract.events import find_events

    report = make_report(
        "The Secretariat introduced a note on the overall review by the United Nations General Assembly "
        "of the implementation of the WSIS outcomes, to be held in December 2025."
    )
    (event,) = find_events(report)
    assert (event.key, event.start.isoformat(), event.end.isoformat(), event.precision) == (
        "wsis-20-review",
        "2025-12-01",
        "2025-12-31",
        "month",
    )
    events = {r["name"]: (r["start"], r["end"]) for r in _rows(stores["cwg-wsis-sdg-41"], "events")}
    assert events["WSIS+20 review by the United Nations General Assembly"] == ("2025-12-01", "2025-12-31")


def test_a_known_event_gets_the_range_of_its_phase():
    from wsiskg.ingest.extract.events import find_events

    (event,) = find_events(
        make_report("The WSIS Forum 2026 open consultation will run from 1 October 2025 to 15 January 2026.")
    )
    assert (event.key, event.start.isoformat(), event.end.isoformat()) == (
        "wsis-forum-2026",
        "2025-10-01",
        "2026-01-15",
    )


# ------------------------------------------------------------------ 4. agenda items of documents
def test_documents_get_the_section_of_their_agenda_item(stores):
    docs = {(r["symbol"], r["agendaItem"]) for r in _rows(stores["cwg-wsis-sdg-42-agenda"], "documents")}
    assert ("CWG-WSIS&SDG-42/5", "3") in docs  # "3 Agenda item 2: WSIS Stocktaking (Document ...)"
    assert ("CWG-WSIS&SDG-42/7", "4") in docs  # "... was presented under agenda item 3" -> "4 Agenda item 3: ..."
    assert ("CWG-WSIS&SDG-42/8", "") in docs  # no "Agenda item 9" heading: no guess


def test_heading_title_drops_the_agenda_item_label():
    from wsiskg.ingest.extract.documents import find_documents
    from wsiskg.ingest.parse import parse
    from wsiskg.ingest.read import read

    docs = {d.symbol: d for d in find_documents(parse(read(DATA / "cwg-wsis-sdg-42-agenda.txt")))}
    assert (docs["CWG-WSIS&SDG-42/5"].agenda_item, docs["CWG-WSIS&SDG-42/5"].title) == ("3", "WSIS Stocktaking")
    assert (docs["CWG-WSIS&SDG-42/7"].agenda_item, docs["CWG-WSIS&SDG-42/7"].title) == ("4", None)


# ------------------------------------------------------------------ 2. a session of a body named in the header
def test_council_session_header_gives_the_meeting(stores):
    (m,) = _rows(stores["council-2024-wsis"], "meetings")
    assert (m["body"], m["number"], m["start"], m["end"], m["place"]) == (
        "ITU Council",
        "",
        "2024-06-04",
        "2024-06-14",
        "Geneva",
    )
    assert m["meeting"].endswith("/id/meeting/council-2024-wsis")  # no number: named after the report


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("PP-22", "Bucharest, 26 September - 14 October 2022", "Document 12-E"),
            ("itu-pp", "2022-09-26", "2022-10-14", "Bucharest"),
        ),
        (
            ("Council 2023, Geneva, 11-21 July 2023", "Summary record"),
            ("itu-council", "2023-07-11", "2023-07-21", "Geneva"),
        ),
        (("Council 2024", "Geneva, 4-14 June 2023"), None),  # a dateline of another year
        (("WSIS+20 High-Level Event 2025", "Geneva, 7-11 July 2025"), None),  # an event of no body
        (("Preparations for Council 2024", "Geneva, 4-14 June 2024"), None),  # the line is more than the session
    ],
)
def test_session_meeting_from_the_header(lines, expected):
    from wsiskg.ingest.extract.events import session_meeting

    meeting = session_meeting(make_report(*lines, "1 The meeting discussed the agenda."))
    got = None if meeting is None else (meeting.body, meeting.start.isoformat(), meeting.end.isoformat(), meeting.place)
    assert got == expected
    assert meeting is None or meeting.number is None


def test_header_line_with_the_meetings_own_ordinal_gives_its_dates(stores):
    (m,) = _rows(stores["cwg-wsis-sdg-42-agenda"], "meetings")  # "Forty-second meeting, Geneva, 3 and 4 February 2025"
    assert (m["number"], m["start"], m["end"], m["place"]) == ("42", "2025-02-03", "2025-02-04", "Geneva")


def test_header_line_with_another_ordinal_gives_no_dates():
    from wsiskg.ingest.extract.meeting import find_meeting

    report = make_report(
        "Forty-first meeting, Geneva, 3 and 4 February 2025",
        "This document contains the report of the 42nd meeting of the Council Working Group on WSIS&SDG.",
        title="Report of the 42nd meeting of the Council Working Group on WSIS&SDG",
    )
    meeting = find_meeting(report)
    assert meeting is not None and (meeting.number, meeting.start) == (42, None)
