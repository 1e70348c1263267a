"""The body that `held its Nth meeting` read past an apposition between commas and a roman paragraph number
(``present_meeting.without_apposition``, ``unlisted_subject._PARAGRAPH_NUMBER``, round 56): ``IV. The X Group,
established by Resolution 12 (Rev. Lima, 2030), held its third meeting on ...`` is the group's third meeting."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_named

from wsiskg.ingest.extract.present_meeting import without_apposition


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("1 The Council Working Group on Child Online Protection, established by Council Resolution 1306,",
         "1 The Council Working Group on Child Online Protection"),
        ("The Baltic Numbering Forum (BNF), set up pursuant to Resolution 7 (Rev. Vilnius, 2029) and Decision 4,",
         "The Baltic Numbering Forum (BNF)"),
        ("II. The Steering Committee of the Andean Data Coalition, chaired by Ms R. Quispe (Peru),",
         "II. The Steering Committee of the Andean Data Coalition"),
    ],
)  # fmt: skip
def test_the_apposition_closing_a_subject_is_left_out(before: str, subject: str) -> None:
    assert without_apposition(before) == subject


@pytest.mark.parametrize(
    "before",
    [
        "The Expert Group on Maritime Connectivity ",  # no apposition
        "At the invitation of the Government of Malta,",  # an opening phrase, no subject before it
        "In Valletta, the Expert Group",  # the comma opens no apposition at the end
    ],
)
def test_a_clause_with_no_closing_apposition_is_kept(before: str) -> None:
    assert without_apposition(before) == before


def test_a_catalogue_group_numbered_past_its_apposition() -> None:
    report = make_report(
        "Council Working Group on Child Online Protection",
        "Document CWG-COP/31/5",
        "1 The Council Working Group on Child Online Protection, established by Council Resolution 1306, held its "
        "fifth meeting on 3 and 4 May 2031 under the chairmanship of Ms A. Bello (Nigeria).",
        "2 The Group reviewed the draft guidelines.",
        title="Report of the meeting",
    )
    found = meeting_named(report)
    assert found is not None and found[:2] == ("cwg-cop", 5)


@pytest.mark.parametrize(
    ("lines", "lead", "key", "number"),
    [
        (["Council Working Group on Child Online Protection", "(Expert Group on Child Online Safety)"],
         "I. The Expert Group on Child Online Safety, established pursuant to Resolution 179 (Rev. Busan, 2030) and "
         "Council Resolution 1306, held its third meeting on 10–11 March 2031 under the chairmanship of Ms K. Obi "
         "(Nigeria).",
         "expert-group-on-child-online-safety", 3),
        (["Council Working Group on the Headquarters Premises", "(Steering Committee on the New Building)"],
         "1. The Steering Committee on the New Building, established by Council Decision 588, held its 14th meeting "
         "on 2-3 March 2031.",
         "steering-committee-on-the-new-building", 14),
    ],
)  # fmt: skip
def test_a_group_the_header_names_in_brackets_numbered_past_its_apposition(
    lines: list[str], lead: str, key: str, number: int
) -> None:
    report = make_report(*lines, "Document 31/4-E", lead, "The Group took note of the report of the secretariat.",
                         title="Report of the meeting held in Geneva")  # fmt: skip
    found = meeting_named(report)
    assert found is not None and found[:2] == (key, number)
