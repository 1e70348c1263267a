"""Who asks and whom, round 10 of issue 8: an object closed by a colon before items lettered inline,
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
        report(lead, "RAG recommends that the Director: a) report to Council 2034 on the backlog; b) consult the chairmen."),
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
    assert [labels(x) for x in got] == [("each member agency",)]


def test_a_group_still_not_doing_something_is_the_group() -> None:
    got = run(
        report(
            "The Council calls upon United Nations entities still not actively participating in the implementation "
            "of and follow-up to the Summit outcomes to take the necessary steps."
        ),
        None,
    )
    assert [labels(x) for x in got] == [("United Nations entities",)]
