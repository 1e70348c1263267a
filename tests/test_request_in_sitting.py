"""A presiding officer's invitation to act in the sitting itself is no request (annotation guide decision 46):
``The Chair invited Ms A to introduce Document 7``, ``... to take the floor``, ``... to respond to the questions
raised``. The same verbs with a later time, another meeting, an indefinite deliverable or a body asking stay
requests. Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

import pytest
from extract_support import kinds_report
from extract_support import requests_of as run

from wsiskg.ingest.extract.request_in_sitting import in_sitting
from wsiskg.ingest.records import AgentRef, Request

_TITLE = "Report of the second meeting of the Expert Group on Rural Broadband Indicators"


def _requests(*texts: str, title: str | None = _TITLE) -> list[Request]:
    return list(run(kinds_report(*((t, "body") for t in texts), title=title), "eg-rbi"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chairman invited Ms Ingrid Ødegaard (Norway) to introduce Document EG-RBI-2/14.",
        "The Chair invited the representative of the secretariat to present the document.",
        "The Chairperson invited the delegate of Uruguay to take the floor.",
        "The Chair invited Mr Tomasz Wiśniewski, Rapporteur, to introduce his report, which was then discussed.",
        "The Chairman asked the representative of BDT to respond to the questions raised by delegates.",
        "The Vice-Chair invited Dr Amina Yusufzai to make a brief statement on behalf of the African Group.",
        "The Chair invited the observer from the Caribbean Telecommunications Union to address the meeting.",
        "The Chairman invited the coordinators of the two drafting groups to introduce their contributions.",
        "The Chair invited Mr Kofi Mensah-Larbi to give a presentation on the pilot results.",
    ],
)
def test_an_invitation_to_act_in_the_sitting_is_no_request(sentence: str) -> None:
    assert _requests(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (  # a later meeting
            "The Chair invited the secretariat to present the revised document at the next meeting.",
            "present the revised document at the next meeting",
        ),
        (  # another body
            "The Chairman asked Mr Tomasz Wiśniewski to present his report to the Council.",
            "present his report to the Council",
        ),
        (  # a deadline
            "The Chair invited Ms Ingrid Ødegaard to introduce the draft by 30 June 2031.",
            "introduce the draft by 30 June 2031",
        ),
        (  # an indefinite deliverable: something still to be written
            "The Chair invited the secretariat to present a report on rural tariffs.",
            "present a report on rural tariffs",
        ),
        (  # no speaking in the sitting
            "The Chair invited participants to submit contributions on the indicators.",
            "submit contributions on the indicators",
        ),
    ],
)
def test_the_same_verbs_asking_for_later_work_stay_requests(sentence: str, action: str) -> None:
    assert [r.action for r in _requests(sentence)] == [action]


def test_a_body_asking_for_a_document_to_be_presented_stays_a_request() -> None:
    found = _requests("The Group invited the secretariat to present the document.")
    assert [(r.requester.kind, r.action) for r in found] == [("body", "present the document")]


def test_outside_a_record_the_invitation_stays_a_request() -> None:
    # a letter or a speech inviting delegations to introduce contributions asks for work still to be done
    (asked,) = _requests("The Group invited the secretariat to present the document.")
    chaired = replace(asked, requester=AgentRef("post", "eg-rbi/chair", "Chair"))
    assert in_sitting(chaired, record=True)
    assert not in_sitting(chaired, record=False)
