"""A liaison statement as the subject of a verb of asking is the voice of the body whose meeting the record records:
named as the subject (``A second liaison statement invites X``), or as ``It`` / ``One of them`` after a sentence that
opens with liaison statements; a pronoun after any other sentence is no statement."""

from __future__ import annotations

from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run


def _asked(*texts: str) -> list[tuple[str, str]]:
    r = kinds(("REPORT OF THE MEETING OF WORKING PARTY 7C", "heading"), *((t, "body") for t in texts))
    return [parties(x)[:2] for x in run(r, "wp-7c")]


def test_a_liaison_statement_named_as_the_subject_is_the_meeting_bodys() -> None:
    got = _asked(
        "Two liaison statements were approved. A second liaison statement invites the Kappa Alliance to nominate a "
        "coordinator for joint work on satellite timing."
    )
    assert got == [("invite", "body:wp-7c")]


def test_one_of_them_after_a_sentence_opening_with_liaison_statements() -> None:
    got = _asked(
        "Nine outgoing liaison statements were agreed. One of them asks the Delta Forum to review the draft "
        "measurement plan before it is frozen."
    )
    assert got == [("ask", "body:wp-7c")]


def test_it_after_a_reply_liaison_statement_to_a_body() -> None:
    got = _asked(
        "4.2 A reply liaison statement to the Delta Forum was agreed (TD 77). It thanks the Forum for its input and "
        "invites the Kappa Alliance to share its field data."
    )
    assert [g for g in got if g[0] == "invite"] == [("invite", "body:wp-7c")]


def test_it_after_another_sentence_is_not_a_liaison_statement() -> None:
    got = _asked("The Delta Forum met in Lima in May. It invites the Kappa Alliance to share its field data.")
    assert all(g[1] != "body:wp-7c" for g in got)
