"""Who asks when the subject is a post of the meeting body named by the body's head noun (``The Chairman of the
Committee asks ...`` in the report of Committee 4): the post of that body, so its one holder (annotation guide,
decision 11). Every name, body and sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_REPORTS = {
    "committee": (
        "WORLD RADIO ASSEMBLY (WRA-31)\n\nReport by the Chairman of Committee 4 (Budget Control) to the Plenary\n\n"
        "1. Committee 4 held its third meeting on 12 May 2031 under the chairmanship of Mr Tomasz Wielgosz-Arana "
        "(Poland).\n\n2. {sentence}\n\nTomasz Wielgosz-Arana\n\nChairman, Committee 4\n"
    ),
    "group": (
        "REPORT OF THE SECOND MEETING OF THE EXPERT GROUP ON RURAL ACCESS\n\n"
        "1. The second meeting of the Expert Group on Rural Access was held in Lima on 3 and 4 June 2031 under the "
        "chairmanship of Ms Ilse Marquardt-Obi (Germany).\n\n2. {sentence}\n"
    ),
}


@pytest.mark.parametrize(
    ("report", "sentence", "who", "asked"),
    [
        (
            "committee",
            "The Chairman of the Committee asks the Plenary to set up a drafting group on the budget.",
            "Tomasz Wielgosz-Arana",
            "Plenary",
        ),
        (
            "group",
            "The Chair of the Group invited Member States to send case studies by 1 September 2031.",
            "Ilse Marquardt-Obi",
            "Member States",
        ),
        (
            "group",
            "The Chairperson of the Expert Group urged the secretariat to publish the survey.",
            "Ilse Marquardt-Obi",
            "Secretariat",
        ),
    ],
)
def test_a_post_of_the_meeting_body_named_by_its_head_noun_is_its_holder(
    tmp_path: Path, report: str, sentence: str, who: str, asked: str
) -> None:
    found = extract(parsed_text(tmp_path, _REPORTS[report].format(sentence=sentence))).requests
    assert [(x.requester.kind, x.requester.label) for x in found] == [("person", who)]
    assert asked in found[0].addressees[0].label


def test_the_body_named_by_its_head_noun_alone_still_asks_as_the_body(tmp_path: Path) -> None:
    text = _REPORTS["committee"].format(sentence="The Committee requests the Bureau to publish its accounts.")
    found = extract(parsed_text(tmp_path, text)).requests
    assert [(x.requester.kind, x.requester.key) for x in found] == [("body", "committee-4")]
