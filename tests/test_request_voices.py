"""Who asks (issue 8; more in test_request_speakers.py): a speaker under a
``Speaker:`` line or under a header naming only a post, a conference document's source line, joint
authors with formal names, a resolution subject with a topic in apposition, a speech's or letter's
own country, ``Speaking for X,``, a participant requesting that something be done. Every sentence
here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Paragraph, ParsedReport, Section


@pytest.mark.parametrize("cue", ["Speaker:", "Statement delivered by"])
def test_a_speaker_line_under_a_transcript_title_names_who_says_i(cue: str) -> None:
    r = make_report(
        "Recorded message (transcript)",
        f"{cue} Oskari Lindqvist-Mäkelä, Minister of Transport and Communications, Republic of Finland",
        "Dear colleagues,",
        "First, I call on all regulators to publish their coverage maps twice a year.",
        "Second, I encourage UNESCO and UNICEF to include media literacy in their school programmes.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["person:oskari-lindqvist-makela", "person:oskari-lindqvist-makela"]


@pytest.mark.parametrize("honorific", ["H.E. Eng.", "Dr.", "Prof. Dr", "Ms"])
def test_the_person_under_a_header_that_names_only_a_post_is_the_speaker(honorific: str) -> None:
    r = make_report(
        "OPENING ADDRESS BY THE CHAIR OF THE ASSEMBLY",
        f"{honorific} Amaru Quispe-Mamani, Vice-Minister of Telecommunications, Plurinational State of Bolivia",
        "Excellencies, dear delegates,",
        "I urge all administrations to agree on the draft by Friday, and I ask the secretariat to circulate it.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["person:amaru-quispe-mamani", "person:amaru-quispe-mamani"]


def test_a_header_post_with_no_byline_below_stays_the_post() -> None:
    r = make_report(
        "Report by the Secretary-General",
        "1 The Council is invited to note this report and to approve the proposed budget.",
    )
    assert {parties(x)[1] for x in run(r, None)} == {"post:itu/secretary-general"}


def _contribution(source: str, *texts: str) -> ParsedReport:
    paras = (Paragraph(1, "front", "Contribution to the thirty-first meeting of TDAG"), Paragraph(2, "front", source))
    paras += tuple(Paragraph(i + 3, "1", t) for i, t in enumerate(texts))
    return ParsedReport("t.txt", "text/plain", None, (Section("1", "t", None, 3),), paras)


def test_co_sponsors_listed_with_their_formal_names_each_ask() -> None:
    """A joint contribution's request is each co-sponsor's (decision 22)."""
    r = _contribution(
        "SOURCE: Malawi (Republic of), Zambia (Republic of), Mozambique (Republic of)",
        "TITLE: Rural broadband funds",
        "4 The co-sponsors invite TDAG to endorse the guidelines on universal service funds.",
    )
    assert [parties(x)[1] for x in extract(r).requests] == ["country:MWI", "country:ZMB", "country:MOZ"]


def test_a_country_source_with_its_formal_name_alone_is_that_country() -> None:
    r = _contribution(
        "SOURCE: Malawi (Republic of)",
        "4 Malawi invites TDAG to endorse the guidelines on universal service funds.",
    )
    assert parties(extract(r).requests[0])[1] == "country:MWI"


@pytest.mark.parametrize(
    "topic",
    ["on the role of broadcasting in early warning", "concerning rural connectivity", "entitled Digital skills"],
)
def test_a_resolution_with_a_topic_in_apposition_asks_as_itself(topic: str) -> None:
    r = _contribution(
        "SOURCE: Malawi (Republic of)",
        f"3 Resolution 47 (Rev. Kigali, 2030) of the World Telecommunication Development Conference, {topic}, "
        "invites Member States to adopt national emergency plans.",
    )
    found = extract(r)
    numbers = {x.key: x.number for x in found.resolutions}
    requester = found.requests[0].requester
    assert (requester.kind, numbers.get(requester.key)) == ("resolution", "47")


def test_a_body_with_a_phrase_on_its_procedure_in_apposition_still_asks() -> None:
    r = _contribution(
        "SOURCE: Malawi (Republic of)",
        "3 The Council, on the proposal of its Chair, invited the Secretary-General to report on the fund.",
    )
    assert parties(extract(r).requests[0])[1] == "body:itu-council"


def _conference_document(source: str, *texts: str) -> ParsedReport:
    """A conference document's front (place, symbol, date, ``Original:``, ``source``, title), then ``texts``."""
    front = ("Nairobi, 4-15 May 2031", "Document 41-E", "20 April 2031", "Original: French", source, "PROPOSALS")
    paras = tuple(Paragraph(i + 1, "front", t) for i, t in enumerate(front))
    paras += tuple(Paragraph(i + 10, "1", t) for i, t in enumerate(texts))
    return ParsedReport("t.txt", "text/plain", None, (Section("1", "t", None, 10),), paras)


def test_countries_named_alone_under_original_are_the_sources_of_a_conference_document() -> None:
    """Each country asks (decision 22)."""
    r = _conference_document(
        "Kingdom of Morocco, Republic of Tunisia, Islamic Republic of Mauritania",
        "The Conference is invited to consider the proposals below and to adopt them.",
    )
    assert [parties(x)[1] for x in extract(r).requests] == ["country:MAR", "country:TUN", "country:MRT"]


def test_the_administrations_of_a_body_under_original_are_that_body() -> None:
    r = _conference_document(
        "Administrations of the CEPT Member Countries(1)",
        "The Conference is invited to consider the proposals below and to adopt them.",
    )
    assert parties(extract(r).requests[0])[1] == "body:cept"


def test_a_title_under_original_is_no_source() -> None:
    r = _conference_document(
        "DRAFT RESOLUTION ON RURAL CONNECTIVITY",
        "The Conference is invited to consider the proposals below and to adopt them.",
    )
    # no author: no one is known to ask ("the meeting" is no requester: left out of the extraction)
    assert extract(r).requests == ()


def test_the_person_a_header_names_after_a_post_is_the_speaker() -> None:
    r = make_report(
        "Remarks by the Chair of UNGIS for 2031, Mr Tomasz Wierzbicki-Lund, Director, UNESCO",
        "Excellencies, colleagues,",
        "I would like to ask all UNGIS members to send their inputs for the joint statement by 1 October.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:tomasz-wierzbicki-lund"]


def test_the_country_a_speaking_minister_represents_is_the_minister_asking() -> None:
    r = make_report(
        "High-Level Policy Statements",
        "Republic of Chile",
        "Statement by H.E. Ms Valentina Errázuriz Montt, Minister of Transport and Telecommunications",
        "Excellencies,",
        "We encourage all stakeholders to join the regional fibre initiative.",
        "Finally, Chile calls upon the regional commissions to publish a common broadband index.",
        "Brazil invites the other delegations to share their spectrum maps.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["person:valentina-errazuriz-montt", "person:valentina-errazuriz-montt", "country:BRA"]


def test_the_body_of_a_speakers_post_named_as_subject_is_the_speaker() -> None:
    r = make_report(
        "Address by Ms Ilse Vandermeulen, Executive Director, Global Broadband Secretariat, to the plenary",
        "Distinguished delegates,",
        "First, the Global Broadband Secretariat asks all delegations to send written comments by 15 March.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:ilse-vandermeulen"]


def test_a_country_asking_in_a_meeting_record_stays_the_country() -> None:
    from extract_support import one_section_report

    r = one_section_report(
        "Ms Valentina Errázuriz Montt (Chile) chaired the session.",
        "Chile invited the regional commissions to publish a common broadband index.",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["country:CHL"]


def _record(*texts: str) -> ParsedReport:
    from extract_support import one_section_report

    return one_section_report("The Council met under the chairmanship of Mr Arvid Holmqvist (Sweden).", *texts)


@pytest.mark.parametrize("honorific", ["Eng.", "Ing.", "Dra.", "H.E. Eng."])
def test_a_dotted_honorific_does_not_end_the_sentence_of_an_apposed_speaker(honorific: str) -> None:
    r = _record(
        f"The councillor from Egypt, {honorific} Karima Abdelfattah Mansour, welcomed the report and asked the "
        "secretariat to include a session on Arabic content."
    )
    assert [parties(x)[1] for x in run(r, "itu-council")] == ["person:karima-abdelfattah-mansour"]


def test_speaking_for_a_group_opens_the_sentence_of_the_person_who_asks() -> None:
    r = _record(
        "Speaking for the Working Group, its Chair, Ms Hessa Al-Mutairi (Kuwait), asked the Council to extend it."
    )
    assert [parties(x)[:2] for x in run(r, "itu-council")] == [("ask", "person:hessa-al-mutairi")]


def test_a_participant_requesting_or_asking_that_something_be_done_asks_the_body_in_session() -> None:
    """Round 30: a participant's ``requested|asked that X be done`` in a record is a request to the body that
    meets (it decides), not to its secretariat (the look annotations: 25 of 28 such sentences a request, most of
    them to the body in session)."""
    r = _record(
        "The delegate of Peru requested that the list of focal points be circulated before the next session.",
        "Ms Karima Mansour requested that the draft be translated into Arabic.",
        "Ms Hanne Lund asked that item 3 be taken first.",
        "The councillor from Fiji, supported by Tonga, asked that a footnote be added to resolves 2.",
    )
    got = [p for p in map(parties, run(r, "itu-council"))]
    assert got == [
        ("request", "country:PER", ("body:itu-council",)),
        ("request", "person:karima-mansour", ("body:itu-council",)),
        ("ask", "person:hanne-lund", ("body:itu-council",)),
        ("ask", "country:FJI", ("body:itu-council",)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegate of Peru asked that the replies also be made available to Member States on the website.",
        "The delegate of Peru requested that the draft be sent to the regional offices.",
        "The delegate of Peru asked that the annex be kept as it stands.",
    ],
)
def test_asking_that_something_be_done_with_an_irregular_participle_asks_the_body_in_session(sentence: str) -> None:
    """``be made``, ``be sent``, ``be kept`` are passives as ``be circulated`` is (round 32)."""
    assert [parties(x)[1:] for x in run(_record(sentence), "itu-council")] == [("country:PER", ("body:itu-council",))]


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("The delegate of Peru asked that the draft be reviewed by TDAG before the next session.", "body:tdag"),
        (
            "The delegate of Peru requested that the text be examined by the Secretary-General.",
            "post:itu/secretary-general",
        ),
        (
            "The delegate of Peru asked that the list be updated by the Telecommunication Development Bureau.",
            "body:itu-bdt",
        ),
    ],
)
def test_asking_that_something_be_done_by_an_agent_asks_that_agent(sentence: str, addressee: str) -> None:
    """``asked that it be reviewed by X``: X is to do it (round 32; the body in session before)."""
    assert [parties(x)[1:] for x in run(_record(sentence), "itu-council")] == [("country:PER", (addressee,))]


def test_a_participant_proposing_that_something_be_done_asks_no_one() -> None:
    r = _record(
        "The delegate of Peru proposed that the list of focal points be circulated before the next session.",
        "Ms Karima Mansour requested that the report include a table of focal points.",
        "Mr Tevita Fonua suggested that the annex be shortened.",
    )
    assert run(r, "itu-council") == ()


def test_the_country_of_a_letter_signed_by_its_official_is_the_signatory_asking() -> None:
    r = make_report(
        "Ministry of Posts and Digital Economy",
        "Accra, 3 March 2031",
        "Subject: Reply to the questionnaire on rural connectivity",
        "Dear Director,",
        "Ghana welcomes the questionnaire and respectfully requests the secretariat to publish the replies online.",
        "Yours faithfully,",
        "Ms Abena Owusu-Mensah",
        "Chief Director, Ministry of Posts and Digital Economy",
    )
    assert [parties(x)[1] for x in run(r, None)] == ["person:abena-owusu-mensah"]


def _un_resolution(header: str, *texts: str) -> ParsedReport:
    """A United Nations resolution's front (symbol, ``Resolution adopted by ...``, title), then ``texts``."""
    front = ("A/RES/91/214", header, "91/214. Digital cooperation for sustainable development")
    paras = tuple(Paragraph(i + 1, "front", t) for i, t in enumerate(front))
    paras += tuple(Paragraph(i + 4, "1", t) for i, t in enumerate(texts))
    return ParsedReport("t.txt", "text/plain", None, (Section("1", "t", None, 4),), paras)


def test_we_in_a_un_resolution_is_the_organ_that_adopted_it() -> None:
    """``Resolution adopted by the General Assembly on ...`` (a UN resolution's header) names
    who ``We`` are, not the meeting."""
    for header, organ in (
        ("Resolution adopted by the General Assembly on 9 December 2036", "body:unga"),
        ("Resolution adopted by the Economic and Social Council on 24 July 2037", "body:ecosoc"),
    ):
        r = _un_resolution(header, "14. We encourage UNCTAD to strengthen its reviews of progress.")
        assert [parties(x)[1] for x in extract(r).requests] == [organ]


@pytest.mark.parametrize(
    ("sentence", "requester", "action"),
    [
        # round 31: "am" is a form of be before a passive's participle as "is" is (request_verbs._AUX reads
        # auxiliaries.csv; its own set lacked "am"): the agent after "by" asks the writer
        (
            "I am requested by the Council to invite Member States to submit contributions.",
            "body:itu-council",
            "invite Member States",
        ),
        (
            "As Rapporteur, I am also instructed by the Plenipotentiary Conference to consult all regions.",
            "body:itu-pp",
            "consult all regions",
        ),
        (
            "I am kindly asked by the Regional Commission for Oceania to circulate the draft report.",
            "body:regional-commission-for-oceania",
            "circulate the draft report",
        ),
    ],
)
def test_a_writer_asked_in_the_passive_is_asked_by_the_agent(sentence: str, requester: str, action: str) -> None:
    r = make_report("The 5th meeting of the Council Working Group on Online Safety was held on 3 May 2031.", sentence)
    (req,) = run(r, None)
    assert (parties(req)[1], req.action.startswith(action)) == (requester, True)
