"""``chaired by X`` after a clause that says the meeting was held names the meeting's chair, whatever names the
meeting body before it (``The fifth meeting of the Working Group on X was held in Lima ..., chaired by``, ``The
Working Group on X held its fifth meeting ..., chaired by``); a group named by a common noun right before the verb
(``an ad hoc group on tariffs, chaired by``) still gives its chair a title, not the meeting's chair. Bodies,
people, places and dates are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

HEADS = [
    "Report of the fifth meeting of the Council Working Group on WSIS&SDG\n\nLima, 3-4 May 2031\n\n1 Opening\n\n1.1 ",
    "Summary of the third meeting of the Andean Committee on Numbering (ACN)\n\nQuito, 2-3 June 2033\n\n1 ",
]
SENTENCES = [
    "The fifth meeting of the {body} was held in Lima on 3 and 4 May 2031, chaired by Ms Ana Quispe (Peru).",
    "The {body} held its fifth meeting in Lima on 3 and 4 May 2031, chaired by Ms Ana Quispe (Peru).",
    "The meeting of the {body} has taken place in Lima, chaired by Ms Ana Quispe (Peru).",
    "The {body} met in Lima on 3 and 4 May 2031, chaired by Ms Ana Quispe (Peru).",
]
BODIES = ["Council Working Group on WSIS&SDG", "Andean Committee on Numbering"]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize(("head", "body"), list(zip(HEADS, BODIES, strict=True)))
def test_chaired_by_after_the_meeting_s_clause_names_the_meeting_s_chair(
    tmp_path: Path, head: str, body: str, sentence: str
) -> None:
    ex = extract(parsed_text(tmp_path, head + sentence.format(body=body) + "\n"))
    assert ex.meeting is not None and ex.meeting.chair == "ana-quispe", [
        (p.key, p.posts, p.job_titles) for p in ex.persons
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group set up an ad hoc group on tariffs, chaired by Mr Luis Mamani (Bolivia).",
        "Work continued in a drafting committee, chaired by Mr Luis Mamani (Bolivia).",
    ],
)
def test_a_group_named_by_a_common_noun_right_before_the_verb_is_still_the_one_chaired(
    tmp_path: Path, sentence: str
) -> None:
    ex = extract(parsed_text(tmp_path, HEADS[0] + sentence + "\n"))
    assert ex.meeting is not None and ex.meeting.chair != "luis-mamani"


@pytest.mark.parametrize(
    "sentence",
    [
        "It was chaired by the Chairman of the CWG-COP, Dr Lena Vartanian (Armenia).",
        "The session was chaired by the Vice-Chair of the Council, Ms Lena Vartanian (Armenia).",
    ],
)
def test_chaired_by_another_bodys_officer_named_in_apposition_chairs_the_meeting(tmp_path: Path, sentence: str) -> None:
    """``chaired by the Chairman of the X, Dr Y``: the post of another body in apposition before the name; Y chairs
    the meeting (and ``The Chairman invited ...`` is Y's)."""
    head = "Information session for Member States on the draft Operational Plan\n\nGeneva, 4 March 2031\n\n"
    text = head + "1. The session was convened by the Secretary-General. " + sentence + "\n"
    ex = extract(parsed_text(tmp_path, text + "2. The Chairman invited Member States to comment by 1 May 2031.\n"))
    assert ex.meeting is not None and ex.meeting.chair == "lena-vartanian"
    assert [r.requester.key for r in ex.requests] == ["lena-vartanian"]
