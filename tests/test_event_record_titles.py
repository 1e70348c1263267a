"""A name read from a header that is the title of a record of a meeting (``event_filters._a_record_title``):
``Summary report of the ninth meeting``, ``Chair's summary of ...``, ``Minutes of meeting no. 4/2031`` name the
document (the report's own meeting's), never another event; the events the text names stay. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract


def _events(title: str, *texts: str) -> dict[str, date | None]:
    return {e.name: e.start for e in extract(make_report(*texts, title=title)).events}


@pytest.mark.parametrize(
    ("title", "texts", "kept"),
    [
        (
            "CARIBBEAN SPECTRUM GROUP",
            (
                "Summary report of the ninth meeting, Kingston, 14 March 2031",
                "The meeting was chaired by Ms Ana Ruiz (Jamaica).",
                "The Group will hold its tenth meeting on 2 October 2031.",
            ),
            date(2031, 10, 2),
        ),
        (
            "Chair's summary of the regional dialogue on roaming, Quito, 2 June 2032",
            (
                "The dialogue was opened by the Director of BDT.",
                "Participants agreed to meet again at the Regional Development Forum on 5 May 2033.",
            ),
            date(2033, 5, 5),
        ),
        (
            "ANDEAN NUMBERING FORUM",
            ("Minutes of meeting no. 4/2031, 7 October 2031", "Present: Peru, Bolivia, Ecuador."),
            None,
        ),
        (
            "Report of the Working Party 2/9 plenary, Geneva, 11 June 2031",
            (
                "The plenary approved the report of Question 3/9.",
                "The next Study Group 9 meeting is scheduled for 8-12 December 2031.",
            ),
            date(2031, 12, 8),
        ),
    ],
)
def test_a_record_title_is_no_event(title: str, texts: tuple[str, ...], kept: date | None) -> None:
    found = _events(title, *texts)
    assert not any(w in n.casefold() for n in found for w in ("report of", "summary of", "minutes of")), found
    if kept is not None:
        assert kept in found.values(), found


def test_an_event_a_record_is_of_keeps_its_catalogue_key() -> None:
    found = _events(
        "Outcome of the consultation",
        "The Chair presented the Report of the WSIS Forum 2031, held in Geneva from 12 to 16 May 2031.",
    )
    assert date(2031, 5, 12) in found.values(), found


def test_an_events_outcome_named_in_prose_keeps_the_event() -> None:
    found = _events(
        "Proposals of the Nordic administrations",
        "Reasons: Follows the outcome of the Nordic spectrum meeting in Tallinn, 2-4 June 2031.",
    )
    assert date(2031, 6, 2) in found.values(), found


@pytest.mark.parametrize(
    ("line", "texts", "gone", "kept"),
    [
        (
            "Summary of the fourth mentoring session",
            (
                "Lusaka, Thursday 11 June 2031",
                "Some 60 engineers took part. A fifth mentoring session will be held on 9 October 2031.",
            ),
            "fourth mentoring session",
            date(2031, 10, 9),
        ),
        (
            "Minutes of the second online meeting",
            (
                "Held remotely, 3 March 2032",
                "The third online meeting will take place on 14 April 2032.",
            ),
            "second online meeting",
            date(2032, 4, 14),
        ),
    ],
)
def test_an_event_named_only_by_a_record_title_line_is_the_record_no_other_event(
    line: str, texts: tuple[str, ...], gone: str, kept: date
) -> None:
    found = _events("Network of Young Spectrum Engineers", line, *texts)
    assert gone not in found, found
    assert kept in found.values(), found


@pytest.mark.parametrize(
    ("title", "line"),
    [
        (
            "Plenipotentiary Conference (PP-34)",
            "PACIFIC STATES COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE Addendum 3 to Document 41-E 12 September "
            "2034",
        ),
        (
            "World Telecommunication Standardization Assembly (WTSA-32)",
            "NORDIC COMMON PROPOSALS FOR THE WORK OF THE ASSEMBLY Addendum 2 to Document 17-E 3 October 2032",
        ),
        (
            "World Radiocommunication Conference (WRC-35)",
            "Andean Common Proposals for the Work of the Conference Addendum 4 to Document 22-E 5 May 2035",
        ),
    ],
)
def test_a_contributions_title_run_into_its_date_is_no_event(title: str, line: str) -> None:
    """``Common proposals for the work of the Conference`` is a contribution's title, the document, no event."""
    found = _events(title, line, "The administrations propose to modify Resolution 140.")
    assert not [name for name in found if "Proposals" in name]


@pytest.mark.parametrize(
    ("title", "texts", "gone", "kept"),
    [
        (
            "Andean Broadband Summit 2032 Open Consultation Process",
            (
                "Summary of the second physical meeting",
                "Lima, 15 February 2032",
                "1 The meeting reviewed the draft agenda of the Andean Broadband Summit 2032, to be held in Quito from"
                " 5 to 7 June 2032. The third physical meeting will take place on 22 March 2032.",
            ),
            "second physical meeting",
            date(2032, 3, 22),
        ),
        (
            "Pacific Data Week 2031 Consultation Process",
            (
                "Summary of the fourth online session",
                "Apia, 9 September 2031",
                "1 Twenty members took part. The fifth online session will be held on 2 October 2031.",
            ),
            "fourth online session",
            date(2031, 10, 2),
        ),
        (
            "Sahel Digital Skills Week 2034 Open Consultation Process",
            (
                "Report of the third informal meeting",
                "Niamey, 20 January 2034",
                "1 The participants reviewed the themes. The fourth informal meeting will take place on 3 March 2034.",
            ),
            "third informal meeting",
            date(2034, 3, 3),
        ),
    ],
)
def test_a_record_title_line_dated_by_its_dateline_is_the_record_where_no_meeting_was_found(
    title: str, texts: tuple[str, ...], gone: str, kept: date
) -> None:
    """No meeting of the report's own found (the title names a process): the meeting the title line names, dated
    by the dateline under it, is still the one the record is of, no other event."""
    found = _events(title, *texts)
    assert gone not in found, found
    assert kept in found.values(), found
