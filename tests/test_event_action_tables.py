"""A row of an action table (decision 31) names a task and its deadline, not an event
(``event_filters._action_rows_only``); prose after the table keeps its events. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events


def _events(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.key: (e.start, e.end) for e in find_events(make_report(*texts), 2031)}


@pytest.mark.parametrize(
    ("header", "row", "due"),
    [
        (
            "Action | Responsible | Deadline",
            "National workshops in Lesotho and Eswatini | ITU Area Office | 30.06.2031",
            date(2031, 6, 30),
        ),
        ("Item, Date, Responsible", "Regional roaming study review, 30 April 2031, Secretariat", date(2031, 4, 30)),
        (
            "Task | Lead | Due date",
            "Confirm host country for the 2032 regional cyber drill | Member States | 15/01/2032",
            date(2032, 1, 15),
        ),
        (
            "Action, Responsible, Deadline",
            "Concept note for the online Regional Spectrum Forum, BDT Regional Office, 14 August 2031",
            date(2031, 8, 14),
        ),
    ],
)
def test_an_action_row_is_no_event(header: str, row: str, due: date) -> None:
    found = _events("Actions agreed", header, row, "Prepare a draft MoU | Secretariat | 31/10/2031")
    assert not any(due in days for days in found.values()), found


@pytest.mark.parametrize(
    ("header", "rows", "due"),
    [
        (
            "Action, Lead, Deadline",
            (
                "Publish a joint indicators note, UNESCO and UNDP, 31 October 2031",
                "Map partner events to the regional calendar, 30 June 2031",
            ),
            date(2031, 6, 30),
        ),
        (
            "Action, Lead, Due",
            (
                "Summary for the mid-term review of the Plan, 31 July 2031",
                "Regional data clinics for island states, UNDP, ongoing",
            ),
            date(2031, 7, 31),
        ),
        (
            "Task | Responsible | Deadline",
            (
                "Draft the workshop agenda | Secretariat | 15/03/2031",
                "Compile the inputs to the annual symposium | 02/05/2031",
            ),
            date(2031, 5, 2),
        ),
    ],
)
def test_an_action_row_without_its_who_cell_is_no_event(header: str, rows: tuple[str, str], due: date) -> None:
    """A row of one cell fewer than its header, its due day alone last (the lead left out: decision 54), is still a
    row of the table: the task's deadline, no event's day (round 57)."""
    found = _events("Actions agreed", header, *rows, "Maintain the shared website | Secretariat | ongoing")
    assert not any(due in days for days in found.values()), found


def test_a_short_line_after_an_action_table_that_is_a_sentence_keeps_its_event() -> None:
    found = _events(
        "Action, Lead, Deadline",
        "Circulate the draft guideline, Secretariat, 30 September 2031",
        "The Plan will be reviewed at the directors' meeting, 12 March 2032.",
    )
    assert any(days[0] == date(2032, 3, 12) for days in found.values()), found


def test_prose_after_an_action_table_keeps_its_events() -> None:
    found = _events(
        "Action | Responsible | Deadline",
        "Circulate the draft guideline | Secretariat | 30/09/2031",
        "The next meeting will be held in Accra on 4 October 2031, back to back with the West African Spectrum"
        " Forum (3–5 October 2031).",
    )
    assert (date(2031, 10, 3), date(2031, 10, 5)) in found.values(), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegate of Chile, Ms R. Soto, asked the Manager to present the register to the Advisory Board on Audit"
        " (ABA) at its next meeting, to be held from 12 to 14 March 2032.",
        "4. The fourth meeting of the Group will be held in Tbilisi, Georgia, on 12–14 March 2032.",
        "The Plan will be reviewed at the directors' meeting, to be hosted by the Agency in Lima on 12 March 2032.",
    ],
)
def test_a_sentence_after_a_table_of_commas_is_no_row(sentence: str) -> None:
    """A sentence right after a table whose cells a comma parts (``Milestone, Responsible, Date``) has commas too,
    and its last cell ends with a date: a long line ended by a stop is prose, its events keep their dates."""
    found = _events(
        "Milestone, Responsible, Date",
        "Demolition of the annex, Project Manager, March 2032",
        "Occupancy of the new wing, Secretary-General, 2034",
        sentence,
    )
    assert any(days[0] == date(2032, 3, 12) for days in found.values()), found


def test_a_timetable_row_that_no_one_takes_keeps_its_event() -> None:
    """A timetable's step with a blank who cell (``-``) is no task: its days are the event's; a step someone takes
    is a task with a deadline."""
    found = _events(
        "Milestone, Date, Responsible",
        "Circulation of the draft synthesis, 12 September 2031, Secretariat",
        "Closing workshop of the review, 3-4 March 2032, -",
    )
    assert (date(2032, 3, 3), date(2032, 3, 4)) in found.values(), found
    assert not any(date(2031, 9, 12) in days for days in found.values()), found


def test_a_table_of_meetings_keeps_its_rows() -> None:
    found = _events("Meeting | Dates | Chair", "Third meeting of the EGX | 4-5 May 2031 | Ms A. Lind")
    assert (date(2031, 5, 4), date(2031, 5, 5)) in found.values(), found


@pytest.mark.parametrize(
    ("prose", "header", "row", "key"),
    [
        (
            "The Group agreed on 14 common proposals for PP-34.",
            "Task | Responsible | Target date",
            "Coordinate the positions at PP-34 | Proposal coordinators | 12 October 2034",
            "pp-34",
        ),
        (
            "Members reviewed the preparations for WTSA-32.",
            "No. | Action | Responsible | Due",
            "| Circulate the draft proposals on WTSA-32 | WTSA coordinators | 31/01/2032",
            "wtsa-32",
        ),
        (
            "The draft was sent to WRC-35 for information.",
            "Action, Responsible, Deadline",
            "Brief the delegations to WRC-35, Chair, 2 November 2035",
            "wrc-35",
        ),
    ],
)
def test_an_event_named_in_prose_takes_no_date_from_an_action_row(prose: str, header: str, row: str, key: str) -> None:
    found = _events(prose, header, row)
    assert found.get(key) == (None, None), found
