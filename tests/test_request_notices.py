"""Notices with no meeting of their own (issue 8, decisions 4, 50 and 55): an information note for participants, a
media advisory, a management response are issued, not the record of the meeting they name; their passives are the
signer's (``Approved: NAME, ROLE``, ``Issued by: NAME, ROLE``), else the unit a letterhead of an organisation and
its unit names. Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import records_meeting, report_genre

_NOTE = """{letterhead}

{kind}

Regional Seminar on Spectrum Pricing for the Americas (RSSP-AMS), Bogotá, 14-15 October 2031

1. Registration. Delegations are requested to register online no later than 20 September 2031.

2. Fellowships. Administrations wishing to apply are invited to send the fellowship form to the regional office by \
5 September 2031.
{signature}"""


def _requesters(tmp_path: Path, **fields: str) -> set[tuple[str, str]]:
    values = {"letterhead": "Regional Office for the Americas", "signature": ""} | fields
    report = parsed_text(tmp_path, _NOTE.format(**values))
    return {(r.requester.kind, r.requester.key) for r in extract(report).requests}


@pytest.mark.parametrize(
    "kind", ["Information note for participants", "MEDIA ADVISORY", "Management response", "Practical information"]
)
def test_a_notice_records_no_meeting(tmp_path: Path, kind: str) -> None:
    report = parsed_text(tmp_path, _NOTE.format(letterhead="Regional Office for the Americas", kind=kind, signature=""))
    assert report_genre(report) == "notice"
    assert not records_meeting(report)


@pytest.mark.parametrize(
    ("letterhead", "key"),
    [
        ("INTERNATIONAL TELECOMMUNICATION UNION - TELECOMMUNICATION STANDARDIZATION BUREAU", "itu-tsb"),
        ("International Telecommunication Union – Radiocommunication Bureau", "itu-br"),
        ("ITU - Telecommunication Development Bureau", "itu-bdt"),
    ],
)
def test_an_unsigned_notice_is_the_unit_its_letterhead_names(tmp_path: Path, letterhead: str, key: str) -> None:
    """The seminar the note is for is no asker: the unit after the organisation's name issues the note."""
    found = _requesters(tmp_path, letterhead=letterhead, kind="Information note for participants")
    assert found == {("body", key)}


@pytest.mark.parametrize(
    ("signature", "key"),
    [
        ("\nApproved: Dr Ximena Ruiz-Cardozo, Chief, Spectrum Management Division", "ximena-ruiz-cardozo"),
        ("\nIssued by: Mr Tomasz Wielgosz-Brandt, Head, Events Unit", "tomasz-wielgosz-brandt"),
        ("\nApproved by: Ms Aroha Tane-Whitmore, Programme Coordinator", "aroha-tane-whitmore"),
    ],
)
def test_a_labelled_signature_signs_the_notice(tmp_path: Path, signature: str, key: str) -> None:
    """``Approved:`` / ``Issued by:`` then a name and its role ending the document: that person signs it, and its
    passives are hers or his (decision 55), whatever the letterhead says."""
    found = _requesters(tmp_path, kind="Management response", signature=signature)
    assert found == {("person", key)}


_RESPONSE = """TELECOMMUNICATION DEVELOPMENT BUREAU - PROJECT SUPPORT DIVISION

MANAGEMENT RESPONSE

Evaluation of the rural telecentres programme, 2027-2030

Recommendation 1 (accepted). {sentence} The Division will act on it in 2032.

Recommendation 2 (accepted). Regional offices are requested to report on the telecentres every quarter.

Approved: Ms Elin Strand-Okafor, Chief, Project Support Division
"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The evaluators recommend that BDT publish the telecentres' usage data.", "evaluators"),
        ("The evaluation team recommended that the regional offices train local operators.", "evaluation team"),
        ("The Inspectors recommend that ITU review the funding model of the programme.", "Inspectors"),
    ],
)
def test_the_evaluators_a_notice_answers_ask_as_written(tmp_path: Path, sentence: str, label: str) -> None:
    """A management response answers the evaluation: its evaluators are a group as written (decision 55: a named
    subject is itself), not the response's signer, who asks the passive."""
    report = parsed_text(tmp_path, _RESPONSE.format(sentence=sentence))
    found = {(r.requester.kind, r.requester.label) for r in extract(report).requests}
    assert found == {("collective", label), ("person", "Elin Strand-Okafor")}


_UNSIGNED = """{kind}

Regional Forum on Satellite Connectivity, Suva, 3-4 March 2032

1. Participants are requested to register online no later than 10 February 2032.

2. Exhibitors are invited to reserve their stands through the events team.

{contact}
"""


@pytest.mark.parametrize(
    ("kind", "contact", "key"),
    [
        (
            "MEDIA ADVISORY",
            "Media contacts: Ms Tavita Leota-Holm, Communications Officer, UNESCO; Mr Ravi Chand, Ministry "
            "of Communications",
            "unesco",
        ),
        ("Information note", "Contact: Mr Sione Fakatava-Berg, Events Coordinator, ITU.", "itu"),
        (
            "Practical information",
            "For enquiries, contact: Dr Mere Tapsell-Ngata, Head, Telecommunication Development Bureau",
            "itu-bdt",
        ),
    ],
)
def test_an_unsigned_notice_with_no_letterhead_is_its_first_contacts_body(
    tmp_path: Path, kind: str, contact: str, key: str
) -> None:
    """No signature and no letterhead: the body of the first contact it gives issues the notice (decisions 50, 55)."""
    report = parsed_text(tmp_path, _UNSIGNED.format(kind=kind, contact=contact))
    assert report_genre(report) == "notice"
    assert {(r.requester.kind, r.requester.key) for r in extract(report).requests} == {("body", key)}


def test_a_contact_with_no_body_issues_nothing(tmp_path: Path) -> None:
    """A contact named with no body changes no asker: the notice reads as with no contact line."""
    with_contact = parsed_text(
        tmp_path, _UNSIGNED.format(kind="Information note", contact="Contact: Ms Ana Folau-Lindgren.")
    )
    asked = {(r.requester.kind, r.requester.key) for r in extract(with_contact).requests}
    without = parsed_text(tmp_path, _UNSIGNED.format(kind="Information note", contact=""))
    assert asked == {(r.requester.kind, r.requester.key) for r in extract(without).requests}


_MENTIONED = """{kind}

Lakeside Forum on Rural Connectivity (LFRC), Kisumu, 4-5 May 2031

{lead}Delegations {be} requested to register online no later than 20 April 2031.
"""


@pytest.mark.parametrize("kind", ["Practical information", "Concept note"])
def test_a_body_a_notice_only_mentions_asks_nothing(tmp_path: Path, kind: str) -> None:
    """A passive that names no one in a document that records no meeting and whose issuer was not found: the forum
    its text mentions is no asker (decision 55: the request is its issuer's), so no request is credited to it."""
    report = parsed_text(tmp_path, _MENTIONED.format(kind=kind, lead="", be="are"))
    assert not records_meeting(report)
    assert {(r.requester.kind, r.requester.key) for r in extract(report).requests} == set()


def test_the_body_a_record_records_asks_in_its_passives(tmp_path: Path) -> None:
    """The near miss: the record of the forum's meeting (its passive that names no one is the forum's, decision 41)."""
    lead = "1 The Lakeside Forum on Rural Connectivity met in Kisumu on 4 and 5 May 2031.\n\n2 "
    text = _MENTIONED.format(kind="Report of the", lead=lead, be="were").replace("of the\n\n", "of the ")
    report = parsed_text(tmp_path, text)
    assert records_meeting(report)
    assert {(r.requester.kind, r.requester.key) for r in extract(report).requests} == {("body", "lfrc")}


_ACTIVE = """{kind}

Coastal Summit on Satellite Backhaul (CSSB), Mombasa, 9-10 June 2032

{sentence}
"""

_UNREAD_SUBJECTS = [
    "A booking page was opened on 2 April 2032, asking delegations to reserve rooms no later than 15 May 2032.",
    "The organizers agreed to encourage delegations to reserve rooms no later than 15 May 2032.",
]


@pytest.mark.parametrize("sentence", _UNREAD_SUBJECTS)
def test_an_unread_active_subject_in_a_notice_is_no_body_it_mentions(tmp_path: Path, sentence: str) -> None:
    """An active verb whose subject the reader does not read (a participle, a verb after ``agreed to``) in a notice
    that records no meeting: the fallback is the summit the notice only mentions, which asks nothing there (decision
    55), for an active verb as for a passive."""
    report = parsed_text(tmp_path, _ACTIVE.format(kind="Practical information", sentence=sentence))
    assert not records_meeting(report)
    assert {(r.requester.kind, r.requester.key) for r in extract(report).requests} == set()


@pytest.mark.parametrize("sentence", _UNREAD_SUBJECTS)
def test_an_unread_active_subject_in_the_record_is_its_body(tmp_path: Path, sentence: str) -> None:
    """The near miss: the record of the summit's meeting, whose body asks when the subject is not read."""
    report = parsed_text(
        tmp_path, _ACTIVE.format(kind="Report of the", sentence=sentence).replace("of the\n\n", "of the ")
    )
    assert records_meeting(report)
    assert {(r.requester.kind, r.requester.key) for r in extract(report).requests} == {("body", "cssb")}


_RESOLUTION_TEXT = """RESOLUTION 412 (Rev. Lusaka, 2030)

Regional Broadband Commission of the Southern Corridor

Adopted on 14 March 2030

The Commission, recalling its work on rural access, requests the Executive Secretary to publish a map of rural backhaul.

Member administrations are invited to share their coverage data with the secretariat.
"""


def test_a_resolutions_text_is_its_issuers_in_its_passives(tmp_path: Path) -> None:
    """A resolution's text records no meeting, but the body it presumes is its issuer (decision 50), named below its
    title rather than on the first line: a passive naming no asker is that body's, as in a contribution or a report
    over a period (``_BODY_OWN_GENRES``), not a body the text only mentions (decision 55)."""
    report = parsed_text(tmp_path, _RESOLUTION_TEXT)
    assert report_genre(report) == "resolution" and not records_meeting(report)
    asked = {(r.requester.key, tuple(a.key for a in r.addressees)) for r in extract(report).requests}
    assert ("regional-broadband-commission-of-the-southern-corridor", ("member-administrations",)) in asked
