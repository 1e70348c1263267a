"""Whom a request asks (issue 8): OCR-noisy and letter-style object phrases, qualifiers and
places after a known group (decision 12), adjectives sharing one head noun, a list inside a group's
complement, ``the working group`` after its run-in label, and the leads whose items each ask the
lead's object (``calls upon the Council to:``, roman numerals, ``is invited:``, inline dashes).
Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, parsed_text
from extract_support import one_section_report as report
from test_request_addressees import labels, paragraphs, run, whom


# ------------------------------------------------------------------ object phrases as written
def test_all_read_by_ocr_with_digits_is_all() -> None:
    got = run(report("The Group urged a11 operators to publish their coverage maps by 1 May 2033."), "cwg-cop")
    assert [whom(x) for x in got] == [("collective:operators",)]
    got = run(report("The Group invited aIl Member States to nominate an expert."), "cwg-cop")
    assert [whom(x) for x in got] == [("collective:member-states",)]


def test_your_before_a_capitalised_group_in_a_letter_is_that_group() -> None:
    got = run(report("The Group invites your Administration to nominate a focal point."), "cwg-cop")
    assert [labels(x) for x in got] == [("Administration",)]


def test_what_a_known_group_has_only_qualifies_it() -> None:
    got = run(
        report(
            "The Group encouraged Member States with outstanding contributions to settle them by 1 June 2033.",
            "The Group urged Member States in arrears to agree on a payment plan.",
            "The Group invited Sector Members with an interest in satellite services to contribute.",
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("collective:member-states",)] * 2 + [("collective:sector-members",)]


def test_a_list_after_with_is_not_swallowed_by_the_qualifier() -> None:
    got = run(report("The Group invited Member States in arrears and the Associates to agree on a plan."), "cwg-cop")
    assert len(got) == 1 and len(got[0].addressees) == 2


def test_a_named_region_only_locates_the_group() -> None:
    got = run(
        report(
            "The Group invited the regulators in the Andean region to share their spectrum plans.",
            "The Group encouraged the operators of the Pacific sub-region to share passive infrastructure.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("the regulators",), ("the operators",)]


def test_adjectives_joined_before_one_head_are_one_group() -> None:
    got = run(
        report(
            "The Group urged national statistical and postal agencies to publish open data.",
            "The Group invited the national and regional youth networks (NYNs) to propose topics.",
            "The Group invited governmental and intergovernmental bodies and civil society to comment.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got][:2] == [
        ("national statistical and postal agencies",),
        ("national and regional youth networks",),
    ]
    assert labels(got[2])[0] == "governmental and intergovernmental bodies"


def test_a_list_of_codes_in_the_complement_of_a_group_is_the_group() -> None:
    got = run(report("The Group asked the coordinators of Work Areas A2, A5 and A7 to report in May."), "cwg-cop")
    assert [labels(x) for x in got] == [("coordinators of Work Areas A2, A5 and A7",)]


def test_where_a_group_comes_from_only_qualifies_it() -> None:
    got = run(
        report(
            "The Group invited observers from academia and the technical community to send comments.",
            "The Group encouraged the regional groups from Africa and Asia to coordinate their positions.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("observers",), ("regional groups",)]


def test_the_working_group_after_its_run_in_label_is_that_group() -> None:
    got = run(
        report(
            "Working Group on Rural Backhaul: the co-chairs presented the draft. "
            "Participants asked the working group to add a chapter on microwave links.",
            "Task Force on Open Data: the convener reported progress. "
            "The Group invited the task force to finish by May.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("Working Group on Rural Backhaul",), ("Task Force on Open Data",)]


def test_the_working_group_with_two_named_before_is_no_guess() -> None:
    got = run(
        report(
            "The Working Group on Tariffs and the Working Group on Spectrum met jointly. "
            "Participants asked the working group to merge the drafts."
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] != [("Working Group on Tariffs",)]


# ------------------------------------------------------------------ leads whose items ask the lead's object
def test_a_lead_ending_in_to_colon_asks_its_object_in_each_item() -> None:
    got = run(
        paragraphs(
            ("The Pacific Group calls upon the Council to:", "body"),
            ("a) instruct the Secretary-General to open a sub-regional office;", "list-item"),
            ("b) invite Member States to contribute to the fund.", "list-item"),
        ),
        None,
    )
    assert [whom(x) for x in got] == [("body:itu-council",), ("body:itu-council",)]
    assert got[0].action.startswith("instruct the Secretary-General")


def test_items_numbered_in_roman_numerals_are_one_request_each() -> None:
    got = run(
        paragraphs(
            ("The meeting requested the Council:", "body"),
            ("i. to finalize the common proposals by 3 March 2033;", "body"),
            ("ii. to submit them to the conference secretariat;", "body"),
            ("iii. to convene a coordination meeting.", "body"),
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("body:itu-council",)] * 3
    assert [x.action for x in got][1] == "submit them to the conference secretariat"


def test_a_passive_lead_with_a_bare_colon_asks_its_subject_in_each_item() -> None:
    got = run(
        paragraphs(
            ("The Council is invited:", "body"),
            ("a) to consider the draft plan in Annex 2;", "list-item"),
            ("b) to provide guidance on the budget.", "list-item"),
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("body:itu-council",)] * 2
    assert [x.action for x in got] == ["consider the draft plan in Annex 2", "provide guidance on the budget"]


def test_items_opened_by_dashes_after_a_colon_are_one_request_each() -> None:
    got = run(
        report(
            "The Group invites the Council: - to approve the revised terms of reference; - to extend the mandate "
            "until 2036; - to instruct the secretariat to publish the report."
        ),
        "cwg-cop",
    )
    assert [whom(x) for x in got] == [("body:itu-council",)] * 3
    assert [x.action for x in got][:2] == ["approve the revised terms of reference", "extend the mandate until 2036"]


def test_a_dash_inside_an_action_without_a_colon_lead_splits_nothing() -> None:
    got = run(report("The Group invited the Council to approve the plan; - a note follows."), "cwg-cop")
    assert len(got) == 1


def test_a_list_subject_closed_by_an_adverb_is_the_subject_of_its_items() -> None:
    got = run(
        paragraphs(
            ("The Andean Group therefore:", "body"),
            ("a) requests the Secretary-General to present a costed plan;", "list-item"),
            ("b) urges the Telecommunication Development Bureau to hold the next review.", "list-item"),
        ),
        None,
    )
    assert [whom(x)[0].split(":")[0] for x in got] == ["collective", "body"]
    assert [labels(x) for x in got][0] == ("the Secretary-General",)
    assert {x.requester.label for x in got} == {"Andean Group"}


def test_items_after_agreed_on_the_following_ask_each_item_subject() -> None:
    got = run(
        paragraphs(
            ("The Group agreed on the following:", "body"),
            ("a) Rapporteurs shall submit the draft final reports by 30 August 2033;", "list-item"),
            ("b) the Vice-Chairs shall review the work plan.", "list-item"),
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("Rapporteurs",), ("Vice-Chairs",)]
    assert [x.action for x in got] == ["submit the draft final reports by 30 August 2033", "review the work plan"]


def test_decision_items_lettered_inline_ask_each_item_subject() -> None:
    got = run(
        report(
            "After discussion, the Group agreed on the following: a) Rapporteurs shall submit the draft reports "
            "by 30 August 2033; b) the Bureau is requested to organize a webinar before June 2033; and c) Member "
            "States are encouraged to submit case studies."
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [("Rapporteurs",), ("the Bureau",), ("Member States",)]
    assert got[1].action == "organize a webinar before June 2033"


def test_inline_letters_after_a_lead_that_decides_nothing_are_read_as_before() -> None:
    got = run(report("The Group noted the following: a) the survey closed; b) the report is ready."), "cwg-cop")
    assert got == ()


def test_a_relative_opening_a_passive_clause_is_no_addressee() -> None:
    got = run(
        report(
            "With reference to your Circular Letter CL-31/2, in which Member States and Sector Members were "
            "invited to comment on the draft by 1 February 2033, I have the honour to transmit our comments."
        ),
        None,
    )
    assert [whom(x) for x in got] == [("collective:member-states", "collective:sector-members")]


# ------------------------------------------------------------------ posts of a Question, roles listed in the plural
def test_the_rapporteur_for_a_revised_question_is_one_post_as_written() -> None:
    got = run(
        report(
            "The Group requested the Rapporteur for Question 18-1/2 to circulate the draft.",
            "The Group invited the Associate Rapporteur for Question 4-3/1 to present the case studies.",
            "The Group asked the Vice-Rapporteur for Question 27-2/2 to collect the replies by 9 May 2033.",
        ),
        "itu-d-sg2",
    )
    assert [labels(x) for x in got] == [
        ("Rapporteur for Question 18-1/2",),
        ("Associate Rapporteur for Question 4-3/1",),
        ("Vice-Rapporteur for Question 27-2/2",),
    ]


def test_roles_listed_in_the_plural_are_the_holders_of_each_role() -> None:
    got = run(
        report(
            "The Group invited Rapporteurs and Vice-Rapporteurs to submit their work plans by 2 June 2033.",
            "The Group urged the Chairmen and Vice-Chairmen to attend the coordination meeting.",
            "The Group requested Rapporteurs, Associate Rapporteurs and Vice-Rapporteurs to update the outlines.",
        ),
        "itu-d-sg2",
    )
    assert [labels(x) for x in got] == [
        ("Rapporteurs", "Vice-Rapporteurs"),
        ("Chairmen", "Vice-Chairmen"),
        ("Rapporteurs", "Associate Rapporteurs", "Vice-Rapporteurs"),
    ]


def test_a_plural_role_as_one_piece_of_a_longer_phrase_is_the_group_of_its_holders() -> None:
    got = run(
        report(
            "The Group invited Co-Rapporteurs, translators and student volunteers to revise the glossary.",
            "The Group encouraged Conveners and national experts to share their findings.",
        ),
        "itu-d-sg2",
    )
    assert [labels(x) for x in got] == [
        ("Co-Rapporteurs", "translators", "student volunteers"),
        ("Conveners", "national experts"),
    ]


def test_a_singular_post_or_a_plural_role_with_its_adjective_in_a_list_is_read_as_before() -> None:
    got = run(
        report(
            "The Group asked the Rapporteur, translators and student volunteers to meet in April.",
            "The Group asked the regional Vice-Chairs to meet in April.",
        ),
        "itu-d-sg2",
    )
    assert [labels(x) for x in got] == [
        ("Rapporteur, itu-d-sg2", "translators", "student volunteers"),
        ("regional Vice-Chairs",),
    ]


# ------------------------------------------------------------------ the session a statement is made at
@pytest.mark.parametrize(
    ("title", "texts", "key"),
    [
        (
            "WTDC-29 – Side event on rural connectivity",
            (
                "Statement by Ms Ayelet Moana-Kristensen, Minister of Digital Affairs, Tonga",
                "I ask this Conference to adopt a strong resolution on rural connectivity.",
            ),
            "body:wtdc",
        ),
        (
            "Statement of the delegation of Chile",
            (
                "Mr President, distinguished delegates,",
                "We urge the Assembly to keep the fellowships for developing countries.",
                "WTSA-32, Lima, 3-12 October 2032 - Second Plenary Meeting",
            ),
            "body:wtsa",
        ),
        (
            "PP-30 – Opening ceremony",
            (
                "Remarks by Mr Teodor Vasilescu-Amadi, Ambassador of Romania",
                "We call on this Conference to strengthen the role of the regional offices.",
            ),
            "body:itu-pp",
        ),
    ],
)
def test_this_conference_is_the_session_the_statement_names_by_its_acronym(
    title: str, texts: tuple[str, ...], key: str
) -> None:
    got = run(make_report(*texts, title=title), None)
    assert [whom(x) for x in got] == [(key,)]


# ------------------------------------------------------------------ a group's remit, a group with "and" in its name
def test_what_a_groups_members_answer_for_stays_in_the_group() -> None:
    got = run(
        report(
            "The Group invited Ministers in charge of ICT to attend the ministerial round table.",
            "The Group encouraged regulators in charge of spectrum management to share their plans.",
            "The Group invited ministers with responsibility for the digital economy to nominate a focal point.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [
        ("Ministers in charge of ICT",),
        ("regulators in charge of spectrum management",),
        ("ministers with responsibility for the digital economy",),
    ]


def _letter_to(line: str, salutation: str) -> list[tuple[str, ...]]:
    r = make_report(
        "Ref: BDT/XY/12",
        line,
        salutation,
        "I have the honour to invite you to the Connect Pacific Summit, to be held in Suva on 3-4 May 2033.",
        "Yours faithfully,",
        "Dr Mele Taufa-Lindgren",
        "Director",
    )
    return [tuple(sorted(labels(x))) for x in run(r, None)]


@pytest.mark.parametrize(
    ("line", "salutation", "expected"),
    [
        (
            "To: Heads of State and Government of the Pacific; Ministers in charge of ICT",
            "Excellency,",
            ("Heads of State and Government of the Pacific", "Ministers in charge of ICT"),
        ),
        (
            "To: Ministers in charge of telecommunications, Heads of regulatory authorities",
            "Excellency, Dear Sir/Madam,",
            ("Heads of regulatory authorities", "Ministers in charge of telecommunications"),
        ),
        (
            "To: Heads of State and Government; Sector Members",
            "Excellencies,",
            ("Heads of State and Government", "Sector Members"),
        ),
    ],
)
def test_a_letters_recipients_keep_a_remit_and_a_group_named_with_and(
    line: str, salutation: str, expected: tuple[str, ...]
) -> None:
    assert _letter_to(line, salutation) == [expected]


def test_a_known_group_of_a_named_body_is_written_with_its_body() -> None:
    got = run(
        report(
            "The Group invited the Member States of the Caribbean Telecommunications Union to share their plans.",
            "The Group encouraged the Member States of ESCAP to coordinate their positions.",
            "The Group urged the Sector Members of ITU-R to submit contributions by 4 April 2033.",
            "The Group invited Member States of the region to host the next workshop.",
        ),
        "cwg-cop",
    )
    assert [labels(x) for x in got] == [
        ("Member States of the Caribbean Telecommunications Union",),
        ("Member States of ESCAP",),
        ("Sector Members of ITU-R",),
        ("Member States",),  # "of the region" only locates them (decision 12)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited experts in spectrum and satellite regulation to submit papers by May 2034.",
            "experts in spectrum and satellite regulation",
        ),
        (
            "The Group encouraged specialists in cybersecurity and data protection to join the task force.",
            "specialists in cybersecurity and data protection",
        ),
        (
            "The Group invited all researchers on numbering, naming and addressing to present their findings.",
            "researchers on numbering, naming and addressing",
        ),
        (
            "The Council asked practitioners in health and education statistics to review the indicators.",
            "practitioners in health and education statistics",
        ),
        (
            "The Chairman encouraged the rapporteur groups on working methods and on strategic planning to meet.",
            "rapporteur groups on working methods and on strategic planning",
        ),
        (
            "The Group invited the working groups on digital government and on digital infrastructure to report.",
            "working groups on digital government and on digital infrastructure",
        ),
    ],
)
def test_topics_listed_after_a_group_are_one_group(sentence: str, expected: str) -> None:
    got = run(report(sentence), "cwg-cop")
    assert [tuple(label.removeprefix("the ") for label in labels(x)) for x in got] == [(expected,)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Group invited experts in radio and regulators to submit papers.", 2),
        ("The Group invited representatives of governments and civil society to attend the forum.", 2),
        ("The Group invited Member States and Sector Members to submit contributions.", 2),
    ],
)
def test_a_group_after_the_topics_is_still_a_group_of_its_own(sentence: str, expected: int) -> None:
    got = run(report(sentence), "cwg-cop")
    assert len(got) == 1 and len(got[0].addressees) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (
                "Brevik Orbital S.p.A. presented its satellite filing plan.",
                "The Group invited Brevik Orbital S.p.A. to share its coordination data.",
            ),
            "Brevik Orbital S.p.A.",
        ),
        (
            (
                "A contribution from Tindra Nordic Radio S.A. was presented.",
                "The Group asked Tindra Nordic Radio S.A. to revise its proposal by June 2034.",
            ),
            "Tindra Nordic Radio S.A.",
        ),
        (
            (
                "Marlow Skylink N.V. described its gateway network.",
                "The Group encouraged Marlow Skylink N.V. to join the coordination meeting.",
            ),
            "Marlow Skylink N.V.",
        ),
    ],
)
def test_a_company_whose_name_ends_in_a_dotted_abbreviation_is_asked(lines: tuple[str, str], expected: str) -> None:
    got = run(report(*lines), "cwg-cop")
    assert [[(a.kind, a.label) for a in x.addressees] for x in got] == [[("body", expected)]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited non-Council Member States to submit their views by 1 May 2034.",
            "non-Council Member States",
        ),
        ("The Group invited all non-CEPT Sector Members to attend the workshop in Tbilisi.", "non-CEPT Sector Members"),
        ("The Council urged Non-APT administrations to register for the forum.", "Non-APT administrations"),
    ],
)
def test_a_name_negated_by_non_before_a_group_says_which_members(sentence: str, expected: str) -> None:
    got = run(report(sentence), "cwg-cop")
    assert [labels(x) for x in got] == [(expected,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Group requested the Regional Com- mittee on Rural Access to host the next workshop.\n",
            "Regional Committee on Rural Access",
        ),
        (
            "The Group invited the Caribbean Postal Organi-zation to share its address data.\n",
            "Caribbean Postal Organization",
        ),
        (
            "The Group asked the Andean Broadcasting Commis- sion to review the draft by May 2035.\n",
            "Andean Broadcasting Commission",
        ),
    ],
)
def test_a_body_named_with_its_head_noun_broken_at_a_line_end_is_asked(
    tmp_path: Path, text: str, expected: str
) -> None:
    """A word of a body's head noun a PDF line end broke (``Com- mittee``, ``Organi-zation``) is joined as the
    report is read, though the report prints it nowhere whole: the body is asked, not ``the Regional Com-``."""
    assert [labels(x) for x in run(parsed_text(tmp_path, text), "cwg-cop")] == [(expected,)]
