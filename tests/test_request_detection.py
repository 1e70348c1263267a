"""Requests the reader must find at all (issue 8, round 12): forms of asking whose sentence once
yielded no request. Each class is tested with several invented variants (other verbs, marks, word
order); who asks and whom are checked only as far as the form decides them."""

from __future__ import annotations

from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

from wsiskg.ingest.records import Paragraph, ParsedReport, Section


def contribution(*rows: tuple[str, str]) -> ParsedReport:
    """A Member State's contribution: its header, then ``rows`` (text, kind) in a numbered section."""
    paras = (Paragraph(1, "front", "Contribution from the Republic of Fiji"),)
    paras += tuple(Paragraph(i + 2, "1", t, k) for i, (t, k) in enumerate(rows))
    return ParsedReport("t.txt", "text/plain", "Council Working Group", (Section("1", "t", None, 2),), paras)


# ------------------------------------------------------------- items after a lead ending in a colon
def test_marked_items_in_the_base_form_after_proposes_that_x_colon_are_one_request_each() -> None:
    r = contribution(
        ("Fiji proposes that the Council Working Group on Child Online Protection:", "body"),
        ("(i) invite Member States to share their national helpline data by 1 March 2031;", "body"),
        ("(ii) ask the secretariat to publish a compilation of the replies;", "body"),
        ("(iii) liaise with UNICEF on the next edition of the guidelines.", "body"),
    )
    got = run(r, None)
    assert [x.action.split()[0] for x in got] == ["invite", "ask", "liaise"]
    assert {parties(x)[1:] for x in got} == {("country:FJI", ("body:cwg-cop",))}


def test_dotted_numbers_and_letters_with_a_period_mark_items_too() -> None:
    r = contribution(
        ("Fiji therefore proposes that the Council Working Group on Child Online Protection:", "body"),
        ("4.1 request the secretariat to translate the guidelines into the six languages;", "body"),
        ("4.2 encourage Sector Members to contribute case studies;", "body"),
    )
    assert [x.action.split()[0] for x in run(r, None)] == ["request", "encourage"]
    r = contribution(
        ("Fiji proposes that the Council Working Group on Child Online Protection:", "body"),
        ("a. request the secretariat to translate the guidelines;", "body"),
        ("b. instruct the Chair to report to the Council in 2032.", "body"),
    )
    assert [x.action.split()[0] for x in run(r, None)] == ["request", "instruct"]


def test_a_capitalised_verb_of_asking_after_the_mark_is_an_item() -> None:
    r = contribution(
        ("Fiji proposes that the Council Working Group on Child Online Protection:", "body"),
        ("(a) Request the secretariat to circulate the draft by 30 June 2031;", "list-item"),
        ("(b) Invite Member States to comment on it.", "list-item"),
    )
    assert len(run(r, None)) == 2


def test_recommend_that_x_colon_after_agreed_to_leads_the_items() -> None:
    r = kinds(
        ("The Group agreed to recommend that the Council:", "body"),
        ("a) take note of the report of the consultation;", "list-item"),
        ("b) instruct the Secretary-General to publish the inputs online.", "list-item"),
        title="Report of the Council Working Group on Child Online Protection",
    )
    got = run(r, "cwg-cop")
    assert [parties(x)[1] for x in got] == ["body:cwg-cop"] * 2
    assert [x.action.split()[0] for x in got] == ["take", "instruct"]
    assert all(len(x.addressees) == 1 and x.addressees[0].key in ("council", "itu-council") for x in got)


def test_a_lead_whose_clause_holds_another_that_asks_no_one_through_it() -> None:
    """``propose that the Group recommend to the Council that it:``: the subject before the colon is no agent."""
    r = contribution(
        ("Fiji proposes that the Group recommend to the Council that it:", "body"),
        ("1.1 request the Secretary-General to report on the review;", "body"),
    )
    assert all("recommend" not in a.label for x in run(r, None) for a in x.addressees)


# ------------------------------------------------------------- a text adopted with its items
def test_items_of_a_text_adopted_by_which_it_are_the_adopters_requests() -> None:
    for lead in (
        "After discussion, the Council adopted Decision 777, by which it:",
        "The Council then adopted Resolution 1450, in which it:",
        "The Council approved the draft decision, which:",
    ):
        r = kinds(
            ("The 2031 session of the Council was held in Geneva.", "body"),
            (lead, "body"),
            ("a) requests the Secretary-General to prepare a report for the next session;", "list-item"),
            ("b) invites Member States to host the regional meetings;", "list-item"),
            ("c) instructs the Director of BDT to update the database.", "list-item"),
            title="Summary of the Council 2031 session",
        )
        got = run(r, "itu-council")
        assert [x.verb for x in got] == ["request", "invite", "instruct"], lead
        assert {parties(x)[1] for x in got} == {"body:itu-council"}, lead


def test_a_list_subject_goes_on_over_numbered_paragraphs() -> None:
    r = kinds(
        ("The Radiocommunication Advisory Group (RAG) held its 31st meeting.", "body"),
        ("RAG:", "body"),
        ("5.1 requested the Director of BR to publish the draft report;", "body"),
        ("5.2 invited the study group chairmen to send their proposals by 30 September 2031;", "body"),
        ("5.3 encouraged administrations to take part in the seminar.", "body"),
        title="Conclusions of the 31st meeting of the Radiocommunication Advisory Group",
    )
    got = run(r, "rag")
    assert [x.verb for x in got] == ["request", "invite", "encourage"]
    assert {parties(x)[1] for x in got} == {"body:rag"}
