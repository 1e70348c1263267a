"""The dateline under a header line naming a series' edition, whatever else its line holds, and the day
such a dateline gives.

- A dateline with other text on its line (a remark in brackets, a full stop and the document's symbol:
  ``Lima, 4 and 6 May 2031 (resumed session). Document C31/2-E``) is read by the one header dateline
  reader (``datelines.front_dateline``), so the edition the line above names (``Council 2031``) takes its
  days; before, only a line that was a dateline alone dated it.
- An edition whose name opens a header line or the title, over a one-day dateline with its place
  (``Council 2031 – Second Plenary Meeting`` over ``Lima, 4 May 2031``, ``X SYMPOSIUM 2031 (XS-31)`` over
  ``Apia, Samoa, 8 July 2031``: the day of the sitting a speech or a record is of) keeps that day
  (``event_filters._named_over_dateline``); a day given only by the issue date under a header (a line that is
  only a date), an edition named further into the title (``Remarks at the X Forum 2031 special
  session``) or a forum's (``events.csv``, kind ``forum``: one of its many sessions), still leaves it
  undated (decision 24, ``tests/test_event_issue_dates.py``). A dateline ending a line cut at a comma
  (``The Council, at its 2031 session (Lima, 3-13 May 2031),``) is prose, not a header's dateline.

Bodies, places, symbols and years are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days as _dates
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.datelines import front_dateline, tail_dateline

D = date


@pytest.mark.parametrize(
    ("title", "texts", "key", "days"),
    [
        (
            "Report of the Audit Advisory Panel",
            (
                "Council 2031 — Note by the Secretary-General",
                "Lima, 4 and 6 May 2031 (resumed session). Document C31/INF/7-E",
                "The Panel met three times during the year and reviewed the external auditor's findings.",
            ),
            "council-2031",
            (D(2031, 5, 4), D(2031, 5, 6)),
        ),
        (
            "Financial Operating Report",
            (
                "Council 2034",
                "Accra, 12-21 June 2034. Document C34/18-E",
                "The Secretary-General presents the accounts of the biennium for the Council's approval.",
            ),
            "council-2034",
            (D(2034, 6, 12), D(2034, 6, 21)),
        ),
        (
            "Statement by the Delegation of Norland",
            (
                "PLENIPOTENTIARY CONFERENCE (PP-30)",
                "Tallinn, 2–20 September 2030 (hybrid). Document PP30/77-E",
                "Norland thanks the host country for its hospitality and the secretariat for its work.",
            ),
            "pp-30",
            (D(2030, 9, 2), D(2030, 9, 20)),
        ),
    ],
)
def test_a_dateline_with_more_on_its_line_dates_the_edition_above(
    title: str, texts: tuple[str, ...], key: str, days: tuple[date, date]
) -> None:
    assert _dates(title, *texts).get(key) == days


@pytest.mark.parametrize(
    ("title", "texts", "key", "day"),
    [
        (
            "OPENING ADDRESS BY THE DEPUTY SECRETARY-GENERAL",
            (
                "Council 2032 – Second Plenary Meeting",
                "Windhoek, 9 June 2032",
                "Mr Chairman, distinguished councillors, it is a pleasure to address you again this morning.",
            ),
            "council-2032",
            D(2032, 6, 9),
        ),
        (
            "Closing remarks of the Chair",
            (
                "Council 2036 - Final Plenary",
                "Montevideo, 27 March 2036",
                "Dear colleagues, we have reached the end of a long and productive session.",
            ),
            "council-2036",
            D(2036, 3, 27),
        ),
        (
            "WELCOME SPEECH OF THE MINISTER",
            (
                "Council 2030: Opening Plenary",
                "Kigali, 15 April 2030",
                "Honourable delegates, Rwanda welcomes you to this session of the Council.",
            ),
            "council-2030",
            D(2030, 4, 15),
        ),
        (
            "GLOBAL SYMPOSIUM FOR REGULATORS 2033 (GSR-33)",
            (
                "Apia, Samoa, 8 July 2033",
                "Keynote address",
                "Regulators, welcome to the Pacific: this year we look at spectrum for rural connectivity.",
            ),
            "gsr-33",
            D(2033, 7, 8),
        ),
        (
            "ITU TELECOM WORLD 2035",
            (
                "Bangkok, 14 November 2035",
                "Opening address by the Secretary-General",
                "Welcome to Bangkok and to the largest gathering of our industry this year.",
            ),
            "telecom-world-2035",
            D(2035, 11, 14),
        ),
    ],
)
def test_an_edition_opening_a_header_line_or_the_title_keeps_the_datelines_day(
    title: str, texts: tuple[str, ...], key: str, day: date
) -> None:
    assert _dates(title, *texts).get(key) == (day, None)


def test_a_forum_named_over_the_day_of_one_of_its_sessions_stays_undated() -> None:
    found = _dates(
        "Remarks of the Vice-Chair",
        "WSIS Forum 2031 – High-level dialogue on data",
        "Geneva, 6 May 2031",
        "Colleagues, data is the new infrastructure of development.",
    )
    assert found.get("wsis-forum-2031", "absent") == (None, None)


def test_a_dateline_ending_a_sentence_cut_at_its_comma_dates_no_header_line() -> None:
    found = _dates(
        "Decision 702 (C31)",
        "Participation of the Union in the WSIS+20 review",
        "The Council, at its 2031 session (Lima, 3-13 May 2031),",
        "decides to instruct the Secretary-General to report on the review.",
    )
    assert found["wsis-20-review"] == (None, None)


def test_an_edition_over_an_issue_date_alone_stays_undated() -> None:
    found = _dates(
        "Report of the Chair of the Group on Tariffs",
        "Council 2035 – Written consultation of councillors",
        "Document C35/4-E",
        "18 February 2035",
        "The Group held its second meeting from 3 to 5 February 2035.",
    )
    assert found.get("council-2035", "absent") == (None, None)


def test_a_full_stop_after_a_bracket_ends_a_dateline_not_a_sentences_dates() -> None:
    assert front_dateline("Tallinn, 2–20 September 2030 (hybrid).") is not None
    assert tail_dateline("Next May the ministers will meet at a summit in Lima (3-5 May 2031).") is None


@pytest.mark.parametrize(
    ("title", "texts", "days"),
    [
        (  # a contribution's header in two columns: the issue date on the name's line, the dateline under it
            "Republic of Sarn",
            (
                "Document 31-E",
                "Global Symposium for Regulators 2032 (GSR-32)",
                "2 March 2032",
                "Kigali, 4-6 May 2032",
                "Original: French",
                "CONTRIBUTION ON SPECTRUM PRICING",
                "Sarn supports the best practice guidelines on spectrum pricing.",
            ),
            (D(2032, 5, 4), D(2032, 5, 6)),
        ),
        (
            "Kingdom of Norland",
            (
                "Document WTDC30/12-E",
                "World Telecommunication Development Conference 2030 (WTDC-30)",
                "17 September 2030",
                "Lusaka, Zambia, 3-14 November 2030",
                "Original: English",
                "PROPOSALS ON RURAL CONNECTIVITY",
                "Norland proposes a new regional initiative on rural connectivity.",
            ),
            (D(2030, 11, 3), D(2030, 11, 14)),
        ),
        (
            "United Republic of Velm",
            (
                "Document C33/55-E",
                "Council 2033",
                "9 May 2033",
                "Geneva, 10-20 June 2033",
                "Original: Spanish",
                "PROPOSAL ON THE FINANCIAL PLAN",
                "Velm proposes that the financial plan be reviewed.",
            ),
            (D(2033, 6, 10), D(2033, 6, 20)),
        ),
    ],
)
def test_a_header_lines_issue_date_over_the_dateline_gives_way_to_the_dateline(
    title: str, texts: tuple[str, ...], days: tuple[date, date]
) -> None:
    """A day alone (the issue date, its own column) between a header line naming an event and a dateline
    with its place: the event's days (as an event or as the meeting the contribution is for) are the
    dateline's (``event_own_session._dateline_after``), never the issue date's."""
    x = extract(make_report(*texts, title=title))
    found = [(e.start, e.end) for e in x.events] + ([(x.meeting.start, x.meeting.end)] if x.meeting else [])
    assert found and set(found) == {days}
