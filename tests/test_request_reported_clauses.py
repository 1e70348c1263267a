"""Requests reported in a record's prose around a ``that`` clause: a verb of asking after ``but``
(``supported the draft, but requested that the Bureau report ...``) is the subject's, as after ``and``;
a chairman's motion that the meeting body ask someone (``The Chairman proposed that the Council
instruct the Secretary-General to ...``) is the body's request, as a verb coordinated in the motion is;
a participant's proposal that the body ask someone is never the body's request. Every name,
place and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Paragraph, ParsedReport, Section

#: a summary record of a Council plenary meeting whose chairman the header names
_RECORD = """Council 2033                                                     C33/88-E
Geneva, 9-19 May 2033                                            16 May 2033

              SUMMARY RECORD OF THE SIXTH PLENARY MEETING
                   Friday, 16 May 2033, at 0930 hours

Chairman: {chair}

1  Digital inclusion

1.1 {sentence}
"""


def _requests(tmp_path: Path, sentence: str, chair: str = "Mr Oskar Vandermeulen-Ito (Belgium)") -> list:
    report = extract(parsed_text(tmp_path, _RECORD.format(chair=chair, sentence=sentence)))
    return [(r.requester, r.verb, [a.label for a in r.addressees], r.action) for r in report.requests]


def _the_one(tmp_path: Path, sentence: str) -> tuple:
    """The one request read in ``sentence``."""
    found = _requests(tmp_path, sentence)
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "requester", "verb", "addressee", "action"),
    [
        (
            "The councillor from Peru, speaking on behalf of the Andean group, expressed support for the "
            "draft but requested that the Secretariat prepare a costed plan for the rural portal.",
            "Peru",
            "request",
            "Secretariat",
            "prepare a costed plan for the rural portal",
        ),
        (
            "The delegate of Mongolia, Ms Saran Oyunbileg-Hart, welcomed the report, but asked that the "
            "Secretary-General consult the regional offices on the calendar.",
            "Saran Oyunbileg-Hart",
            "ask",
            "Secretary-General",
            "consult the regional offices on the calendar",
        ),
        (
            "The councillor from Tunisia endorsed the roadmap but also urged Member States to share their "
            "broadband maps with the secretariat.",
            "Tunisia",
            "urge",
            "Member States",
            "share their broadband maps with the secretariat",
        ),
    ],
)
def test_a_verb_of_asking_after_but_is_the_subjects(
    tmp_path: Path, sentence: str, requester: str, verb: str, addressee: str, action: str
) -> None:
    who, said, whom, what = _the_one(tmp_path, sentence)
    assert who.label == requester and said == verb and what == action
    assert any(addressee in label for label in whom)


@pytest.mark.parametrize(
    ("sentence", "verb", "addressee", "action"),
    [
        (
            "The Chairman proposed that the Council instruct the Secretary-General to report on the rural "
            "portal at its 2034 session.",
            "instruct",
            "Secretary-General",
            "report on the rural portal at its 2034 session",
        ),
        (
            "The Chairman noted the broad support and proposed that the Council invite Member States to "
            "pledge voluntary contributions to the connectivity fund.",
            "invite",
            "Member States",
            "pledge voluntary contributions to the connectivity fund",
        ),
        (
            "After a short discussion, the Chairman proposed that the Council request the Director of the "
            "Radiocommunication Bureau to publish the survey results by 30 September 2033.",
            "request",
            "Director",
            "publish the survey results by 30 September 2033",
        ),
    ],
)
def test_a_chairmans_motion_that_the_body_ask_is_the_bodys_request(
    tmp_path: Path, sentence: str, verb: str, addressee: str, action: str
) -> None:
    who, said, whom, what = _the_one(tmp_path, sentence)
    assert who.kind == "body" and "Council" in who.label
    assert said == verb and what == action
    assert any(addressee in label for label in whom)


@pytest.mark.parametrize(
    "sentence",
    [
        "The councillor from Uruguay proposed that the Council invite Sector Members to report on their "
        "rural broadband projects.",
        "The delegate of Latvia, Mr Edgars Kalnins-Moreau, suggested that the Council instruct the "
        "Secretary-General to open a regional office.",
        "The councillor from Botswana, supported by Namibia, proposed that the Council encourage "
        "administrations to publish their spectrum plans.",
    ],
)
def test_a_participants_proposal_is_no_request_of_the_body(tmp_path: Path, sentence: str) -> None:
    assert all(who.kind != "body" for who, _, _, _ in _requests(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The councillor from Uruguay, supported by Paraguay, proposed that BDT continue to host the rural broadband"
        " portal.",
        "UNESCO proposed that the Council hold its next informal session back-to-back with the Forum in Apia.",
        "The councillor from Malawi suggested that the Secretary-General publish the rural broadband maps.",
    ],
)
def test_a_delegations_or_bodys_proposal_in_a_record_asks_no_one(tmp_path: Path, sentence: str) -> None:
    """A delegation (a councillor named by the country only) or a body that speaks at the meeting proposes what a
    third party might do, as a person does: no request (round 42)."""
    assert _requests(tmp_path, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "verb", "addressee", "action"),
    [
        (
            "The Chairman said that the Council would invite the Secretary-General to submit a costed plan for "
            "the rural portal to its 2034 session.",
            "invite",
            "Secretary-General",
            "submit a costed plan for the rural portal to its 2034 session",
        ),
        (
            "The Chairman noted that the Council would request the Director of the Radiocommunication Bureau to "
            "publish the survey results.",
            "request",
            "Director",
            "publish the survey results",
        ),
        (
            "The Council should also urge Member States to share their broadband maps with the secretariat.",
            "urge",
            "Member States",
            "share their broadband maps with the secretariat",
        ),
    ],
)
def test_a_modal_clause_whose_verb_asks_is_its_subjects_request_not_a_request_to_its_subject(
    tmp_path: Path, sentence: str, verb: str, addressee: str, action: str
) -> None:
    """``The Chairman said that the Council would invite X to ...``: the Council asks X (never ``Council -> the
    Council`` with ``invite X to ...`` as the action)."""
    pairs = _requests(tmp_path, sentence)
    assert all("Council" not in label for _, _, whom, _ in pairs for label in whom)
    who, said, whom, what = _the_one(tmp_path, sentence)
    assert who.kind == "body" and "Council" in who.label
    assert said == verb and what == action
    assert any(addressee in label for label in whom)


#: an excerpt's first paragraph naming a working group: the group is only presumed to be the record's body
_PRESUMED_GROUP_OPENING = Paragraph(
    1,
    "2",
    "2.1 The chairman of the Council Working Group on Child Online Protection, Ms O. Okeke, "
    "introduced the report of the Group in Document C31/33.",
)


@pytest.mark.parametrize(
    ("sentence", "body", "verb", "addressee"),
    [
        (
            "2.4 The Chairman, Mr V. Sigurdsson (Iceland), proposed that the Council take note of Document C31/33 "
            "and instruct the Secretary-General to take account of the comments.",
            "itu-council",
            "instruct",
            "Secretary-General",
        ),
        (
            "4.2 The Chair proposed that the World Telecommunication Standardization Assembly approve the revised "
            "text and request the Director of the Telecommunication Standardization Bureau to publish it.",
            "wtsa",
            "request",
            "Director, Telecommunication Standardization Bureau",
        ),
        (
            "7.3 The Chairman suggested that the Plenipotentiary Conference take note of the report, and invite "
            "administrations to submit contributions by 1 March 2031.",
            "itu-pp",
            "invite",
            "administrations",
        ),
    ],
)
def test_a_motion_in_a_record_cut_before_its_header_is_the_named_bodys_request(
    sentence: str, body: str, verb: str, addressee: str
) -> None:
    """An excerpt of a record whose own meeting is not found (no header; a working group named first is only
    presumed to be its body): a verb coordinated in a motion is the request of the body the motion names."""
    paras = (
        _PRESUMED_GROUP_OPENING,
        Paragraph(2, "2", sentence),
        Paragraph(3, "2", "It was so agreed."),
    )
    x = extract(ParsedReport("t.txt", "text/plain", None, (Section("2", "t", None, 1),), paras))
    assert x.meeting is None
    assert [(r.requester.key, r.verb) for r in x.requests] == [(body, verb)]
    assert any(addressee in a.label for a in x.requests[0].addressees)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Lina Tauiliili (Samoa) reported that the Working Group on Buoys had asked the Telecommunication "
        "Development Bureau to publish the draft tide atlas by 30 September 2033.",
        "The councillor from Chile pointed out that the Working Group on Buoys had invited the Telecommunication "
        "Development Bureau to publish the draft tide atlas by 30 September 2033.",
        "The Chairman stressed that the Working Group on Buoys requested the Telecommunication Development Bureau to "
        "publish the draft tide atlas by 30 September 2033.",
        "The councillor from Kenya reminded the meeting that the Working Group on Buoys had asked the "
        "Telecommunication Development Bureau to publish the draft tide atlas by 30 September 2033.",
    ],
)
def test_a_request_a_speaker_reports_after_that_is_the_clause_subjects(tmp_path: Path, sentence: str) -> None:
    """A speaker's verb of reporting (``reporting-verbs.csv``) before ``that`` opens the clause whose subject asks: a
    request once lost after ``reported``, ``pointed out``, ``stressed`` or ``reminded the meeting``, where
    ``said``, ``noted`` and ``announced`` kept it."""
    ((requester, verb, addressees, action),) = _requests(tmp_path, sentence)
    assert requester.label == "Working Group on Buoys"
    assert (
        addressees == ["Telecommunication Development Bureau"]
        and action == "publish the draft tide atlas by 30 September 2033"
    )


def test_an_unread_subject_in_a_found_record_is_the_meeting_bodys(tmp_path: Path) -> None:
    """An active verb whose subject the reader does not read, in a record whose meeting is found (the chairman's
    ``took it that the Council wished to ... and to request``): the meeting body asks."""
    found = _requests(
        tmp_path,
        "The Chairman took it that the Council wished to take note of Document C33/41 and to request the "
        "Secretary-General to circulate the tide survey to the regional offices.",
    )
    assert [(r[0].key, r[1]) for r in found] == [("itu-council", "request")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our partner, the Lakeshore Fibre Cooperative of Malawi, asks the regulator to publish the results of its "
        "consultation on shared spectrum.",
        "WTDC-29 revised Resolution 37 (Rev. Lusaka, 2029) and asked the Telecommunication Development Advisory "
        "Group to review its working methods.",
    ],
)
def test_an_unread_subject_in_an_excerpt_asks_no_presumed_body(sentence: str) -> None:
    """The near miss: the same kind of verb in an excerpt whose meeting is not found (a working group named first is
    only presumed to be its body): the subject the reader does not read is someone the text names (an appositive
    partner, a conference by its acronym), not that presumed body, so no one is credited."""
    paras = (
        _PRESUMED_GROUP_OPENING,
        Paragraph(2, "2", sentence),
    )
    x = extract(ParsedReport("t.txt", "text/plain", None, (Section("2", "t", None, 1),), paras))
    assert x.meeting is None
    assert [(r.requester.key, r.verb) for r in x.requests] == []
