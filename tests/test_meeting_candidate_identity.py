"""One meeting two readers name differently: by its body's acronym and by its full name (``CWG-X`` / ``Council
Working Group on X``) is one candidate, its body told by the catalogue and the report's defined bodies
(:func:`.body_names.body_key`), not by equal keys; and a bare day on a range's last day, with no number, is the
day the report was issued, not the meeting's (:func:`.meeting_candidates._issued_after`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report, parsed_text
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.body_names import body_key


@pytest.mark.parametrize(
    ("title", "summary", "lead", "expected"),
    [
        ("Council Working Group on Languages — Online consultation for translators",
         "Summary of the meeting, 22 September 2031 (CWG-LANG 25/3)",
         "The twenty-fifth meeting of the CWG-LANG opened with a session moderated by Ms Aino Rask (Finland).",
         ("cwg-lang", 25, date(2031, 9, 22), None)),
        ("Council Working Group on Financial and Human Resources — Open dialogue with staff",
         "Summary of the meeting, 4 March 2032 (CWG-FHR 19/2)",
         "The nineteenth meeting of the CWG-FHR opened with a dialogue chaired by Mr Olek Brandt (Poland).",
         ("cwg-fhr", 19, date(2032, 3, 4), None)),
        ("Expert Group on Telecommunication/ICT Indicators — Session on price baskets",
         "Summary of the meeting, 11 October 2033 (EGTI 14/5)",
         "The fourteenth meeting of the EGTI opened with a panel moderated by Ms Lea Moreau (France).",
         ("egti", 14, date(2033, 10, 11), None)),
    ],
)  # fmt: skip
def test_a_meeting_named_by_full_name_and_by_acronym_is_one_candidate(
    title: str, summary: str, lead: str, expected: tuple[str, int, date, None]
) -> None:
    assert _meeting(make_report(summary, lead, title=title)) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("council-working-group-on-child-online-protection", "cwg-cop"),
        ("cwg-cop", "cwg-cop"),
        ("expert-group-on-ict-household-indicators", "egh"),
        ("standing-committee-on-orbital-matters", "standing-committee-on-orbital-matters"),
    ],
)
def test_a_key_made_from_a_catalogue_bodys_name_is_that_bodys_key(key: str, expected: str) -> None:
    assert body_key(key) == expected


@pytest.mark.parametrize(
    ("issued", "heading", "lead", "expected"),
    [
        ("Apia, 9 September 2031", "REPORT OF THE SUBREGIONAL SPECTRUM MEETING FOR OCEANIA (SSM-OCE)",
         "The Subregional Spectrum Meeting for Oceania was held in Apia, Samoa, from 7 to 9 September 2031.",
         ("ssm-oce", date(2031, 9, 7), date(2031, 9, 9))),
        ("Quito, 14 May 2032", "REPORT OF THE ANDEAN BROADBAND WORKSHOP (ABW-32)",
         "The Andean Broadband Workshop was held in Quito, Ecuador, from 12 to 14 May 2032.",
         ("abw-32", date(2032, 5, 12), date(2032, 5, 14))),
        ("Windhoek, 3 April 2033", "REPORT OF THE SOUTHERN DIGITAL SKILLS FORUM (SDSF)",
         "The Southern Digital Skills Forum was held in Windhoek, Namibia, from 1 to 3 April 2033.",
         ("sdsf", date(2033, 4, 1), date(2033, 4, 3))),
    ],
)  # fmt: skip
def test_a_bare_day_on_the_last_day_of_a_meeting_its_acronym_names_is_the_issue_day(
    tmp_path: Path, issued: str, heading: str, lead: str, expected: tuple[str, date, date]
) -> None:
    text = f"{issued}\n\n{heading}\n\n1 Opening\n\n1.1 {lead}\n\n1.2 The meeting was opened by Mr Tavita Leota.\n"
    found = _meeting(parsed_text(tmp_path, text))
    assert found is not None and (found[0], *found[2:]) == expected
