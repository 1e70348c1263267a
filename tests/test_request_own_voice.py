"""Requests in a document's own voice (annotation guide, decisions 11, 18, 50 and 55): a foreword, a call for
proposals, a signed brief record no meeting, and what they ask with no asker named is their signer's. Every
sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import records_meeting

_FOREWORD = """GLOBAL ALLIANCE FOR RURAL CONNECTIVITY (GARC)

Rural Backhaul Options: A Field Guide for Small Operators

{heading}

When the Alliance was set up, its members agreed to share what they learn about bringing fibre and microwave links \
to villages beyond the reach of commercial networks. This guide reports what eleven small operators learned between \
2027 and 2030, and where the costs fell.

We are grateful to every operator who opened its books to the authors. We now invite regulators that have not yet \
done so to publish their tower-sharing rules, and we encourage rural cooperatives to pool their spectrum requests. \
We ask the Working Group on Backhaul Costs to update the cost tables by 30 June 2031.

Dr Henrike Valtonen-Aas
Vice-Chair, GARC

Lisbon, March 2031
"""


def _requesters(report) -> list[tuple[str, str]]:
    return [(r.requester.kind, r.requester.key) for r in extract(report).requests]


def test_a_foreword_records_no_meeting_and_its_signer_asks(tmp_path: Path) -> None:
    """A foreword is a signed message: no meeting of its own, and its ``we invite`` / ``we ask`` are its signer's,
    though the signer holds a post of a meeting's kind (a vice-chair)."""
    report = parsed_text(tmp_path, _FOREWORD.format(heading="FOREWORD"))
    assert not records_meeting(report)
    found = _requesters(report)
    assert len(found) == 3
    assert set(found) == {("person", "henrike-valtonen-aas")}


def test_a_preface_is_a_foreword(tmp_path: Path) -> None:
    report = parsed_text(tmp_path, _FOREWORD.format(heading="Preface"))
    assert not records_meeting(report)
    assert set(_requesters(report)) == {("person", "henrike-valtonen-aas")}


_CALL = """Office for Digital Inclusion (ODI)

{heading}
Small grants for community networks in landlocked developing countries

Ref.: ODI/CN/2032/4
Lisbon, 9 January 2032

1. The Office welcomes proposals for community network projects in landlocked developing countries.

2. Applicants are requested to submit their proposals on the annexed form no later than 30 April 2032.

3. Selected applicants are invited to present their projects at the regional forum in the autumn.

Mirela Castellanos-Ibarra
Director, Office for Digital Inclusion
"""


def test_a_call_for_proposals_is_a_letter_whose_signer_asks(tmp_path: Path) -> None:
    """A call (for proposals, papers, nominations ...) records no meeting, though it is dated and named like one:
    its passives are asked by the person who signs it (decisions 50 and 55)."""
    for heading in ("CALL FOR PROPOSALS", "Call for applications"):
        report = parsed_text(tmp_path, _CALL.format(heading=heading))
        assert not records_meeting(report)
        found = extract(report)
        assert found.meeting is None
        assert [(r.requester.kind, r.requester.key) for r in found.requests] == [
            ("person", "mirela-castellanos-ibarra")
        ] * 2


def test_a_foreword_two_persons_sign_with_no_closing_is_asked_by_each(tmp_path: Path) -> None:
    """Two signature blocks under a foreword's last sentence, no closing formula: each ``we`` request is each
    signer's (decision 18)."""
    text = _FOREWORD.format(heading="FOREWORD").replace(
        "Dr Henrike Valtonen-Aas\nVice-Chair, GARC\n",
        "Ms Odalys Fuentes-Barrientos\nChair, GARC\n\nDr Henrike Valtonen-Aas\nVice-Chair, GARC\n",
    )
    found = _requesters(parsed_text(tmp_path, text))
    assert len(found) == 6
    assert set(found) == {("person", "henrike-valtonen-aas"), ("person", "odalys-fuentes-barrientos")}


def test_contacts_under_a_documents_prose_do_not_sign_it(tmp_path: Path) -> None:
    """``For enquiries:`` and two contacts under the last sentence are no signatures: no request is asked twice."""
    text = _FOREWORD.format(heading="FOREWORD").replace(
        "Lisbon, March 2031\n",
        "Lisbon, March 2031\n\nFor enquiries:\n\nMs Odalys Fuentes-Barrientos, Programme Officer\n\n"
        "Mr Baptiste Lemaire-Okonkwo, Programme Assistant\n",
    )
    assert len(_requesters(parsed_text(tmp_path, text))) == 3


_NOTE_BY_POST = """Document SAG-33/12-E
12 March 2033
Source: Director, Telecommunication Standardization Bureau
Title: Survey of members on remote participation

1 The Bureau surveyed its members between January and February 2033 on the tools they use to follow meetings \
from afar, and 214 members replied.

2 The Director of TSB, Mr Lukas Brenner-Osei, proposes to:

a) extend the captioning service to all study group meetings in 2034;

b) publish a guide on remote participation before the end of 2033.

3 Sector Members are requested to send their comments on these proposals to the Bureau by 1 June 2033.

Lukas Brenner-Osei
Director
"""


def test_the_holder_of_the_header_post_who_signs_asks_though_named_in_a_short_line_above(tmp_path: Path) -> None:
    """``Source: Director, X`` and ``NAME`` / ``Director`` at the end: the person signs under the post (decision 11),
    also when a short line above names the person in a sentence (``The Director of X, Mr NAME, proposes to:``)."""
    found = {(r.requester.kind, r.requester.key) for r in extract(parsed_text(tmp_path, _NOTE_BY_POST)).requests}
    assert ("person", "lukas-brenner-osei") in found
    assert ("post", "itu-tsb/director") not in found


_JOINT_MESSAGE = """A shared word on keeping the airwaves clean

Each spring the regional bodies that look after radio monitoring in the three valleys mark the week with a \
common message to the people who keep the airwaves clear of harmful noise.

This year we turn to the small workshops that repair old transmitters. We call on repair shops and local \
dealers to register the transmitters they rebuild, and we invite technical colleges to teach the new filter rules.

We also ask the valley radio clubs to report unusual noise on the common portal every month.

Dr Halvard Ekström-Nakagawa, Chair, Northern Valley Radio Board
Ms Pilar Zubiaurre-Okafor, Director, Central Valley Spectrum Office
"""


def test_a_joint_message_two_persons_sign_on_rows_of_their_own_is_asked_by_each(tmp_path: Path) -> None:
    """A message written as ``we`` with no closing, ending in one row per signer (``Dr A, Chair, X`` / ``Ms B,
    Director, Y``) right under its prose: each signer asks each request (decisions 18 and 55)."""
    found = _requesters(parsed_text(tmp_path, _JOINT_MESSAGE))
    assert set(found) == {("person", "halvard-ekstrom-nakagawa"), ("person", "pilar-zubiaurre-okafor")}
    assert len(found) == 6


def test_rows_under_a_label_or_with_numbers_are_contacts_not_signers(tmp_path: Path) -> None:
    """The same rows under a ``Contacts:`` label, or giving a telephone number, are whom to contact: no row signs, and
    no request is asked by each of them."""
    labelled = _JOINT_MESSAGE.replace("Dr Halvard", "Contacts:\n\nDr Halvard")
    numbered = _JOINT_MESSAGE.replace("Radio Board\n", "Radio Board, tel. 555 0101\n")
    for text in (labelled, numbered):
        found = _requesters(parsed_text(tmp_path, text))
        assert ("person", "pilar-zubiaurre-okafor") not in found
        assert len(found) <= 3


_PREPARED = """Regional Flood Communications Drill (FLOODCOM 2031)

Prepared by {issuers}

Issued: 4 May 2031

1 Purpose. The drill tested how river-basin authorities and mobile operators keep warnings flowing when the main \
relay sites lose power.

2 Recommendations. (a) We invite the regulators to ensure operators keep a second power source at every relay site by \
30 November 2031. (b) We encourage mobile operators to share their outage maps with the basin authorities.
"""


def test_a_document_two_bodies_prepare_is_asked_by_each(tmp_path: Path) -> None:
    """``Prepared by A and B``: the passive and the ``we`` of a jointly prepared document are each issuer's (decisions
    47, 55 and 59), one request per issuer."""
    issuers = "the Upper Valley Telecommunication Office and the Delta Emergency Coordination Agency (DECA)"
    report = parsed_text(tmp_path, _PREPARED.format(issuers=issuers))
    found = _requesters(report)
    assert len(found) == 4
    assert {key for _, key in found} == {"upper-valley-telecommunication-office", "deca"}


def test_a_unit_and_its_parent_after_prepared_by_are_one_issuer(tmp_path: Path) -> None:
    """``Prepared by A, B`` with no ``and`` names a unit and the body it belongs to: one issuer asks."""
    issuers = "the Upper Valley Telecommunication Office, Delta Emergency Coordination Agency (DECA)"
    report = parsed_text(tmp_path, _PREPARED.format(issuers=issuers))
    found = _requesters(report)
    assert ("body", "deca") not in found
    assert len(set(found)) <= 1  # the record of a drill issued by one office: at most that office asks
