"""Documents whose title names a kind that records no meeting (issue 8, decisions 4, 50 and 55): a fact sheet, a
newsletter or bulletin, a sponsorship prospectus, an invitation to tender (genre ``notice``) and a legal opinion
(genre ``secretary-general``) record no meeting, even when their header names and dates one; what they ask with no
asker named is their issuer's or signer's, not the meeting's. Every sentence, name and body here is invented for the
test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import records_meeting, report_genre

_FACT_SHEET = """REGIONAL FORUM ON DIGITAL SKILLS
Lomé, 14-16 October 2031
{kind}
Issued by the Telecommunication Development Bureau, 2 June 2031

What is the Forum?
The Forum brings together ministries, regulators and universities of the region to compare national digital \
skills programmes.

How to take part
Universities are invited to register their training courses on the Forum portal by 15 September 2031.
"""


@pytest.mark.parametrize(
    "kind",
    ["FACT SHEET No. 2: the Forum at a glance", "Fact sheet", "PARTNERSHIP OPPORTUNITIES", "Sponsorship prospectus"],
)
def test_a_fact_sheet_records_no_meeting_and_asks_as_its_issuer(tmp_path: Path, kind: str) -> None:
    """The Forum the sheet is about is an event, not the sheet's own meeting; its passive is the issuing Bureau's."""
    report = parsed_text(tmp_path, _FACT_SHEET.format(kind=kind))
    assert report_genre(report) == "notice"
    found = extract(report)
    assert found.meeting is None
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("body", "itu-bdt")}


@pytest.mark.parametrize(
    ("kind", "genre"),
    [
        ("NEWSLETTER - Issue 4/2031", "notice"),
        ("Pacific Bulletin, No. 12 (October-December 2031)", "notice"),
        ("INVITATION TO TENDER RFP/BDT/31/007", "notice"),
        ("Call for tenders: national broadband map", "notice"),
        ("LEGAL OPINION ON THE TERM OF OFFICE OF A VICE-CHAIR", "secretary-general"),
        ("UNGIS Plan of Action 2033-2035: joint data and joint messages", "period-report"),
        ("Plan of Action for rural connectivity in the Sahel", "period-report"),
        ("AIDE-MÉMOIRE", "notice"),
        ("Aide-memoire: Expert Group Meeting on Rural Broadband Statistics", "notice"),
        ("NON-PAPER OF THE CO-CHAIRS", "notice"),
        ("Non-paper on the elements of a ministerial declaration", "notice"),
        ("ZERO DRAFT OF THE OUTCOME DOCUMENT", "notice"),
        ("Zero draft - Andean Digital Agenda 2035", "notice"),
        ("BR IFIC (Space Services) No. 3117", "notice"),
        ("Working methods of the Group", "notice"),
        ("WORKING METHODS OF THE EXPERT GROUP ON TELECOMMUNICATION INDICATORS", "notice"),
    ],
)
def test_a_document_kind_of_no_meeting_is_its_genre(tmp_path: Path, kind: str, genre: str) -> None:
    """Each kind of document named by its title line is a genre that records no meeting."""
    text = f"International Telecommunication Union\n{kind}\n\n1 The text informs its readers of a new service.\n"
    report = parsed_text(tmp_path, text)
    assert report_genre(report) == genre
    assert not records_meeting(report)


_OPINION = """Council 2033
Geneva, 7-17 June 2033
Document C33/51-E
Note by the {title}
LEGAL OPINION ON THE TERM OF OFFICE OF A VICE-CHAIR

1 At its third meeting the Group asked for an opinion on whether a Vice-Chair may serve a third term.

2 The Council is invited to take note of this opinion.

3 Vice-Chairs are requested to inform the secretariat of the end of their term by 1 March 2034.

{name}
{title}
"""


@pytest.mark.parametrize(
    ("title", "name", "key"),
    [
        ("Legal Adviser", "Tomasz Wielgosz-Amadi", "tomasz-wielgosz-amadi"),
        ("Chief Ethics Officer", "Ms Ingrid Solberg-Achebe", "ingrid-solberg-achebe"),
    ],
)
def test_a_note_by_a_job_title_is_asked_by_who_signs_under_it(tmp_path: Path, title: str, name: str, key: str) -> None:
    """Decision 11: the person who signs under the job title the header names as the note's author asks, not the
    title alone; the Council session of the header is no meeting of the note."""
    found = extract(parsed_text(tmp_path, _OPINION.format(title=title, name=name)))
    assert found.meeting is None
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("person", key)}


def test_a_note_signed_by_another_title_keeps_its_author(tmp_path: Path) -> None:
    """A name signing under another title than the header's does not replace the header's author."""
    text = _OPINION.format(title="Legal Adviser", name="Tomasz Wielgosz-Amadi").replace(
        "Amadi\nLegal Adviser", "Amadi\nProgramme Officer"
    )
    found = extract(parsed_text(tmp_path, text))
    assert all(r.requester.key != "tomasz-wielgosz-amadi" for r in found.requests)


_BULLETIN = """{organization}
SGB/2033/4
{head}'s bulletin
Use of shared office printers

The {head}, for the purpose of setting rules for the use of shared printers, promulgates the following:

1.1 Staff members are requested to collect their printouts within one hour.

1.2 Heads of offices are encouraged to designate a printing focal point by 1 May 2033.

{signed}
"""


@pytest.mark.parametrize(
    ("organization", "head", "signed", "key"),
    [
        ("International Telecommunication Union", "Secretary-General", "(Signed) The Secretary-General", "itu"),
        ("INTERNATIONAL TELECOMMUNICATION UNION", "Secretary-General", "(signed) Secretary-General", "itu"),
        ("UNESCO", "Director-General", "(Signed) The Director-General", "unesco"),
    ],
)
def test_a_bulletin_signed_by_a_head_s_role_alone_is_asked_by_that_post(
    tmp_path: Path, organization: str, head: str, signed: str, key: str
) -> None:
    """``(Signed) The Secretary-General`` ending a bulletin: the organisation's head signs (decision 55), not the
    letterhead's organisation."""
    text = _BULLETIN.format(organization=organization, head=head, signed=signed)
    found = extract(parsed_text(tmp_path, text))
    assert found.meeting is None
    post = f"{key}/{head.lower()}"
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("post", post)}


_NEWSLETTER = """{office}
{kind}
Issue No. 3 - October 2032

Spectrum week. The Office held an online spectrum week for the region on 4 and 5 October 2032.

Survey. Administrations are invited to reply to the survey on rural coverage by 30 November 2032.
"""


@pytest.mark.parametrize(
    ("office", "label"),
    [
        ("ITU Andean Area Office", "ITU Andean Area Office"),
        ("ITU REGIONAL OFFICE FOR THE SAHEL AND WEST AFRICA", "ITU Regional Office for the Sahel and West Africa"),
        ("Pacific Islands Training Centre", "Pacific Islands Training Centre"),
    ],
)
def test_an_unsigned_notice_under_an_unknown_office_is_that_office_s(tmp_path: Path, office: str, label: str) -> None:
    """Decision 50: a newsletter that no one signs is issued by the office its first line names, as written, even when
    no catalogue knows that office."""
    found = extract(parsed_text(tmp_path, _NEWSLETTER.format(office=office, kind="NEWSLETTER")))
    assert {(r.requester.kind, r.requester.label) for r in found.requests} == {("body", label)}


def test_a_letter_under_an_unknown_office_is_not_that_office_s(tmp_path: Path) -> None:
    """A letter is its signer's: a first line no catalogue knows does not stand for a signature that was not read."""
    text = _NEWSLETTER.format(office="ITU Andean Area Office", kind="Dear Sir/Madam,")
    assert all(r.requester.label != "ITU Andean Area Office" for r in extract(parsed_text(tmp_path, text)).requests)


_NON_PAPER = """United Nations General Assembly
Intergovernmental negotiations on the {process}
{kind}
New York, 4 March 2033

1 As co-facilitators, we circulate this paper to structure the talks. It reflects the views expressed at the second \
informal meeting, held on 20 February 2033.

2 We invite all delegations to send written comments to the co-facilitators by 15 March 2033.

Ambassador Ana Lucía Ferreira-Toumi (Paraguay)
Ambassador Joonas Mäkelä-Obi (Namibia)
Co-facilitators
"""


@pytest.mark.parametrize(
    ("process", "kind"),
    [
        ("Global Digital Compact", "NON-PAPER OF THE CO-FACILITATORS"),
        ("review of the Tunis Agenda", "Zero draft of the outcome document"),
        ("Global Digital Compact", "Non-paper: elements for a draft resolution"),
    ],
)
def test_a_non_paper_records_no_meeting_and_asks_as_its_signers(tmp_path: Path, process: str, kind: str) -> None:
    """A non-paper or zero draft records none of the meetings of the process it serves (decision 4); its ``we`` is
    each co-facilitator who signs it (decisions 18 and 55), not a meeting it names."""
    found = extract(parsed_text(tmp_path, _NON_PAPER.format(process=process, kind=kind)))
    assert found.meeting is None
    assert {r.requester.key for r in found.requests} == {"ana-lucia-ferreira-toumi", "joonas-makela-obi"}


_AIDE_MEMOIRE = """{organization}
AIDE-MÉMOIRE
Subregional Workshop on Spectrum Pricing
{place}, 12-14 May 2031

1 Background. The workshop will review the spectrum fees of the region.

2 Participation. Regulators are invited to nominate two experts by 30 April 2031.
"""


@pytest.mark.parametrize(
    ("organization", "place"),
    [("International Telecommunication Union", "Quito, Ecuador"), ("UNESCO", "Dakar, Senegal")],
)
def test_an_aide_memoire_records_no_meeting(tmp_path: Path, organization: str, place: str) -> None:
    """An aide-mémoire announces the meeting it is about: that meeting is an event, not the document's own, and its
    passive is its issuer's, not that meeting's."""
    found = extract(parsed_text(tmp_path, _AIDE_MEMOIRE.format(organization=organization, place=place)))
    assert found.meeting is None
    assert any("Spectrum Pricing" in e.name for e in found.events)
    assert all("Workshop" not in r.requester.label for r in found.requests)
    assert found.requests


_UNDER_ORGANIZATION = """{organization}
{unit}
{kind}
Issue No. 5 - March 2033

1 Training. The Office held a course on numbering plans for the region on 2 and 3 March 2033.

2 Survey. Administrations are invited to reply to the survey on rural coverage by 30 April 2033.
"""


@pytest.mark.parametrize(
    ("organization", "unit", "kind", "label"),
    [
        ("International Telecommunication Union", "ITU Area Office for the Andes, Lima", "NEWSLETTER", None),
        ("UNITED NATIONS", "Economic Commission for Africa (ECA)", "AIDE-MÉMOIRE", "Economic Commission for Africa"),
        (
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "Telecommunication Standardization Bureau",
            "Information note",
            "Telecommunication Standardization Bureau",
        ),
    ],
)
def test_an_unsigned_notice_is_issued_by_the_unit_under_its_organization(
    tmp_path: Path, organization: str, unit: str, kind: str, label: str | None
) -> None:
    """Decision 50: the unit a letterhead names on the line under its organisation issues the notice (its place after
    a comma and its acronym in brackets left out), as a unit set apart by a spaced dash does; not the organisation."""
    text = _UNDER_ORGANIZATION.format(organization=organization, unit=unit, kind=kind)
    found = extract(parsed_text(tmp_path, text))
    expected = label or unit.split(",")[0]
    assert {r.requester.label for r in found.requests} == {expected}


def test_an_organization_over_a_line_that_is_no_unit_keeps_the_organization(tmp_path: Path) -> None:
    """A date or a title under the organisation's line is no unit: the organisation issues the notice."""
    text = _UNDER_ORGANIZATION.format(
        organization="International Telecommunication Union", unit="Geneva", kind="NEWSLETTER"
    )
    found = extract(parsed_text(tmp_path, text))
    assert {r.requester.key for r in found.requests} == {"itu"}


_WORKING_METHODS = """{group}
Document {code}-9/4
3 March 2031
{title}
(as agreed at the ninth meeting, Geneva, 1-2 March 2031)

1 Contributions. Member States are invited to submit their contributions twelve days before each meeting.

2 Reports. The secretariat is requested to post the summary of each meeting within two weeks.
"""


@pytest.mark.parametrize(
    ("group", "code", "title"),
    [
        ("Council Working Group on Child Online Protection (CWG-COP)", "CWG-COP", "Working methods of the Group"),
        ("Expert Group on ICT Household Indicators (EGH)", "EGH", "WORKING METHODS"),
    ],
)
def test_working_methods_record_no_meeting_and_are_asked_by_their_group(
    tmp_path: Path, group: str, code: str, title: str
) -> None:
    """A group's working methods, agreed at a meeting, record rules and not that meeting's proceedings (the meeting
    is an event); what they ask with no asker named is the group's, the body their letterhead names (decision 50)."""
    found = extract(parsed_text(tmp_path, _WORKING_METHODS.format(group=group, code=code, title=title)))
    assert found.meeting is None
    assert {r.requester.label for r in found.requests} == {group.split(" (")[0]}


_SUBMITTED = """INDEPENDENT OVERSIGHT COMMITTEE
Twelfth meeting, Geneva, 4-5 March 2032
Document IOC-12/3
Submitted by {who}
ACTIVITIES IN 2031 AND WORK PLAN FOR 2032

1 This report is submitted to the twelfth meeting of the Committee.

2 Staff members are invited to complete the online training by 30 June 2032.
"""


@pytest.mark.parametrize("who", ["the ITU Internal Audit Unit", "UNESCO", "the Office of the Ombudsperson of ITU"])
def test_a_document_an_office_or_organization_submits_records_no_meeting(tmp_path: Path, who: str) -> None:
    """``Submitted by X`` naming an office or an organisation: a document submitted to the meeting its header names
    (decisions 4 and 33), like a ``Source: X`` contribution; that meeting is an event, not the document's own."""
    report = parsed_text(tmp_path, _SUBMITTED.format(who=who))
    assert not records_meeting(report)
    assert extract(report).meeting is None


@pytest.mark.parametrize("who", ["the Chairman of the Committee", "the Secretariat"])
def test_a_post_or_the_secretariat_submitting_keeps_the_record(tmp_path: Path, who: str) -> None:
    """A post of the meeting or its secretariat after ``Submitted by`` (the group's own report) is no organisation's
    submission: the header's meeting may still be the document's."""
    assert records_meeting(parsed_text(tmp_path, _SUBMITTED.format(who=who)))


_REVIEW_NOTE = """INTERNATIONAL TELECOMMUNICATION UNION
Radiocommunication Bureau
{kind}
Hybrid seminars of the 2030 cycle
1. Between 3 February and 28 May 2030, BR held four regional radiocommunication seminars in hybrid form. The \
Regional Radiocommunication Seminar for the Americas (RRS-30-AMS, Lima, 3-7 February 2030) drew the most \
participants.
2. Recommendations. Regional offices are requested to test the remote audio line with each speaker a week before a \
seminar. Administrations are encouraged to name one focal point for remote participation by 30 June 2030.
"""


@pytest.mark.parametrize("kind", ["Lessons learned note", "LESSONS-LEARNED NOTE", "Briefing note on the 2030 cycle"])
def test_a_lessons_learned_note_records_no_meeting_and_asks_as_its_bureau(tmp_path: Path, kind: str) -> None:
    """A note that reviews meetings records none of them; its passives are the Bureau's its letterhead names."""
    report = parsed_text(tmp_path, _REVIEW_NOTE.format(kind=kind))
    assert report_genre(report) == "notice"
    found = extract(report)
    assert found.meeting is None
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("body", "itu-br")}


def test_a_position_paper_records_no_meeting_it_names(tmp_path: Path) -> None:
    """A Sector Member's position paper on a meeting's agenda item is no record of the group's numbered meeting."""
    text = """POSITION PAPER
Andean Fibre Operators Association (AFOA)
ITU-D Sector Member
On the draft report of the fourth meeting of the Rapporteur Group on Question 4/1
Quito, 2 May 2031
1. AFOA supports the draft report. Administrations are invited to share their right-of-way rules with the \
Rapporteur Group before 15 July 2031.
Valentina Ccahuana-Ibsen
President, AFOA
"""
    report = parsed_text(tmp_path, text)
    assert not records_meeting(report)
    found = extract(report)
    assert found.meeting is None
    assert {r.requester.label for r in found.requests} == {"Valentina Ccahuana-Ibsen"}


_ROOM_PAPER = """UNITED NATIONS
{symbol}
Commission on Digital Cooperation for the Andes
{session}
Item 2 of the provisional agenda
{kind}
Regional follow-up to the outcomes of the Andean Broadband Summit

1. The Andean Development Bank submits this paper to the Commission as its regional contribution to the annual \
report on digital cooperation.
2. The Bank encourages the members of the Commission to share their national broadband plans with the regional \
observatory.
"""


@pytest.mark.parametrize(
    ("symbol", "session", "kind"),
    [
        (
            "E/CN.21/2033/CRP.2",
            "Ninth session\nLima, 2-6 May 2033",
            "Conference room paper submitted by the Andean Development Bank",
        ),
        ("ADC/2031/CRP.4", "Seventh session, Quito, 10-12 March 2031", "CONFERENCE ROOM PAPER"),
        (
            "ADC/2035/CRP.1",
            "Eleventh session\nSucre, 4-8 June 2035",
            "Conference room paper: regional progress, note by the secretariat",
        ),
    ],
)
def test_a_conference_room_paper_records_no_session_it_is_submitted_to(
    tmp_path: Path, symbol: str, session: str, kind: str
) -> None:
    """A paper submitted to a commission's session is no record of that session (decision 4): the session is an
    event of the paper, its own meeting none."""
    report = parsed_text(tmp_path, _ROOM_PAPER.format(symbol=symbol, session=session, kind=kind))
    assert not records_meeting(report)
    assert extract(report).meeting is None
