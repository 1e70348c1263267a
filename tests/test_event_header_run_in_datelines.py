"""A front line naming an event with its dateline run into it, no mark between (``event_headers._run_in_dateline``):
a layout's columns read as one line, the conference of a sitting's record (``RADIOCOMMUNICATION ASSEMBLY Lusaka,
3-7 November 2031``), the name of a meeting over a speech given there, header fields run in among the words
(``WORLD TELECOMMUNICATION Document 12-E STANDARDIZATION ASSEMBLY 14 October 2032 Nairobi, ...``). Wordings are
our own; none is a corpus report's."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days, make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Paragraph, ParsedReport

Days = tuple[date | None, date | None]


@pytest.mark.parametrize(
    ("line", "key", "days"),
    [
        (
            "RADIOCOMMUNICATION ASSEMBLY Lusaka, 3-7 November 2031 Document 55-E",
            "ra-31",
            (date(2031, 11, 3), date(2031, 11, 7)),
        ),
        (
            "PLENIPOTENTIARY CONFERENCE Apia, Samoa, 28 September – 16 October 2034",
            "pp-34",
            (date(2034, 9, 28), date(2034, 10, 16)),
        ),
        (
            "WORLD TELECOMMUNICATION Document 12-E STANDARDIZATION ASSEMBLY 14 October 2032 Nairobi, Kenya, "
            "12-21 October 2032 Original: French",
            "wtsa-32",
            (date(2032, 10, 12), date(2032, 10, 21)),
        ),
    ],
)
def test_a_conference_named_on_a_front_line_with_its_dateline_run_in_is_dated_by_it(
    line: str, key: str, days: Days
) -> None:
    found = event_days(
        "MINUTES OF THE SECOND PLENARY MEETING",
        line,
        "COMMITTEE 2",
        f"{days[0].day + 1} {days[0]:%B %Y}, at 0930 hours",
        "Chairman: Mr Tevita Lolo (Tonga)",
        "1 The Chairman opened the meeting and introduced the agenda.",
    )
    assert found[key] == days


def test_a_single_day_run_into_a_conferences_name_is_the_issue_date() -> None:
    found = event_days(
        "NOTE BY THE SECRETARY-GENERAL",
        "PLENIPOTENTIARY CONFERENCE Geneva, 12 March 2034",
        "1 The Secretary-General has the honour to transmit the report.",
    )
    assert found.get("pp-34", (None, None)) == (None, None)


@pytest.mark.parametrize(
    ("line", "name", "days"),
    [
        (
            "SECOND ANDEAN DIGITAL MINISTERS' MEETING Quito, Ecuador, 4 - 5 May 2031",
            "Second Andean Digital Ministers' Meeting",
            (date(2031, 5, 4), date(2031, 5, 5)),
        ),
        (
            "REGIONAL SPECTRUM POLICY FORUM FOR THE CARIBBEAN Bridgetown, Barbados, 2-3 June 2032",
            "Regional Spectrum Policy Forum for the Caribbean",
            (date(2032, 6, 2), date(2032, 6, 3)),
        ),
        (
            "NORDIC CYBER RESILIENCE SUMMIT Tallinn, 8-10 September 2030",
            "Nordic Cyber Resilience Summit",
            (date(2030, 9, 8), date(2030, 9, 10)),
        ),
    ],
)
def test_a_meeting_named_on_a_speechs_front_line_with_its_dateline_run_in_is_dated_by_it(
    line: str, name: str, days: Days
) -> None:
    report = make_report(
        line,
        "Statement of the Minister of Communications",
        "Chair, fellow Ministers, ladies and gentlemen, I thank our hosts for their hospitality.",
        title="Statement of the Minister",
    )
    found = {(e.start, e.end): e.name for e in extract(report).events}
    assert found[days] == name


def test_a_conference_set_as_a_heading_over_a_sittings_record_is_dated_by_its_run_in_dateline() -> None:
    lines = (
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE Kigali, 6-17 June 2033",
        "Document 301-E",
        "15 June 2033",
        "Wednesday 15 June 2033, at 0930 hours",
        "Chairman: Mr Jean Mugabo (Rwanda)",
    )
    paragraphs = tuple(Paragraph(i + 1, "front", t, "heading" if i == 0 else "body") for i, t in enumerate(lines))
    report = ParsedReport("test.txt", "text/plain", "MINUTES OF THE NINTH PLENARY MEETING", (), paragraphs)
    found = {e.key: (e.start, e.end) for e in extract(report).events}
    assert found["wtdc-33"] == (date(2033, 6, 6), date(2033, 6, 17))


def test_the_own_meeting_named_with_its_dateline_run_in_is_no_other_event() -> None:
    found = event_days(
        "FINAL REPORT",
        "REGIONAL PREPARATORY MEETING FOR WTDC-33 FOR THE ARAB STATES (RPM-ARB) Muscat, Oman, 4-6 May 2032",
        "Document RPM-ARB32/12-E",
        "1 The meeting was opened by the Minister and elected its Chair.",
        "2 The meeting adopted five regional initiatives for the Arab States.",
    )
    assert all(days != (date(2032, 5, 4), date(2032, 5, 6)) for key, days in found.items() if key != "rpm-arb")
