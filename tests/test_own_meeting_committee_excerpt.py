"""The report's own meeting, round 34: an excerpt cut before its header whose only clue to its body is a committee
outside the catalogue (``The Standing Committee on X (SCX) agreed ...``) records that committee's meeting, undated
(``presumed_body._meets``: a body outside the catalogue headed by a group's noun, ``meeting_words.csv``, role
``group``). Names, places and dates are our own."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.presumed_body import presumed_meeting_body


@pytest.mark.parametrize(
    ("lines", "key"),
    [
        (
            (
                "the draft to the Bureau for comments.",
                "4.3 The Standing Committee on Spectrum Management (SCSM) agreed to establish a correspondence group "
                "on fees.",
                "The Committee noted the report of the Secretariat and decided to review it at its next meeting.",
            ),
            "scsm",
        ),
        (
            (
                "of the Plenary.",
                "5.1 The Committee on Digital Trade (CDT) took note of the report presented by the Chair, Ms Rana "
                "Haddad (Jordan).",
                "5.2 The Committee agreed to invite administrations to submit contributions by 1 March 2032.",
            ),
            "cdt",
        ),
        (
            (
                "were discussed at length.",
                "The Joint Committee for Regional Coordination noted the progress report and asked the Secretariat "
                "to circulate it.",
                "The Joint Committee decided to meet again in 2032.",
            ),
            "joint-committee-for-regional-coordination",
        ),
    ],
)
def test_an_excerpt_of_a_committee_outside_the_catalogue_records_its_meeting(lines: tuple[str, ...], key: str) -> None:
    report = make_report(*lines)
    assert presumed_meeting_body(report) == key
    assert _meeting(report) == (key, None, None, None)


def test_a_catalogue_group_named_first_stays_the_presumed_body() -> None:
    # the committee comes after the catalogue's working group: the group the excerpt is about is the first named
    report = make_report(
        "and the text was approved.",
        "3.1 The Council Working Group on Child Online Protection (CWG-COP) reviewed the draft prepared by the "
        "Drafting Committee on Guidelines (DCG) and agreed to forward it.",
        "The Group noted the report.",
    )
    assert presumed_meeting_body(report) == "cwg-cop"


@pytest.mark.parametrize(
    "line",
    [
        "2.4 The representative of the Regional Standards Committee (RSC) presented Document 12 on numbering and the "
        "meeting noted it.",
        "2.4 On behalf of the Expert Group on Telecommunication/ICT Indicators (EGTI), Mr Juan Ortiz presented "
        "Document 12 on numbering and the meeting noted it.",
        "2.4 The delegate of the Joint Committee for Regional Coordination (JCRC) presented Document 12 and the "
        "meeting noted it.",
    ],
)
def test_a_group_a_speaker_stands_for_is_not_the_presumed_body(line: str) -> None:
    # nor by its acronym in brackets after the name
    report = make_report("of the session.", line, "The meeting agreed to consider it further.")
    assert presumed_meeting_body(report) is None


@pytest.mark.parametrize(
    "cut",
    [
        "rs of the Working Groups and the Drafting Committee.",
        "by the Credentials Committee and the Editorial Committee.",
        "ment of the Steering Committee.",
    ],
)
def test_a_meetings_committee_named_by_its_task_alone_is_not_the_presumed_body(cut: str) -> None:
    # a conference's own committee (no topic after its head, no acronym): not the group the excerpt is about
    report = make_report(cut, "2.1 The meeting agreed on the structure of the proposals.", "The meeting closed.")
    assert presumed_meeting_body(report) is None
