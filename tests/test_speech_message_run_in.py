"""A message's heading a PDF's layout ran into the event's dateline on one line (``Regional Forum 2032 Apia, 3-5
June 2032 Opening session, 3 June 2032 Message from the Secretary-General of X, Ms A, delivered by Mr B, ...``): a
cue right after the dateline's last date starts its field, so the document is a speech (``genre._dated``), and the
person who reads the message out for its author (``delivered by``, ``read by``) is not its speaker
(``author_speakers._heading_person``, ``_READ_FOR``): what the message asks is its author's (decision 40). Every name,
body and sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import line_genre, report_genre

_MESSAGE = """Pacific Digital Forum 2032 - Opening
Pacific Digital Forum 2032 Apia, 3-5 June 2032 Opening session, 3 June 2032 {heading}
Ladies and gentlemen, the Commission is proud to support this Forum again this year.
The regional review of our strategy will conclude in October, and its draft was circulated in April.
I invite all stakeholders to send their comments on the draft strategy before 31 July 2032.
I wish you a productive Forum.
"""


@pytest.mark.parametrize(
    ("line", "genre"),
    [
        ("Andean Forum 2031 Lima, 4-6 May 2031 Opening ceremony, 4 May 2031 Message from the Minister of X", "speech"),
        (
            "Council 2033 Geneva, 10-20 June 2033 Document C33/4-E 2 May 2033 Report by the Secretary-General",
            "secretary-general",
        ),
        ("Geneva, 12 March 2031 Contribution from the Republic of Chile", "contribution"),
    ],
)
def test_a_cue_right_after_a_dateline_s_date_starts_its_field(line: str, genre: str) -> None:
    assert line_genre(line) == genre


def test_a_date_before_prose_names_no_genre() -> None:
    assert line_genre("Geneva, 3 May 2031 The Group met to review its work programme.") is None


@pytest.mark.parametrize(
    "heading",
    [
        "Message from the Executive Secretary of the Pacific Digital Commission, Ms Losana Tuilagi-Brandvold, "
        "delivered by Mr Ioane Faleolo-Strand, Director of Programmes",
        "Message of the Executive Secretary, Ms Losana Tuilagi-Brandvold, read by Mr Ioane Faleolo-Strand, Deputy "
        "Director",
    ],
)
def test_a_message_read_out_by_another_is_asked_by_its_author(tmp_path: Path, heading: str) -> None:
    report = parsed_text(tmp_path, _MESSAGE.format(heading=heading))
    assert report_genre(report) == "speech"
    found = extract(report)
    assert {r.requester.label for r in found.requests} == {"Losana Tuilagi-Brandvold"}
