"""The report's own meeting, round 32: an undated record excerpt whose speakers are no body's members records the
meeting of the body that acts in it as the subject of a sentence (``The Council took note of ...``, ``Study Group 9
decided to ...``), not the first working group its prose names (``the report of the Council Working Group on X``);
``the secretariat`` and ``The Chair`` follow that body. A body named by one word (``The Council``) acting once is
no evidence (another body's council may be meant). Names and texts are our own."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract

_CUT = "and on the report of the Council Working Group on Languages (CWG-LANG), which the Chair introduced."


@pytest.mark.parametrize(
    ("acts", "body"),
    [
        ("The Council took note of the report. The Council agreed to publish the guidelines.", "itu-council"),
        ("The Council approved the revised guidelines. The Council decided to close the item.", "itu-council"),
        ("The Plenipotentiary Conference adopted the resolution as amended.", "itu-pp"),
    ],
)
def test_the_body_acting_in_an_undated_excerpt_is_the_body_that_met(acts: str, body: str) -> None:
    report = make_report(
        _CUT,
        "The representative of Peru, Ms Ana Quispe, welcomed the report and asked the secretariat to circulate the "
        "revised guidelines before the next session.",
        "The Chair invited the secretariat to prepare a draft decision.",
        acts,
    )
    found = _meeting(report)
    assert found is not None and found[0] == body


def test_the_secretariat_and_the_chair_follow_the_acting_body() -> None:
    report = make_report(
        _CUT,
        "The Chair invited the secretariat to prepare a draft decision on the guidelines.",
        "The Council took note of the report.",
        "The Council agreed to review the guidelines at its next session.",
    )
    x = extract(report)
    (request,) = [r for r in x.requests if r.requester.key.endswith("/chair")]
    assert request.requester.key == "itu-council/chair"
    assert [a.key for a in request.addressees] == ["itu-council-secretariat"]


def test_a_study_group_deciding_in_an_excerpt_is_the_meeting() -> None:
    report = make_report(
        "report of Working Party 2/9 was approved with the amendments noted in TD 310.",
        "12 Approval of Recommendations",
        "ITU-T Study Group 9 decided to approve draft Recommendation J.1031 under the alternative approval process.",
        "The Chairman encouraged all Rapporteurs to contribute case studies before the next meeting.",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "itu-t-sg9"


def test_two_bodies_acting_once_each_make_no_meeting_of_either() -> None:
    report = make_report(
        "and of the liaison statements received since the last meeting.",
        "The Council approved the budget in 2029. The Plenipotentiary Conference adopted Resolution 71 in 2030.",
        "The representative of Peru, Ms Ana Quispe, asked for the list of liaison statements.",
    )
    assert _meeting(report) is None


def test_a_one_word_body_acting_once_is_no_meeting() -> None:
    report = make_report(
        "and of the report of the meeting of experts held the day before.",
        "The Council of Ministers took note of the report. The Council adopted the regional roadmap.",
        "The representative of Ghana, Mr K. Mensah, asked for the list of projects.",
    )
    assert _meeting(report) is None
