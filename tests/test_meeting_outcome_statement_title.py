"""A meeting's adopted outcome named before it, ``Outcome statement of the`` or ``Communiqué of the`` (round 55,
``meeting_words.csv``, role ``record-of``, read by ``heading_kinds._RECORD``): the line names the meeting that
adopted it, as ``Outcome of the`` and ``Conclusions of the`` do, so the title's meeting is found with its
number and its dateline's days. Our own names and days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text


@pytest.mark.parametrize(
    ("header", "title", "line", "key", "number", "start", "end"),
    [
        ("YOUTH CONNECT PACIFIC", "Outcome statement of the third Youth Connect Pacific Assembly",
         "Suva, Fiji, 4 and 5 May 2031", "youth-connect-pacific-assembly", 3, date(2031, 5, 4), date(2031, 5, 5)),
        ("DIGITAL ANDES", "Communiqué of the Second Andean Digital Ministers Forum",
         "Quito, Ecuador, 9-10 March 2032", "andean-digital-ministers-forum", 2, date(2032, 3, 9), date(2032, 3, 10)),
        ("NORDIC BROADBAND", "Communique of the Fifth Nordic Broadband Regulators Roundtable",
         "Tallinn, Estonia, 21 October 2030", "nordic-broadband-regulators-roundtable", 5, date(2030, 10, 21), None),
    ],
)  # fmt: skip
def test_an_outcome_statement_or_communique_is_of_the_meeting_it_names(
    tmp_path: Path,
    header: str,
    title: str,
    line: str,
    key: str,
    number: int,
    start: date,
    end: date | None,
) -> None:
    text = (
        f"{header}\n{title}\n{line}\n\n"
        "1. The meeting brought together 60 participants from 14 countries, in person and online.\n\n"
        "2. Participants worked in three groups: connectivity, skills and safety online.\n"
    )
    assert meeting_parts(parsed_text(tmp_path, text)) == (key, number, start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Focus Group on Coastal Weather Sensing (FG-CWS)\n"
            "Outcome note of the fourth meeting — Tromsø, Norway, 11 to 13 March 2031\n\n"
            "1. The meeting, hosted by the Arctic Institute, was chaired by Ms Ingrid Solbakk-Vane (Norway).\n\n"
            "2. Working groups 1 and 2 reported on sensor calibration.\n",
            ("fg-cws", 4, date(2031, 3, 11), date(2031, 3, 13)),
        ),
        (
            "ISLAND NUMBERING COMMITTEE\nOUTCOME NOTE OF THE NINTH MEETING\nApia, Samoa, 2-3 June 2032\n\n"
            "1. The Chair, Mr Leota Faleolo-Brandt (Samoa), opened the meeting.\n\n"
            "2. Members reviewed the numbering plan.\n",
            ("island-numbering-committee", 9, date(2032, 6, 2), date(2032, 6, 3)),
        ),
        # a note written for a meeting still to come records none
        (
            "Focus Group on Coastal Weather Sensing (FG-CWS)\n"
            "Background note for the fourth meeting — Tromsø, Norway, 11 to 13 March 2031\n\n"
            "1. This note sets out the questions the Group will be asked to consider.\n\n"
            "2. Working groups 1 and 2 will report on sensor calibration.\n",
            None,
        ),
    ],
)
def test_an_outcome_note_is_of_the_meeting_it_names(
    tmp_path: Path, text: str, expected: tuple[str, int, date, date] | None
) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected
