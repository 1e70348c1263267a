"""A post of a study group's Question in the record of that Question's Rapporteur Group is the group's post
(``study_groups.post_body``): ``Source: Rapporteur, Question 4/11`` over the report of the Q4/11 rapporteur
group is the Rapporteur who chaired it, one key with ``the Rapporteur`` of its text, so the record's passives
are the group's (docs/requests.md: a record asks in its meeting body's name). Every name is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.study_groups import post_body

_TD = """INTERNATIONAL TELECOMMUNICATION UNION            SG{sg}-TD301/WP1
TELECOMMUNICATION STANDARDIZATION SECTOR
STUDY PERIOD 2029-2032                           English only

Question(s): {q}/{sg}                                 E-meeting, 12 May 2030

                                  TD

Source:   Rapporteur{link}Question {q}/{sg}
Title:    Report of the Q{q}/{sg} rapporteur group e-meeting (10-12 May 2030)
Contact:  Marta Ccolque-Villarán, Ministry of Transport, Peru

1  Opening

The Question {q}/{sg} rapporteur group met by e-meeting from 10 to 12 May 2030. Ms Marta Ccolque-Villarán
(Peru), Rapporteur, chaired the meeting. The agenda was adopted.

2  Next steps

The editor, Mr Tiago Fonseca-Lund, was asked to produce a revised draft by 20 June 2030. Contributors are
encouraged to bring text on clause 6 to the next meeting.
"""


@pytest.mark.parametrize(("q", "sg", "link"), [(4, 11, ", "), (9, 16, " for "), (6, 13, " of ")])
def test_the_source_rapporteur_of_the_question_is_the_groups_rapporteur_and_its_passives_the_groups(
    tmp_path: Path, q: int, sg: int, link: str
) -> None:
    x = extract(parsed_text(tmp_path, _TD.format(q=q, sg=sg, link=link)))
    group = f"rapporteur-group-question-{q}-{sg}"
    assert f"itu-t-q{q}-{sg}/rapporteur" not in {p.key for p in x.posts}
    assert f"{group}/rapporteur" in {p.key for p in x.posts}
    assert x.requests and {r.requester.key for r in x.requests} == {group}


def test_a_question_is_its_rapporteur_groups_body_only_in_that_groups_record() -> None:
    assert post_body("itu-t-q4-11", "rapporteur-group-question-4-11") == "rapporteur-group-question-4-11"
    assert post_body("itu-d-q4-1", "rapporteur-group-question-4-1") == "rapporteur-group-question-4-1"
    assert post_body("itu-t-q4-11", "rapporteur-group-question-5-11") == "itu-t-q4-11"  # another Question's
    assert post_body("itu-t-q4-11", None) == "itu-t-q4-11"
    assert post_body("itu-t-sg11", "rapporteur-group-question-4-11") == "itu-t-sg11"
