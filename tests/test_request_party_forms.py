"""Who asks and whom (issue 8): an object closed by a colon before items lettered inline,
the plenary a committee reports to, a role word alone as the subject of a ``that`` clause.
Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import one_section_report as report
from test_request_addressees import labels, run, whom


def test_an_items_letter_after_the_objects_colon_is_no_addressee() -> None:
    got = run(
        report(
            "Norway kindly requests the Council: a) to instruct the Secretary-General to submit the review "
            "to Council 2034; b) to encourage Member States to use the platform."
        ),
        None,
    )
    assert [whom(x) for x in got] == [("body:itu-council",), ("body:itu-council",)]


def test_the_plenary_in_a_committees_report_is_the_plenary_not_the_committee() -> None:
    got = run(report("The plenary is invited to approve the texts listed in section 3."), "committee-5")
    assert [(whom(x), labels(x)) for x in got] == [(("collective:plenary",), ("plenary",))]
    got = run(report("The Committee recommended the Plenary to take note of Document C34/12."), "committee-5")
    assert [whom(x) for x in got] == [("collective:plenary",)]


def test_the_plenary_of_a_conference_is_the_conference() -> None:
    got = run(report("The Conference invited the Plenary to take note of Document C34/12."), "wrc")
    assert [whom(x) for x in got] == [("body:wrc",)]


def test_a_role_word_alone_opening_a_that_clause_is_the_one_post_of_that_role() -> None:
    lead = "The Director of the Radiocommunication Bureau, Mr Ivo Tamm, introduced his report."
    got = run(report(lead, "RAG agreed to recommend that the Director issue guidance on hybrid meetings."), "rag")
    assert [whom(x) for x in got] == [("post:itu-br/director",)]
    assert got[0].action.startswith("issue guidance")
    got = run(
        report(
            lead, "RAG recommends that the Director: a) report to Council 2034 on the backlog; b) consult the chairmen."
        ),
        "rag",
    )
    assert [whom(x) for x in got] == [("post:itu-br/director",), ("post:itu-br/director",)]
    got = run(report("Committee 4 recommends that the Plenary approve the texts in Annex B."), "committee-4")
    assert [whom(x) for x in got] == [("collective:plenary",)]


def test_how_many_or_whose_before_a_group_is_no_part_of_its_label() -> None:
    got = run(report("Several delegations invited the Bureau to publish the guide by 3 May 2034."), "cwg-cop")
    assert [(x.requester.key, x.requester.label) for x in got] == [("delegations", "delegations")]
    got = run(report("APT encouraged its Members to coordinate their proposals."), "apt")
    assert [(whom(x), labels(x)) for x in got] == [(("collective:members",), ("Members",))]
    got = run(report("The Group invited each member agency to nominate a focal point."), "ungis")
    assert [labels(x) for x in got] == [("member agency",)]


def test_each_or_every_before_a_group_is_no_part_of_its_label() -> None:
    """The annotations write ``national regulator``, ``delegations``, ``sub-group leads``
    for ``each national regulator``, ``every delegation``, ``each sub-group lead``."""
    got = run(report("The Chair encouraged every delegation to register by 4 May 2033."), "cwg-cop")
    assert [labels(x) for x in got] == [("delegation",)]
    got = run(report("Ms Tove Lind asked each sub-group lead to circulate a summary."), "egti")
    assert [labels(x) for x in got] == [("sub-group lead",)]
    got = run(report("The meeting urged every national regulator and each operator to publish its data."), "rag")
    assert [labels(x) for x in got] == [("national regulator", "operator")]
    got = run(report("The Council invited each advisory group to review its working methods."), "cwg-fhr")
    assert [labels(x) for x in got] == [("advisory group",)]


def test_a_group_still_not_doing_something_is_the_group() -> None:
    got = run(
        report(
            "The Council calls upon United Nations entities still not actively participating in the implementation "
            "of and follow-up to the Summit outcomes to take the necessary steps."
        ),
        None,
    )
    assert [labels(x) for x in got] == [("United Nations entities",)]


def test_an_opening_phrase_goes_on_over_a_list_of_lower_case_words() -> None:
    lead = "Pursuant to No. 171 of the General Rules of conferences, assemblies and meetings,"
    got = run(report(f"{lead} Member States are invited to submit their proposals."), "wtdc")
    assert [whom(x) for x in got] == [("collective:member-states",)]
    got = run(report(f"{lead} the Secretariat was requested to circulate the list of speakers."), "wtdc")
    assert [len(x.addressees) for x in got] == [1]
    got = run(report("In May, the Council and the Secretariat invited Member States to submit proposals."), "wtdc")
    assert [x.requester.key for x in got] == ["itu-council", "itu-bdt"]


def test_the_working_group_is_the_working_group_named_last_in_a_heading_or_before() -> None:
    got = run(
        report(
            "Report of the Chairman of the Council Working Group on Child Online Protection (Document C34/44).",
            "The councillor from Latvia, Ms Ilze Bērziņa, encouraged the Working Group to cooperate with UNICEF.",
        ),
        "itu-council",
    )
    assert [whom(x) for x in got] == [("body:cwg-cop",)]


def test_a_regional_adjective_before_a_known_group_is_one_group_as_written() -> None:
    got = run(report("The meeting invited African Member States to submit their proposals through the ATU."), "rpm")
    assert [labels(x) for x in got] == [("African Member States",)]


def test_a_head_noun_opening_a_that_clause_is_the_body_of_the_documents_front() -> None:
    got = run(
        report(
            "Report of TSAG to the World Telecommunication Standardization Assembly (WTSA-36)",
            "TSAG further recommends that the Assembly invite Member States to submit their proposals for Questions.",
        ),
        "tsag",
    )
    assert [whom(x) for x in got] == [("body:wtsa",)]
    assert got[0].action.startswith("invite Member States")


def test_a_front_sections_label_glued_before_the_subject_is_no_part_of_it() -> None:
    got = run(report("Action required Councillors are invited to take note of the report."), "itu-council")
    assert [labels(x) for x in got] == [("Councillors",)]


def test_an_opening_between_commas_after_said_that_is_no_addressee() -> None:
    got = run(
        report(
            "The Chairman said that, following informal consultations among the heads of delegation, the Assembly "
            "was invited to appoint the candidates listed in Document 12."
        ),
        "ra",
    )
    assert [whom(x) for x in got] == [("body:ra",)]


def test_an_aside_after_a_passive_subject_stays_an_aside() -> None:
    got = run(
        report("UNECA, in cooperation with the AU and ITU, is requested to finalize the regional report."), "cwg-cop"
    )
    assert [whom(x) for x in got] == [("body:eca",)]


def test_the_sub_group_is_the_one_group_the_paragraph_named_with_that_noun() -> None:
    """``the sub-group`` / ``The subgroup`` / ``the correspondence group`` after a group named
    with that noun earlier in the paragraph is that group, also when its name is a run-in label."""
    got = run(
        report(
            "The sub-group on tariff indicators presented its report. The Group requested the sub-group "
            "to test the indicators by 3 May 2033."
        ),
        "egh",
    )
    assert [labels(x) for x in got] == [("sub-group on tariff indicators",)]
    got = run(report("Subgroup 4 reported on speeds. The subgroup was asked to post the text on the forum."), "egh")
    assert [labels(x) for x in got] == [("Subgroup 4",)]
    got = run(
        report(
            "Sub-group on household skills. Ms Ana Lind presented the proposal of the sub-group she leads. "
            "The meeting asked the sub-group to draft the definitions."
        ),
        "egh",
    )
    assert [labels(x) for x in got] == [("Sub-group on household skills",)]
    got = run(
        report(
            "The correspondence group on data governance met twice. TSAG invited the correspondence group to report."
        ),
        "tsag",
    )
    assert [labels(x) for x in got] == [("correspondence group on data governance",)]
    got = run(report("The meeting invited the sub-group to continue its work."), "egh")  # none named: as written
    assert [labels(x) for x in got] == [("the sub-group",)]


def test_the_meeting_bodys_members_named_with_it_speak_for_it() -> None:
    """``UNGIS members invited ...`` / ``The members of the Group encouraged ...`` in the
    group's record are the group, as ``The members agreed`` is; as an object they stay a group, and
    another body's members stay themselves."""
    got = run(report("UNGIS members invited Member States to share their statistics by 9 May 2033."), "ungis")
    assert [x.requester.key for x in got] == ["ungis"]
    got = run(report("The members of the Group encouraged development partners to fund the survey."), "ungis")
    assert [x.requester.key for x in got] == ["ungis"]
    got = run(report("The Group invited UNGIS members to nominate focal points."), "ungis")
    assert [labels(x) for x in got] == [("UNGIS members",)]
    got = run(report("ITU members invited Member States to share their statistics."), "ungis")
    assert [x.requester.key for x in got] != ["ungis"]


def test_councillors_after_a_quantifier_ask_as_themselves_like_delegations() -> None:
    """``Several councillors asked ...`` in a record of a Council committee: the councillors ask, as
    ``Several delegations`` do (no member of the meeting's own: a group of its own)."""
    got = run(report("Some councillors asked TSB to shorten the annual report."), "cwg-fhr")
    assert [(x.requester.key, x.requester.label, whom(x)) for x in got] == [
        ("councillors", "councillors", ("body:itu-tsb",))
    ]


def test_one_or_another_delegation_asks_as_the_delegations() -> None:
    """``One delegation asked ...``, ``Another delegation requested ...``: one member of the group, which the
    annotations name as the group (``delegation``), as they do ``each delegation``."""
    for subject in ("One delegation", "Another delegation"):
        got = run(report(f"{subject} asked TSB to translate the guide into Arabic."), "cwg-fhr")
        assert [(x.requester.key, x.requester.label, whom(x)) for x in got] == [
            ("delegations", "delegations", ("body:itu-tsb",))
        ]
