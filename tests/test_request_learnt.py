"""Requests the rules miss, read where the learnt detector marks a sentence (``request_learnt.py``).
Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import requests as rq

_TITLE = "Report of the third meeting of the Council Working Group on Child Online Protection"


def _read(sentence: str, learnt: bool, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, tuple[str, ...]]]:
    monkeypatch.setattr(rq, "LEARNT", learnt)
    r = kinds(("The Group met on 3 May 2031.", "body"), (sentence, "body"), title=_TITLE)
    return [parties(x) for x in run(r, "cwg-cop")]


def test_a_modal_clause_after_a_decision_asks_its_subject_of_the_deciders(monkeypatch: pytest.MonkeyPatch) -> None:
    asking = "The Group decided that its Vice-Chair shall present a progress report to the next plenary."
    assert _read(asking, False, monkeypatch) == []  # the rules read a decision only
    assert _read(asking, True, monkeypatch) == [("agree", "body:cwg-cop", ("post:cwg-cop/vice-chair",))]
    stating = "The Group decided that its Vice-Chair presented a progress report to the last plenary."
    assert _read(stating, True, monkeypatch) == []


@pytest.mark.parametrize(
    "plan",
    [
        "The Group decided that its Vice-Chair would present a progress report to the next plenary.",
        "The Group agreed that its Vice-Chair will circulate the helpline survey before the next plenary.",
        "It was agreed that its Vice-Chair would prepare a short note on helplines for the next plenary.",
    ],
)
def test_a_modal_clause_of_the_future_after_a_decision_is_a_plan(plan: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``decided that X would ...`` (``will``): a plan the rules read as a decision only (``request_verbs.directs``),
    which the detector's modal form does not read back as a request either."""
    assert _read(plan, True, monkeypatch) == []


def test_a_verb_of_asking_after_a_pronoun_is_the_records_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    asking = "They asked BDT to organize a regional workshop on spectrum monitoring jointly with the regulators."
    assert _read(asking, False, monkeypatch) == []
    assert _read(asking, True, monkeypatch) == [("ask", "body:cwg-cop", ("body:itu-bdt",))]
    stating = "They thanked BDT for organizing a regional workshop on spectrum monitoring jointly with the regulators."
    assert _read(stating, True, monkeypatch) == []


def test_a_run_in_heading_before_the_meetings_own_name_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    asking = "4 Spectrum monitoring The Group encouraged BDT to organize a regional workshop with the regulators."
    assert _read(asking, True, monkeypatch) == [("encourage", "body:cwg-cop", ("body:itu-bdt",))]


def test_no_guess_when_who_asks_or_whom_cannot_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # a subject the reader does not know: no request (the meeting's name would be a guess)
    unread = "The rapporteurs asked BDT to organize a regional workshop on spectrum monitoring with the regulators."
    assert _read(unread, True, monkeypatch) == []
    # an item whose lead was not read: whom it asks is the lead's, unknown
    item = "(ii) encourage Member States to designate national focal points for spectrum monitoring by 30 June 2031;"
    assert _read(item, True, monkeypatch) == []


def test_the_writers_own_plan_is_no_request(monkeypatch: pytest.MonkeyPatch) -> None:
    # "We shall ...": the writer states its own plan; "We" is no party asked
    own = "We shall circulate the revised questionnaire on spectrum monitoring to the regulators before June."
    assert _read(own, True, monkeypatch) == []


def test_the_labeller_reads_an_item_whose_lead_was_not_read_as_the_records_voice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wsiskg.ingest.extract import request_learnt

    item = "(iii) urge BDT to publish a guide on spectrum monitoring for small island states by 30 June 2031;"
    monkeypatch.setattr(request_learnt, "LABELLER", False)
    assert _read(item, True, monkeypatch) == []  # the plain forms leave whom the lead asks unread
    monkeypatch.setattr(request_learnt, "LABELLER", True)
    assert _read(item, True, monkeypatch) == [("urge", "body:cwg-cop", ("body:itu-bdt",))]


def _numbered(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """``sentence`` as a numbered paragraph of the Group's outcome, its opening words the section's heading (as the
    parser reads ``9 ECA will present ...``), where the detector marks a modal clause."""
    from wsiskg.ingest.records import Paragraph, ParsedReport, Section

    rows = ("Member States are urged to complete their national reviews before the consultation of October 2031.",)
    sections = (Section("1", "Recommendations", None, 1), Section("2", sentence[:75] + "…", None, 2))
    paras = (Paragraph(1, "1", rows[0], "body"), Paragraph(2, "2", sentence, "body"))
    report = ParsedReport("t.txt", "text/plain", _TITLE, sections, paras)
    return [parties(x) for x in run(report, "cwg-cop") if x.verb == "agree"]


def test_a_modal_clause_of_the_future_with_no_decision_is_a_plan() -> None:
    """``X will present ...`` with no verb of deciding in its sentence states what X is to do next, as ``decided that
    X will ...`` does (decision 38, ``request_verbs.directs``): no request of the record's voice to X (a directive
    modal, ``shall``, still asks: the test below)."""
    plan = (
        "ECA will present this review to the twenty-sixth session of the Commission on Science and Technology for "
        "Development in Geneva, 8-12 April 2031, as its contribution to the annual report of the Secretary-General."
    )
    assert _numbered(plan) == []
    assert _numbered(plan.replace(" will ", " would ")) == []
