"""One noun phrase is one addressee: the pieces the resolver cut out of a phrase are joined again
: a group ending in a preposition and what it is of, two groups written one after the
other, a known group of a list of bodies, and a post or an unknown group followed by the name of the
person who holds it (request_addressees._joined_pieces). Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import one_section_report as report
from extract_support import requests_of as run


def _labels(*sentences: str, body: str | None = "cwg-cop") -> list[tuple[str, ...]]:
    return [tuple(a.label for a in x.addressees) for x in run(report(*sentences), body)]


def test_a_group_cut_before_what_it_is_of_is_one_group_in_a_list() -> None:
    assert _labels(
        "The Group requested the Chairmen of the Study Groups and the Director of the Telecommunication "
        "Development Bureau to report on their working methods.",
        "The Group encouraged the representatives of civil society and the business sector to take the floor.",
        "The Group called on the private sector members of the Steering Committee to co-finance the study.",
    ) == [
        ("Chairmen of the Study Groups", "Director, Telecommunication Development Bureau"),
        ("representatives of civil society", "the business sector"),
        ("private sector members of the Steering Committee",),
    ]


def test_two_groups_written_one_after_the_other_are_one_group() -> None:
    assert _labels(
        "The Group encouraged Pacific Island Member States to join the regional network.",
        "The Group invited the Small Island Developing Member States to share their national strategies.",
    ) == [("Pacific Island Member States",), ("Small Island Developing Member States",)]


def test_a_known_group_of_several_bodies_is_the_group() -> None:
    assert _labels(
        "The Group encouraged administrations of CEPT and APT to exchange monitoring data.",
        "The Group invited the administrations of RCC, CITEL and ATU to nominate experts.",
    ) == [("administrations",), ("administrations",)]


def test_a_group_headed_by_a_known_group_of_several_bodies_is_that_group_as_written() -> None:
    assert _labels(
        "The Group encouraged Member administrations of the APT, CITEL and ATU to exchange monitoring data.",
        "The Group invited the national regulators of SADC and ECOWAS to nominate experts.",
        "The Group asked Associate administrations of CEPT, RCC and ASMG to share their studies.",
    ) == [("Member administrations",), ("national regulators",), ("Associate administrations",)]


def test_a_post_and_its_holder_after_a_comma_are_the_person() -> None:
    assert _labels(
        "The Group requested the Chairmen of the Study Groups and the Chairman of the Radio Regulations Board, "
        "Ms Oriane Delacroix-Mbeki, to present a joint report.",
        "The Group requested the Director of BR and the Head of the Space Services Department, "
        "Mr Ivo Markovski-Berg, to report on the backlog.",
        "Ms Halldóra Vesturbrún-Okoye (Iceland) invited the Head of the Translation Services Division, "
        "Mr Bartholomew Ngata-Lindqvist, to organize a workshop on terminology.",
    ) == [
        ("Chairmen of the Study Groups", "Oriane Delacroix-Mbeki"),
        ("Director, Radiocommunication Bureau", "Ivo Markovski-Berg"),
        ("Bartholomew Ngata-Lindqvist",),
    ]


def test_each_holder_of_a_role_in_bodies_named_in_lower_case_is_one_group() -> None:
    assert _labels(
        "The Chairman requested each committee chairman to transmit the draft texts to Committee 6.",
        "The Group invited every working party rapporteur to report on the backlog.",
        "The Group asked each study group vice-chairman to coordinate the regional inputs.",
    ) == [("each committee chairman",), ("every working party rapporteur",), ("each study group vice-chairman",)]


def test_a_group_noun_in_lower_case_is_the_group_named_before_with_its_topic() -> None:
    assert _labels(
        "The Group set up a drafting group on Resolution 64, chaired by Ms Anouk Verhaegen-Sall (Belgium).",
        "Several delegations supported the proposal.",
        "The Chairman asked the drafting group to report to the next meeting.",
    ) == [("drafting group on Resolution 64",)]
    assert _labels(
        "The Group established a Correspondence Group on Youth Engagement (CG-YE) led by Mr Tevita Fifita-Holm.",
        "It also invited the correspondence group to deliver its first report in May.",
    ) == [("Correspondence Group on Youth Engagement",)]
    assert _labels(
        "Ms Aino Laakso introduced the terms of reference for the correspondence group on digital public goods.",
        "The correspondence group was asked to submit its first report to the next meeting.",
    ) == [("correspondence group on digital public goods",)]
    assert _labels(
        "The informal group on the budget for 2031, which met three times, reported on its work.",
        "The Chair requested the informal group to finalize the text, and asked the ad hoc team to assist.",
    )[0] == ("informal group on the budget for 2031",)


def test_a_role_in_the_plural_is_the_group_of_its_holders_also_after_a_bodys_name() -> None:
    assert _labels(
        "UNGIS focal points are requested to finalize the joint action plan.",
        "The Group invited the TDAG Vice-Chairmen to coordinate the regional consultations.",
        "The Group invited the Executive Secretaries of the regional commissions to present their reports.",
        "The Group encouraged the Heads of the ITU Area Offices to share the survey.",
    ) == [
        ("UNGIS focal points",),
        ("TDAG Vice-Chairmen",),
        ("Executive Secretaries of the regional commissions",),
        ("Heads of the ITU Area Offices",),
    ]
    assert _labels("The Group invited the BDT focal point to finalize the plan.") == [
        ("Focal Point, Telecommunication Development Bureau",)
    ]


def test_the_event_a_groups_members_take_part_in_only_qualifies_the_group() -> None:
    assert _labels(
        "Speakers of the workshop are requested to send their slides by 3 May.",
        "The Group invited participants in the forum to register online.",
        "The Chair asked delegates at this symposium to complete the survey.",
    ) == [("Speakers",), ("participants",), ("delegates",)]


def test_a_word_that_only_says_which_groups_act_is_dropped() -> None:
    assert _labels(
        "The Chairman invited the responsible ITU-R groups to take account of the views.",
        "The Group invited the relevant study groups to consider the proposal.",
    ) == [("ITU-R groups",), ("study groups",)]


def test_an_item_letter_with_a_dot_after_the_colon_is_no_addressee() -> None:
    assert _labels(
        "The Group invited ITU-D Study Group 1: a. to share the data on roaming prices; b. to send comments.",
    )[0] == ("ITU-D Study Group 1",)


def test_a_word_in_title_case_or_all_before_a_known_group_is_part_of_it() -> None:
    assert _labels(
        "Arab Member States were invited to nominate national coordinators before 31 March.",
        "The Group called on all ITU Member States to designate a focal point.",
        "The Group invited Andean Member States and Sector Members to report.",
    ) == [("Arab Member States",), ("Member States",), ("Andean Member States", "Sector Members")]


def test_what_is_asked_for_is_no_addressee() -> None:
    got = _labels(
        "Many speakers asked for a more stable funding base; the Secretariat was asked to prepare an overview.",
    )
    assert ("for a more stable funding base; the Secretariat was asked",) not in got


def test_a_shortened_name_is_the_longer_name_given_before() -> None:
    assert _labels(
        "The session heard a briefing by the chair of the IGF Leadership Panel, Ms Anja Roos-Kimani.",
        "The Group requested the Leadership Panel to present a progress report in May.",
        "Mr Ivo Brandt (Austria) welcomed the work of the WSIS Executive Secretariat.",
        "The Group asked the Executive Secretariat to publish the statements.",
    ) == [("IGF Leadership Panel",), ("WSIS Executive Secretariat",)]
    assert _labels(
        "The Group thanked the Arab Member States and the ITU Sector Members.",
        "The Group requested the Member States to report, and asked the Sector Members to comment.",
    ) == [("Member States",), ("Sector Members",)]


def test_a_qualifier_opening_a_later_conjunct_is_dropped() -> None:
    assert _labels(
        "The Group invited the International Telecommunication Union and other relevant United Nations "
        "entities to contribute to the review.",
        "The Group invited interested delegations and all concerned administrations to comment.",
    ) == [("International Telecommunication Union", "United Nations entities"), ("delegations", "all administrations")]


def test_a_bare_group_noun_is_not_a_group_named_with_a_topic_before() -> None:
    got = _labels(
        "The representative of the United Nations Group on the Information Society presented its report.",
        "The Chair encouraged the group to make its documents public.",
    )
    assert got and "Group on the Information Society" not in got[0]


def test_a_requester_asking_a_part_of_itself_is_not_asked_too(tmp_path) -> None:
    """``the secretariat of the Commission`` in the Commission's own request: the secretariat, not the Commission
    (``request_addressee_pieces.without_its_whole``, applied by ``extract``)."""
    from extract_support import parsed_text

    from wsiskg.ingest.extract import extract

    text = (
        "REPORT OF THE COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT ON ITS THIRTY-SECOND SESSION\n\n"
        "Geneva, 8-12 May 2034\n\n1 Outcome\n\n"
        "In its resolution, the Commission requests the secretariat of the Commission to compile the national "
        "reports on coastal sensor networks before its thirty-third session.\n"
    )
    got = [tuple(a.label for a in r.addressees) for r in extract(parsed_text(tmp_path, text)).requests]
    assert got == [("secretariat of the Commission",)]  # as written (round 56), the Commission itself not asked
