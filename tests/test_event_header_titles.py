"""Events: the header of a speech, a statement or a draft resolution names the event it was given
at, by a title over its dateline, or by a body's title over one of its sessions. Sentences are our
own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import event_mentions, find_events
from wsiskg.ingest.records import Meeting


def _dated(report) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in find_events(report)}


# ------------------------------------------------------------------ a title that is an event's name
@pytest.mark.parametrize(
    ("title", "dateline", "start", "end"),
    [
        # a topic joined by "to"
        (
            "ITU Regional Workshop for Africa on the Migration to IPv6",
            "Accra, Ghana, 3–5 March 2031",
            (2031, 3, 3),
            (2031, 3, 5),
        ),
        # a year inside the name that is not the dateline's
        ("CONNECT 2030 Global Youth Summit", "Apia, Samoa, 9-11 September 2028", (2028, 9, 9), (2028, 9, 11)),
        # a quoted title after the event noun
        (
            'ITU Seminar on "Satellite Access for Remote Islands"',
            "Nadi, Fiji, 7-8 June 2032",
            (2032, 6, 7),
            (2032, 6, 8),
        ),
        # a title with "at" and "with"
        (
            "Regional Dialogue on Broadband at Sea with the Island Regulators",
            "Suva, Fiji, 2 May 2030",
            (2030, 5, 2),
            None,
        ),
    ],
)
def test_a_speech_title_that_names_an_event_is_dated_by_its_dateline(title, dateline, start, end) -> None:
    report = make_report(dateline, "Opening remarks", "Distinguished guests,", title=title)
    assert _dated(report)[title] == (date(*start), date(*end) if end else None)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # in capitals, the edition's year between the event noun and the topic, the code in brackets after it
        # written in mixed case
        (
            "REGIONAL SPECTRUM SEMINAR 2031 FOR THE ANDES AND THE AMAZON (RSS-31-Andes)",
            "Regional Spectrum Seminar 2031 for the Andes and the Amazon",
        ),
        (
            "SUBREGIONAL SATELLITE WORKSHOP 2031 ON ORBIT FILINGS (SSW-31-Pacific)",
            "Subregional Satellite Workshop 2031 on Orbit Filings",
        ),
    ],
)
def test_a_speech_title_with_the_year_before_its_topic_names_the_event(title, name) -> None:
    report = make_report("Lima, Peru, 5-9 May 2031", "Opening remarks", "Distinguished guests,", title=title)
    assert _dated(report)[name] == (date(2031, 5, 5), date(2031, 5, 9))


def test_a_year_after_the_event_noun_before_no_topic_heads_no_name() -> None:
    # "Conference 2031 Hall B": the year is not followed by a topic; no event by its form
    report = make_report("Quito, 2-3 June 2031", "Welcome address", "Dear colleagues,", title="Conference 2031 Hall B")
    assert "Conference 2031 Hall B" not in _dated(report)


def test_a_numbered_meeting_of_a_body_as_the_title_is_dated_by_the_dateline_under_it() -> None:
    title = "31st meeting of the Telecommunication Standardization Advisory Group (TSAG)"
    report = make_report(
        "TSAG-31/OPEN", "Virtual meeting, 14-18 January 2030", "Opening remarks of the Chair", title=title
    )
    dated = {d for d in _dated(report).values()}
    assert (date(2030, 1, 14), date(2030, 1, 18)) in dated


def test_a_title_that_is_a_sentence_is_no_event() -> None:
    report = make_report(
        "Lima, 3 May 2031", "The Forum met in Lima.", title="Remarks on the regional workshop for the Andes"
    )
    assert all(d != (date(2031, 5, 3), None) for d in _dated(report).values())


# ------------------------------------------------------------------ a body's title over one of its sessions
@pytest.mark.parametrize(
    ("lines", "name", "start", "end"),
    [
        (
            ("Ninth session", "Lima, 3–7 May 2031", "Agenda item 2"),
            "Ninth session of the Intergovernmental Committee on Digital Trade",
            (2031, 5, 3),
            (2031, 5, 7),
        ),
        (
            ("Twenty-second session", "Geneva, 14-18 April 2031"),
            "Twenty-second session of the Intergovernmental Committee on Digital Trade",
            (2031, 4, 14),
            (2031, 4, 18),
        ),
        (
            ("Sixth meeting, Quito, 2-4 June 2032", "Document IDT-6/4"),
            "Sixth meeting of the Intergovernmental Committee on Digital Trade",
            (2032, 6, 2),
            (2032, 6, 4),
        ),
        (
            ("Substantive session of 2030, New York, 1-26 July 2030",),
            "Substantive session of 2030 of the Intergovernmental Committee on Digital Trade",
            (2030, 7, 1),
            (2030, 7, 26),
        ),
    ],
)
def test_a_session_under_a_bodys_title_is_dated_by_its_dateline(lines, name, start, end) -> None:
    report = make_report(
        *lines, "Statement by the delegate of Peru", title="INTERGOVERNMENTAL COMMITTEE ON DIGITAL TRADE"
    )
    assert _dated(report)[name] == (date(*start), date(*end))


@pytest.mark.parametrize(
    ("title", "lines", "key", "days"),
    [
        (
            "Council Working Group on child online protection (CWG-COP)",
            ("Ninth meeting, Geneva, 3–4 February 2031", "Document CWG-COP-9/4-E", "Contribution from Ghana"),
            "cwg-cop-9",
            (date(2031, 2, 3), date(2031, 2, 4)),
        ),
        (
            "Council Working Group on International Internet-related Public Policy Issues (CWG-Internet)",
            ("Eighteenth meeting, Geneva, 16 September 2032", "Document CWG-Internet-18/3-E", "Contribution from Peru"),
            "cwg-internet-18",
            (date(2032, 9, 16), None),
        ),
        (
            "COUNCIL WORKING GROUP ON CHILD ONLINE PROTECTION (CWG-COP)",
            ("Twelfth meeting, Virtual, 7-8 October 2033", "Document CWG-COP-12/2-E", "Contribution from Tonga"),
            "cwg-cop-12",
            (date(2033, 10, 7), date(2033, 10, 8)),
        ),
        (
            "Council Working Group on WSIS&SDG (CWG-WSIS&SDG)",
            (
                "Forty-fourth meeting, Geneva, 2-3 February 2035",
                "Document CWG-WSIS&SDG-44/7-E",
                "Contribution from Kenya",
            ),
            "cwg-wsis-sdg-44",
            (date(2035, 2, 2), date(2035, 2, 3)),
        ),
    ],
)
def test_a_session_under_its_bodys_title_already_found_by_its_body_is_one_event(title, lines, key, days) -> None:
    """The body's meeting of that number on those days (``cwg-cop-9``) is the session the title and the line name:
    no second event named by the title as written."""
    report = make_report(*lines, "The contribution proposes the following.", title=title)
    dated = [(e.key, e.start, e.end) for e in find_events(report) if e.start == days[0]]
    assert dated == [(key, *days)]


@pytest.mark.parametrize(
    ("title", "lines", "key", "days"),
    [
        (
            "EXPERT GROUP ON TELECOMMUNICATION/ICT INDICATORS (EGTI)",
            ("Fourteenth meeting", "Rabat, 6-7 October 2033", "List of participants"),
            "egti-14",
            (date(2033, 10, 6), date(2033, 10, 7)),
        ),
        (
            "TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP (TDAG)",
            ("Thirty-eighth meeting", "Geneva, 18-21 May 2032", "Attendance list"),
            "tdag-38",
            (date(2032, 5, 18), date(2032, 5, 21)),
        ),
        (
            "Council Working Group on Child Online Protection (CWG-COP)",
            ("Tenth meeting", "Geneva, 4-5 February 2034", "Contribution from Samoa"),
            "cwg-cop-10",
            (date(2034, 2, 4), date(2034, 2, 5)),
        ),
    ],
)
def test_a_session_under_its_bodys_title_named_undated_in_the_text_is_dated_by_the_header(
    title, lines, key, days
) -> None:
    """The text names the body's meeting of that number undated (``the 14th EGTI meeting``): that meeting is the
    session under the title, dated by its header, not a second event named by the title as written."""
    number = key.rpartition("-")[2]
    code = title.rpartition("(")[2].rstrip(")")
    report = make_report(*lines, f"Participants in the {number}th {code} meeting are listed below.", title=title)
    assert [(e.key, e.start, e.end) for e in find_events(report) if e.start == days[0]] == [(key, *days)]


def test_a_bodys_title_over_an_agenda_item_names_no_session() -> None:
    report = make_report(
        "Agenda item 3", "Geneva, 14-18 April 2031", title="INTERGOVERNMENTAL COMMITTEE ON DIGITAL TRADE"
    )
    assert not any("session" in n or "meeting" in n for n in _dated(report))


def test_a_title_naming_another_years_edition_is_not_dated_by_the_dateline() -> None:
    report = make_report("Quito, 3-5 May 2031", "Welcome to Quito.", title="Andean Broadband Summit 2032")
    assert _dated(report).get("Andean Broadband Summit 2032", (None, None))[0] is None


# ------------------------------------------------------------------ decision 24: held in conjunction with a host
@pytest.mark.parametrize(
    ("text", "name", "start", "end"),
    [
        (
            "The sixth meeting of the Andean Group will be held in Quito in conjunction with the Regional "
            "Broadband Forum (3–5 May 2031).",
            "sixth meeting of the Andean Group",
            (2031, 5, 3),
            (2031, 5, 5),
        ),
        (
            "A workshop on spectrum pricing will be organized alongside the Pacific ICT Ministers Forum "
            "(Suva, 9-11 June 2030).",
            "workshop on spectrum pricing",
            (2030, 6, 9),
            (2030, 6, 11),
        ),
        (
            "A side event took place in conjunction with the Arab Regulators Forum, held in Amman on 14 and 15 "
            "October 2029.",
            "side event",
            (2029, 10, 14),
            (2029, 10, 15),
        ),
    ],
)
def test_an_event_held_in_conjunction_with_a_dated_host_takes_its_dates(text, name, start, end) -> None:
    found = {m.name: (m.start, m.end) for m in event_mentions(text, 2030)}
    assert found[name] == (date(*start), date(*end))


# ------------------------------------------------------------------ a panel named without dates is a group
@pytest.mark.parametrize(
    "text",
    [
        "The Chair thanked the members of the Youth Advisory Panel for their input.",
        "Views of the Andean Spectrum Coordination Panel on Disaster Relief were noted.",
        "The Group invited the Regional Leadership Panel to present its work.",
    ],
)
def test_a_panel_named_without_dates_is_no_event(text) -> None:
    assert [m.name for m in event_mentions(text, 2031) if "Panel" in m.name] == []


def test_a_dated_panel_is_still_an_event() -> None:
    found = {m.name: m.start for m in event_mentions("The Youth Online Safety Panel was held on 4 May 2031.", 2031)}
    assert found.get("Youth Online Safety Panel") == date(2031, 5, 4)


# ------------------------------------------------------------------ the next numbered meeting where the body will meet
def _forum_report(text: str) -> tuple:
    report = make_report(
        "The fourth meeting of the Internet Governance Forum was held in Lima from 3 to 6 May 2030.", text, section="1"
    )
    meeting = Meeting(body="igf", number=4, start=date(2030, 5, 3), end=date(2030, 5, 6))
    return {e.name: (e.start, e.end) for e in find_events(report, 2030, meeting=meeting)}


@pytest.mark.parametrize(
    "text",
    [
        "Speaking for the host country of the fifth meeting, Kenya invited all participants to Nairobi, where the "
        "IGF will meet from 6 to 9 October 2031.",
        "The host of the fifth meeting, Kenya, announced that the IGF would meet in Nairobi from 6 to 9 October 2031.",
    ],
)
def test_the_next_numbered_meeting_is_the_one_the_body_will_hold_later(text) -> None:
    found = _forum_report(text)
    dated = [n for n, d in found.items() if d == (date(2031, 10, 6), date(2031, 10, 9))]
    assert dated and all(n.startswith(("5th", "fifth")) for n in dated)
    assert not [n for n, d in found.items() if n.startswith(("5th", "fifth")) and d[0] is None]


# ------------------------------------------------------------------ header fields run together on one line
@pytest.mark.parametrize(
    ("title", "line", "name", "start", "end"),
    [
        (
            "Council 2033 - Report by the Secretary-General",
            "Document C33/41-E, 2 April 2033. Geneva, 14-24 June 2033",
            "ITU Council 2033",
            (2033, 6, 14),
            (2033, 6, 24),
        ),
        (
            "COUNCIL 2034 — SUMMARY RECORD OF THE THIRD PLENARY MEETING",
            "Geneva, 6-16 June 2034. Document C34/77-E. Thursday, 8 June 2034, at 0930 hours",
            "ITU Council 2034",
            (2034, 6, 6),
            (2034, 6, 16),
        ),
        (
            "WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY (WTSA-32)",
            "Nairobi, 5-14 October 2032. Document 87-E. 9 October 2032. Original: French",
            "World Telecommunication Standardization Assembly 2032",
            (2032, 10, 5),
            (2032, 10, 14),
        ),
    ],
)
def test_a_header_line_of_fields_ended_by_full_stops_gives_the_titles_event_its_dateline(
    title, line, name, start, end
) -> None:
    report = make_report(line, "1 Introduction", "The Secretary-General presented the report.", title=title)
    assert _dated(report)[name] == (date(*start), date(*end))
