"""Editions of event series named by name and year or acronym and year (``ingest/data/events.csv``),
in any case and with or without a hyphen (:mod:`wsiskg.ingest.extract.event_series`)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from extract_support import make_report as _report

from wsiskg.ingest.extract.event_series import series_mentions
from wsiskg.ingest.extract.events import event_mentions, find_events
from wsiskg.ingest.records import Meeting


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the World Radiocommunication Seminar 2030 closed today", "wrs-30"),
        ("participants of WRS-28 asked for more case studies", "wrs-28"),
        ("GLOBAL STANDARDS SYMPOSIUM 2032 (GSS-32)", "gss-32"),
        ("the plan adopted by RRC-31 for the band", "rrc-31"),
        ("the WSIS-Forum 2031 programme", "wsis-forum-2031"),  # a hyphen for a space
        ("the INTERNET GOVERNANCE FORUM 2030 in Oslo", "igf-2030"),  # capitals
        ("the WSIS Forum2029 outcome document", "wsis-forum-2029"),  # the year glued
        ("WTDC2033 in Lusaka", "wtdc-33"),
        ("the Regional Radiocommunication Conference 2031 will revise the plan", "rrc-31"),
        ("visitors of ITU Telecom World 2030 in Bangkok", "telecom-world-2030"),
        ("the offer to host ITU Digital World 2031 in Manila", "telecom-world-2031"),  # the series' later name
        ("exhibitors at ITU DIGITAL WORLD 2032", "telecom-world-2032"),
        ("start-ups at ITU Telecom Americas 2031 in Lima", "telecom-americas-2031"),  # a regional Telecom event
        ("THE NEXT EVENT, ITU TELECOM ASIA 2032, IN MANILA", "telecom-asia-2032"),
        ("the ITU Kaleidoscope 2029 academic conference", "kaleidoscope-2029"),
        ("the regulations revised by WCIT-31 in Nairobi", "wcit-31"),
        ("the World Conference on International Telecommunications 2033 (WCIT-33)", "wcit-33"),
        ("the drill results will be presented at GET-31", "get-31"),  # the Global Forum on Emergency Telecoms
        ("the GLOBAL FORUM ON EMERGENCY TELECOMMUNICATIONS 2033 in Suva", "get-33"),
    ],
)
def test_an_edition_of_a_series_is_its_event(text: str, key: str) -> None:
    assert key in {m.key for m in series_mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        "the seminar organized by the World Radiocommunication Seminar team",  # no year: no edition
        "Document WRS/28 was circulated",  # a symbol, not an edition
        "the ITU Telecom secretariat in 2031",  # no series of a region
    ],
)
def test_a_series_without_a_year_is_no_edition(text: str) -> None:
    assert not [m for m in series_mentions(text) if m.key.startswith(("wrs-", "telecom-"))]


def test_an_edition_takes_the_dates_after_it() -> None:
    found = event_mentions("ITU Telecom World 2030 will take place in Budapest from 7 to 10 October 2030.", 2030)
    assert [(m.key, m.start, m.end) for m in found] == [("telecom-world-2030", date(2030, 10, 7), date(2030, 10, 10))]


def test_an_edition_named_by_acronym_and_by_name_is_one_event() -> None:
    report = _report(
        "The World Radiocommunication Seminar 2030 (WRS-30) was held from 2 to 6 December 2030.",
        "The Bureau thanked the participants of WRS-30.",
    )
    assert [e.key for e in find_events(report, 2030)] == ["wrs-30"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("delegates look forward to the Internet Governance Forum in 2030 in Nairobi", "igf-2030"),
        ("the Plenipotentiary Conference to be held in 2034 will elect the officials", "pp-34"),
        ("proposals for the World Telecommunication Development Conference (WTDC) in 2029", "wtdc-29"),
    ],
)
def test_a_series_in_a_year_is_its_edition(text: str, key: str) -> None:
    assert key in {m.key for m in event_mentions(text, 2028)}


@pytest.mark.parametrize(
    "text",
    [
        "the Council in 2031 decided to keep the dates",  # a body that acts, not an edition
        "the work of the Internet Governance Forum in 2030-2031",  # a period
    ],
)
def test_a_body_or_a_period_in_a_year_is_no_edition(text: str) -> None:
    assert [m.key for m in event_mentions(text, 2030)] == []


def test_a_series_that_is_no_session_is_dated_by_a_bare_on() -> None:
    text = "WTSA-30 will open on 20 October 2030, preceded by the Global Standards Symposium on 19 October 2030."
    found = {m.key: m.start for m in event_mentions(text, 2030)}
    assert found["gss-30"] == date(2030, 10, 19)


def test_a_body_session_is_not_dated_by_a_bare_on() -> None:
    found = event_mentions("The report was submitted to the Council on 12 May 2031.", 2031)
    assert not [m for m in found if m.key.startswith("council-")]


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        (
            "The Preparatory Committee (PrepCom-2) was held in Geneva from 17 to 25 February 2031.",
            "prepcom-2",
            date(2031, 2, 17),
        ),
        ("delegations will meet again at PrepCom-3 in September 2031", "prepcom-3", date(2031, 9, 1)),
    ],
)
def test_a_numbered_session_named_by_its_code(text: str, key: str, start: date) -> None:
    assert [(m.key, m.start) for m in event_mentions(text, 2031)] == [(key, start)]


def test_a_numbered_code_in_a_document_symbol_is_no_session() -> None:
    assert event_mentions("see Document PrepCom-2/14 and PrepCom-2.3", 2031) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the Global Standards Symposium 2030 (GSS-30) was held on 3 May 2030", "gss-30"),
        ("The seventh World Telecommunication/ICT Policy Forum (WTPF-31) will be held on 3 May 2031.", "wtpf-31"),
    ],
)
def test_an_event_coded_in_brackets_is_the_codes_event(text: str, key: str) -> None:
    assert [e.key for e in find_events(_report(text), 2030)] == [key]


def test_a_series_named_bare_with_its_dates_is_the_edition_the_report_names() -> None:
    report = _report(
        "2 Preparations for PP-30",
        "It was confirmed that the Plenipotentiary Conference would be held at the House of the Parliament in Lima "
        "from 3 to 21 October 2030.",
    )
    assert [(e.key, e.start) for e in find_events(report, 2030)] == [("pp-30", date(2030, 10, 3))]


def test_the_session_a_report_records_on_its_own_days_is_its_meeting_not_an_event() -> None:
    own = Meeting(body="itu-council", start=date(2031, 6, 3), end=date(2031, 6, 13))
    with_dates = _report("Council 2031 met from 3 to 13 June 2031.", "Council 2032 will meet from 2 to 12 June 2032.")
    keys = {e.key for e in find_events(with_dates, 2031, meeting=own)}
    assert "council-2031" not in keys and "council-2032" in keys
    plenary = Meeting(body="itu-council", number=4, start=date(2031, 6, 6), end=date(2031, 6, 6))
    assert "council-2031" in {e.key for e in find_events(with_dates, 2031, meeting=plenary)}


def test_a_conference_named_by_its_code_takes_its_own_dates_after_a_place() -> None:
    text = "The Council asked the Secretary-General to convene WCIT-31 in Lusaka from 2 to 13 June 2031."
    assert [(m.key, m.start, m.end) for m in event_mentions(text)] == [("wcit-31", date(2031, 6, 2), date(2031, 6, 13))]


# ------------------------------------------------------------------ a preparatory session named by its code
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Group agreed a plan of three further meetings: ARP34-2 in the first half of 2033, ARP34-3 in "
            "October 2033 and ARP34-4 in mid-2034.",
            {"ARP34-2": None, "ARP34-3": date(2033, 10, 1), "ARP34-4": None},
        ),
        ("CPG35-5 will be held from 31 August to 4 September 2032 in Vilnius.", {"CPG35-5": date(2032, 8, 31)}),
        ("Positions will be finalized at APT WTDC33-3 on 17-19 September 2032.", {"APT WTDC33-3": date(2032, 9, 17)}),
        ("Members urged all to join the CPM35-1 (25–26 November 2032).", {"CPM35-1": date(2032, 11, 25)}),
    ],
)
def test_a_preparatory_session_named_by_its_code(text: str, found: dict[str, date | None]) -> None:
    events = find_events(_report(text), 2032)
    assert {e.name: e.start for e in events if e.name in found} == found


def test_a_session_code_is_no_document_symbol_nor_the_reports_own_meeting() -> None:
    assert not [e for e in find_events(_report("See Document ARP34-2/OUT-12 and CPG35-5(24)012."), 2032)]
    own = Meeting(body="andean-regional-preparatory-group", number=2, start=date(2032, 3, 3))
    text = "The second meeting of the Andean Regional Preparatory Group (ARP34-2) was held from 3 to 7 March 2032."
    assert "ARP34-2" not in {e.name for e in find_events(_report(text), 2032, meeting=own)}
    own = Meeting(body="asia-pacific-telecommunity", number=2, start=date(2032, 3, 3))
    text = "The second meeting of the APT Preparatory Group for WTDC-33 (APT WTDC33-2) opened on 3 March 2032."
    assert "APT WTDC33-2" not in {e.name for e in find_events(_report(text), 2032, meeting=own)}


def test_a_name_with_its_session_code_in_brackets_is_one_event_with_the_code_alone() -> None:
    text = (
        "Contributions were sent to the second session of the Conference Preparatory Meeting for WRC-35 "
        "(CPM35-2), Geneva, 23 March – 2 April 2035."
    )
    later = "The Chair will present the positions at CPM35-2."
    events = [e for e in find_events(_report(text, later), 2035) if "2" in e.key and "wrc" not in e.key]
    assert [(e.key, e.start) for e in events] == [("cpm35-2", date(2035, 3, 23))]


@pytest.mark.parametrize(
    "text",
    [
        "The Chairman invited the CPM35-1 to meet immediately after the Conference, on 30 November 2032.",
        "The CPM35-1 will be held right after the Assembly, on 30 November 2032.",
    ],
)
def test_a_session_held_right_after_another_event_is_dated_after_it(text: str) -> None:
    assert {e.name: e.start for e in find_events(_report(text), 2032)}.get("CPM35-1") == date(2032, 11, 30)


@pytest.mark.parametrize(
    "text",
    [
        "The Economic and Social Council 2032 session adopted a resolution on the Summit.",
        "The Human Rights Council 2032 adopted the text.",
        "Elections to the Staff Council will be held from 20 to 24 October 2032.",
        "The Andean Telecommunication Council (Lima, 2032) adopted it.",
    ],
)
def test_a_one_word_series_at_the_end_of_another_bodys_name_is_not_the_series(text: str) -> None:
    assert not [m for m in event_mentions(text, 2032) if m.key.startswith("council")]


@pytest.mark.parametrize(
    "text", ["Since Council 2032, the Group met twice.", "Members noted that Council 2032 approved the plan."]
)
def test_a_one_word_series_after_a_sentences_first_word_is_the_series(text: str) -> None:
    assert [m.key for m in event_mentions(text, 2032)] == ["council-2032"]


def test_an_aside_under_the_auspices_of_a_body_keeps_the_dates_for_the_event() -> None:
    text = (
        "The HLPF 2032, convened under the auspices of the Economic and Social Council, will meet in New York "
        "from 9 to 18 July 2032."
    )
    assert [(m.key, m.start) for m in event_mentions(text, 2032)] == [("hlpf-2032", date(2032, 7, 9))]


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("wtsa-16", "WTSA-16"),  # an edition with a code
        ("wsis-forum-2031", "WSIS Forum 2031"),  # an edition of a series of no code: name and year
        ("wsis-forum", "WSIS Forum"),  # a series of no body: its name
        ("upland-radio-forum", None),
    ],
)
def test_edition_name(key: str, name: str | None) -> None:
    from wsiskg.ingest.extract.event_series import edition_name

    assert edition_name(key) == name


def test_name_alternation_is_remembered_across_calls() -> None:
    """Each call asks the same function of a name, so the alternation of one list is built once."""
    from wsiskg.ingest.extract.event_series import name_alternation
    from wsiskg.ingest.text import _alternation

    for names in (("Harbour Telecom Forum",), ("Northern Spectrum Days", "Spectrum Days"), ("Lakeside ICT Week",)):
        first = name_alternation(names)
        before = _alternation.cache_info().hits
        assert name_alternation(list(names)) == first
        assert _alternation.cache_info().hits == before + 1
        assert re.fullmatch(first, names[0].replace(" ", "-"))


# ------------------------------------------------------------------ a series' code alone, dated by its own dates
@pytest.mark.parametrize(
    ("text", "key", "start", "end"),
    [
        (
            "Members may report to the HLPF, to be held 6–15 July 2031.",
            "hlpf-2031",
            date(2031, 7, 6),
            date(2031, 7, 15),
        ),
        (
            "The next WTSA will be held in Lima from 1 to 9 October 2032.",
            "wtsa-32",
            date(2032, 10, 1),
            date(2032, 10, 9),
        ),
        ("A matrix is wanted before the HLPF in July 2033.", "hlpf-2033", date(2033, 7, 1), date(2033, 7, 31)),
    ],
)
def test_a_series_code_alone_with_its_own_dates_is_that_years_edition(text, key, start, end) -> None:
    found = {m.key: (m.start, m.end) for m in event_mentions(text, 2031)}
    assert found.get(key) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Input went to the HLPF secretariat on 19 January 2031.",  # a modifier of another noun
        "GSR discussion papers published, 29 August 2031",
        "It drew on discussions at the Pacific Islands Regional HLPF (Apia, 13–16 August 2031).",  # another name's end
        "The next intersessional panel of the WTPF will be held in Geneva from 15 to 17 January 2031.",  # its owner
        "The next IGF will take place in Tallinn on 14–15 June 2032.",  # the code of a body that meets: its meeting
    ],
)
def test_a_series_code_inside_another_name_or_owning_another_event_is_no_edition(text: str) -> None:
    found = event_mentions(text, 2031)
    assert not [m for m in found if re.fullmatch(r"(?:hlpf|gsr|wtpf|igf)-\d+", m.key)]


def test_a_series_edition_by_its_code_alone_is_named_by_the_series() -> None:
    found = event_mentions("The Forum was postponed; it will be held as GET-33 in Apia from 2 to 4 June 2033.", 2033)
    assert [(m.key, m.name, m.start) for m in found] == [
        ("get-33", "Global Forum on Emergency Telecommunications 2033", date(2033, 6, 2))
    ]
