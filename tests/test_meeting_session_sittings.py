"""A summary record of a numbered meeting of a body that numbers its meetings within each session
(``ingest/data/session-numbering.csv``): the Economic and Social Council's record names its meeting by an ordinal
only, under the Council's line and the session's and segment's lines (``ECONOMIC AND SOCIAL COUNCIL`` / ``Substantive
session of 2031`` / ``PROVISIONAL SUMMARY RECORD OF THE 27TH MEETING``): the meeting's number is that ordinal (decision
2), read by the ``header-ordinal`` reader as a Council session's or a conference's plenary is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts

from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read

_CAPITALS = (
    "ECONOMIC AND SOCIAL COUNCIL\nSubstantive session of 2031\nCoordination segment\n\n"
    "PROVISIONAL SUMMARY RECORD OF THE 27th MEETING\n"
    "Held at Headquarters, New York, on Tuesday, 22 July 2031, at 10 a.m.\n\n"
    "President: Mr Tomasz Wierzbicki (Poland)\n\n"
    "1. Ms Oyelaran (Nigeria) said that her Government had adopted a national broadband plan in 2030.\n\n"
    "2. Mr Castellanos (Guatemala) asked the secretariat to circulate the report of the Commission."
)
_TITLE_CASE = (
    "Economic and Social Council\nResumed organizational session for 2029\n\n"
    "Provisional summary record of the 12th meeting\n"
    "Held at Headquarters, New York, on Wednesday, 6 June 2029, at 3 p.m.\n\n"
    "President: Ms Aroha Whitcombe (New Zealand)\n\n"
    "1. The President said that the Council would take up the elections to its subsidiary bodies."
)
_WORDS = (
    "ECONOMIC AND SOCIAL COUNCIL\nCoordination and management meetings 2030\n\n"
    "PROVISIONAL SUMMARY RECORD OF THE FORTY-FIRST MEETING\n"
    "Held at Headquarters, New York, on Thursday, 18 July 2030, at 10 a.m.\n\n"
    "Chair: Mr Ruslan Abdykadyrov (Kyrgyzstan)\n\n"
    "1. Mr Lindqvist (Sweden) said that his delegation welcomed the report on science and technology."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_CAPITALS, ("ecosoc", 27, date(2031, 7, 22), None)),
        (_TITLE_CASE, ("ecosoc", 12, date(2029, 6, 6), None)),
        (_WORDS, ("ecosoc", 41, date(2030, 7, 18), None)),
    ],
)
def test_an_ecosoc_record_is_of_its_numbered_meeting(tmp_path: Path, text: str, expected: tuple) -> None:
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    assert meeting_parts(parse(read(path))) == expected
