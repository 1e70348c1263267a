"""Words that only locate or qualify an addressee are no addressee of their own (docs/annotation-guide.md
decision 12): a place or a topic after a letter's recipients, a body's name before the noun of its
group, a thing where a group would stand (ingest/extract/addressee_phrases.py,
request_addressees.py). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report, parties
from extract_support import one_section_report as report
from extract_support import requests_of as run

from wsiskg.ingest.extract.addressee_phrases import recipient_line, recipient_piece


def _letter(to_line: str) -> list[tuple[str, ...]]:
    r = make_report(
        "Geneva, 9 March 2034",
        to_line,
        "Dear Sir/Madam,",
        "I have the honour to invite you to the regional workshop on spectrum pricing, to be held in Apia.",
        "Yours faithfully,",
        "Teuila Fonoti-Marchetti",
        "Director",
        "Telecommunication Development Bureau",
    )
    return [tuple(a.label for a in x.addressees) for x in run(r, None)]


def test_a_place_after_a_letters_recipient_is_dropped() -> None:
    assert _letter("To: Administrations of ITU Member States in the Pacific region, ITU-D Sector Members") == [
        ("Administrations of ITU Member States", "ITU-D Sector Members")
    ]
    assert _letter("To: ITU Member States of the Asia-Pacific region and Academia") == [
        ("Member States", "Academia")  # ITU's own Member States: the group (said_group)
    ]


def test_a_letters_recipients_of_member_states_of_the_union_drop_what_member_states_say() -> None:
    assert _letter("To: Administrations of Member States of the Union, ITU-T Sector Members") == [
        ("Administrations of Member States", "ITU-T Sector Members")
    ]
    assert _letter("To: Regulators of Member States of ITU; Academia") == [("Regulators of Member States", "Academia")]


def test_a_letters_recipients_are_not_cut_at_an_and_inside_a_bodys_name() -> None:
    assert _letter("To: Ministry of Information and Communications Technology of Tonga") == [
        ("Ministry of Information and Communications Technology of Tonga",)
    ]


def test_what_a_letters_recipients_work_on_names_no_recipient() -> None:
    assert _letter("To: WSIS stakeholders concerned with Action Lines C4, C6 (e-health and e-employment) and C10") == [
        ("WSIS stakeholders",)
    ]
    assert _letter("To: Regulators involved in spectrum auctions, operators and vendors") == [("Regulators",)]


def test_recipient_line_and_piece() -> None:
    assert recipient_line("Experts engaged in open data, statistics and mapping") == "Experts"
    assert recipient_line("Administrations of Member States, Sector Members") == (
        "Administrations of Member States, Sector Members"
    )
    assert recipient_piece("regulators in the Caribbean region") == "regulators"
    assert recipient_piece("Sector Members") == "Sector Members"


def test_a_bodys_name_before_a_lower_case_noun_is_that_bodys_group() -> None:
    got = run(
        report(
            "The Group invited each UNDP country office to appoint a focal point for the survey.",
            "The Group encouraged the FAO field office to share its connectivity data.",
        ),
        "cwg-cop",
    )
    assert [tuple(a.label for a in x.addressees) for x in got] == [("UNDP country office",), ("FAO field office",)]


def test_a_thing_before_of_is_no_addressee() -> None:
    got = run(
        report(
            "The Group requested the outcomes of the national consultations to be published on the website.",
            "The Group requested the chairs of the regional groups to report on the consultations.",
        ),
        "cwg-cop",
    )
    assert [tuple(a.label for a in x.addressees) for x in got] == [("chairs of the regional groups",)]


def test_we_asked_in_the_passive_is_the_speakers_organization() -> None:
    r = make_report(
        "Keynote address by Ines Fagerlund-Okoro, Director, Telecommunication Development Bureau",
        "We have been invited by the General Assembly to report on the review every two years.",
    )
    got = run(r, None)
    assert [(x.requester.key, tuple(a.key for a in x.addressees)) for x in got] == [("unga", ("itu-bdt",))]


def test_the_others_are_the_rest_of_the_group_named_before() -> None:
    got = run(
        report(
            "The Group thanked the 41 Member States that had answered and encouraged the others to reply "
            "before 3 June 2035.",
            "The Group welcomed the delegations that had registered and urged the rest to register soon.",
        ),
        "cwg-cop",
    )
    assert [tuple(a.key for a in x.addressees) for x in got] == [("member-states",), ("delegations",)]


def test_other_groups_from_a_region_are_the_group() -> None:
    got = run(
        report(
            "The Group invited other Member States from the Pacific to co-sign the proposal.",
            "The Group encouraged any Sector Members from the broadcasting industry to join the study.",
        ),
        "cwg-cop",
    )
    assert [tuple(a.key for a in x.addressees) for x in got] == [("member-states",), ("sector-members",)]


def test_adjectives_in_title_case_share_the_head_noun() -> None:
    got = run(
        report("The Group invited the National and Regional Youth Networks (NRYNs) to submit their reports."),
        "cwg-cop",
    )
    assert [tuple(a.label for a in x.addressees) for x in got] == [("National and Regional Youth Networks",)]


def test_an_unknown_acronym_before_a_known_group_says_whose() -> None:
    got = run(
        report(
            "The Group invited all COMESA Member States to adopt the model law.",
            "The Group encouraged ITU and Member States to adopt the model law.",
        ),
        "cwg-cop",
    )
    assert [tuple(a.label for a in x.addressees) for x in got] == [
        ("COMESA Member States",),
        ("International Telecommunication Union", "Member States"),
    ]


def test_both_and_them_are_every_body_of_the_list_named_last() -> None:
    got = run(
        report(
            "The Group sent a liaison statement to ITU-T Study Group 12 and to UNICEF, and invited both to comment.",
            "The Group thanked UNDP and the World Bank and asked each of them to share their plans.",
        ),
        "cwg-cop",
    )
    assert [tuple(a.key for a in x.addressees) for x in got] == [("itu-t-sg12", "unicef"), ("undp", "world-bank")]


def test_a_decision_whose_items_are_dashed_inline_asks_each_items_addressee() -> None:
    got = run(
        report(
            "The Group agreed: – to request the TSB to circulate the revised questionnaire by 2 May 2035; – to "
            "invite Member States to reply within four weeks; – that the Chair would report to the Council.",
            "The Group decided: - the Bureau is requested to publish the results; - Sector Members are invited "
            "to comment.",
        ),
        "cwg-cop",
    )
    assert [(x.action, tuple(a.key for a in x.addressees)) for x in got] == [
        ("circulate the revised questionnaire by 2 May 2035", ("itu-tsb",)),
        ("reply within four weeks", ("member-states",)),
        ("publish the results", ("itu-tsb",)),  # the Bureau named last
        ("comment", ("sector-members",)),
    ]


def test_a_recipients_field_goes_on_over_the_lines_after_it() -> None:
    r = make_report(
        "Ref.: BDT/EUR/35-112",
        "To: Administrations of ITU Member States in the Europe region",
        "ITU-D Sector Members and Academia in the Europe region",
        "Regional and international organizations",
        "Subject: Regional forum on digital skills, Tirana, 4-5 June 2035",
        "Dear Sir/Madam,",
        "I have the pleasure to invite you to the regional forum on digital skills.",
        "Yours faithfully,",
        "Teuila Fonoti-Marchetti",
        "Director",
        "Telecommunication Development Bureau",
    )
    assert [tuple(a.label for a in x.addressees) for x in run(r, None)] == [
        (
            "Administrations of ITU Member States",
            "ITU-D Sector Members",
            "Academia",
            "Regional and international organizations",
        )
    ]


def test_a_named_world_region_after_a_letters_recipient_is_dropped() -> None:
    """``in Asia and the Pacific``, ``in Southern Africa``: a region named by its name that the group is in
    only locates it (decision 12), and its ``and`` joins no second recipient; one the group is of says whose
    it is and stays (decision 42: ``ITU-D Sector Members of Asia and the Pacific``)."""
    assert _letter("To: Administrations of ITU Member States in Latin America and the Caribbean; Academia") == [
        ("Administrations of ITU Member States", "Academia")
    ]
    assert _letter("To: ITU-D Sector Members of Asia and the Pacific and regulators in Southern Africa") == [
        ("ITU-D Sector Members of Asia and the Pacific", "regulators")
    ]


@pytest.mark.parametrize(
    ("group", "label"),
    [
        ("operators from the Middle East", "operators"),
        ("national regulators in Africa", "national regulators"),
        ("the broadcasters in Central Asia", "broadcasters"),
    ],
)
def test_a_named_world_region_after_a_plural_group_is_dropped_from_an_object(group: str, label: str) -> None:
    r = report(f"The Group invited {group} to publish their spectrum roadmaps by June 2035.")
    assert [tuple(a.label.removeprefix("the ") for a in x.addressees) for x in run(r, None)] == [(label,)]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The Group invited the administrations of the Americas to publish their roadmaps.",
            "administrations of the Americas",
        ),
        ("Tonga invites the Member States of Africa to set up rural access funds by 2036.", "Member States of Africa"),
        ("Ms Lobo invited the countries of South Asia to attend the clinic in Suva.", "countries of South Asia"),
        (
            "The Group urged the regulators of Latin America and the Caribbean to share their data.",
            "regulators of Latin America and the Caribbean",
        ),
        (
            "The Group encouraged all Member States of the Middle East to join the pilot.",
            "Member States of the Middle East",
        ),
    ],
)
def test_a_named_world_region_a_plural_group_is_of_stays_in_its_name(sentence: str, label: str) -> None:
    # round 39: "of Africa" says whose the group is (decision 42), "in Africa" only where it is (decision 12)
    got = [
        tuple(a.label.removeprefix("the ").removeprefix("all ") for a in x.addressees)
        for x in run(report(sentence), None)
    ]
    assert got == [(label,)]


def test_a_body_named_of_a_region_keeps_its_name() -> None:
    assert recipient_piece("Council of Europe") == "Council of Europe"
    assert recipient_piece("Economic Commission for Africa") == "Economic Commission for Africa"


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        (
            "We also urge the mobile network operators represented in the Focus Group to confirm their participation.",
            "collective:mobile-network-operators",
        ),
        (
            "We invite the operators represented on the Board of the Alliance to share their data.",
            "collective:operators",
        ),
        (
            "We call on the broadcasters represented at the Regional Forum to submit papers by May.",
            "collective:broadcasters",
        ),
    ],
)
def test_where_a_group_is_represented_only_qualifies_it(sentence: str, group: str) -> None:
    """``the operators represented in X``: where the group sits only says which of them (decision 12); the
    group is asked, not the body it sits in."""
    r = make_report("Geneva, 4 March 2033", "Dear colleagues,", sentence, "Yours sincerely,", "Amara Holt", "Director")
    assert [parties(x)[2] for x in run(r, None)] == [(group,)]


def test_a_group_and_what_it_takes_an_interest_in_is_the_group() -> None:
    """``countries interested in the guide``, ``all delegations with an interest in the paragraph``: the interest
    only qualifies the group (decision 12; ``addressee-words.csv`` kind ``condition``); the request was lost
    whole before (round 40)."""
    got = run(
        report(
            "The Group invited countries interested in the toolkit to contact the regional office by 3 May 2031.",
            "The Group invited all delegations with an interest in paragraph 4 to attend the drafting group.",
            "Operators interested in the pilot scheme are invited to write to the secretariat.",
            "The Group encouraged regulators with an interest in satellite licensing to join the correspondence group.",
        ),
        "cwg-cop",
    )
    assert [(x.requester.key, tuple(a.key for a in x.addressees)) for x in got] == [
        ("cwg-cop", ("countries",)),
        ("cwg-cop", ("delegations",)),
        ("cwg-cop", ("operators",)),
        ("cwg-cop", ("regulators",)),
    ]


def test_a_plural_group_and_what_it_is_for_or_of_is_one_group_as_written() -> None:
    """``the African candidates for elected posts``, ``the national regulators of small island states``: a plural
    head and what it is for or of, longer than four words, is one group as written
    (``agent_resolver.collective_key``); the request was lost whole before (round 40). A place after the group
    still goes (``the Caribbean regulators in the region``)."""
    got = run(
        report(
            "The Group invited the Andean candidates for elected posts to present their programmes.",
            "The Group encouraged the national regulators of small island states to share their data.",
            "The Group asked the Baltic experts on spectrum pricing to review the draft.",
            "The Group invited the Caribbean regulators in the region to join the study.",
        ),
        "cwg-cop",
    )
    assert [tuple(a.label for a in x.addressees) for x in got] == [
        ("Andean candidates for elected posts",),
        ("national regulators of small island states",),  # read as a noun and its plural head (round 59)
        ("the Baltic experts on spectrum pricing",),
        ("Caribbean regulators",),
    ]
