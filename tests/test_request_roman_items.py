"""Items of a list of decisions numbered in Roman numerals (issue 8, round 41): ``The meeting resolved:`` then
``i. to request X to ...`` / ``ii. to mandate Y to ...`` (a numeral and a dot, or ``iii)``) are one request each of
the meeting body, as lettered items are; a list's subject then its items numbered inline in one paragraph (``The
Council: (i) urged X to ...; (ii) directed Y to ...; (iii) requested Z to ...``) too. Every name and sentence is
invented."""

from __future__ import annotations

import pytest
from extract_support import labelled_requests, one_section_report

from wsiskg.ingest.extract import extract

_GROUPS = {
    "rural": "Report of the second meeting of the Expert Group on Rural Connectivity (Dakar, 4-6 June 2031)",
    "numbering": "Summary of the fifth meeting of the Working Group on Numbering Resources (Quito, 10-11 March 2029)",
    "ageing": "Report of the first meeting of the Working Group on Ageing Infrastructure (Suva, 2-3 August 2030)",
}
_NAMES = {
    "rural": "Expert Group on Rural Connectivity",
    "numbering": "Working Group on Numbering Resources",
    "ageing": "Working Group on Ageing Infrastructure",
}


@pytest.mark.parametrize(
    ("group", "texts", "whom"),
    [
        (
            "rural",
            (
                "4. The meeting resolved:",
                "i. to request Member States to confirm their support for each proposal by 15/10/2031;",
                "ii. to mandate the Bureau to submit the approved proposals not later than 31/01/2032;",
                "iii. to urge Sector Members to nominate candidates for the posts of vice-chairmen.",
            ),
            ["Member States", "the Bureau", "Sector Members"],
        ),
        (
            "numbering",
            (
                "The Group decided:",
                "i) to invite regulators to share their numbering plans before the next meeting;",
                "ii) to ask the Rapporteurs to compile the replies;",
                "iii) to instruct the secretariat to publish the compilation by 1 June 2029.",
            ),
            ["regulators", "Rapporteurs", "Secretariat of the {}"],
        ),
        (
            "ageing",
            (
                "Having reviewed the replies to the survey, the meeting agreed:",
                "(i) to encourage operators to report the age of their exchanges;",
                "(ii) to request the Chairman to present the findings to the Council;",
                "(iii) to call upon Member States to fund the pilot studies.",
            ),
            ["operators", "Chair, {}", "Member States"],
        ),
    ],
)
def test_decision_items_numbered_in_roman_numerals_are_one_request_each(
    group: str, texts: tuple[str, ...], whom: list[str]
) -> None:
    got = labelled_requests(extract(one_section_report(_GROUPS[group], *texts)))
    assert [requester for _, requester, _ in got] == [_NAMES[group]] * 3
    assert [addressees for _, _, addressees in got] == [[w.format(_NAMES[group])] for w in whom]


@pytest.mark.parametrize(
    ("group", "text", "whom"),
    [
        (
            "rural",
            "The Group: (i) urged Member States in arrears to regularize their situation before 31 December 2031; "
            "(ii) directed the Chairman to present a revised work plan to its next meeting; (iii) requested the "
            "Regional Office to continue its support on capacity building.",
            ["Member States", "Chair, {}", "Regional Office"],
        ),
        (
            "numbering",
            "At its closing session, the meeting: (i) invited regulators to publish their numbering plans; "
            "(ii) asked the Rapporteurs to prepare a draft report; and (iii) encouraged operators to take part in "
            "the survey.",
            ["regulators", "Rapporteurs", "operators"],
        ),
        (
            "ageing",
            "The Working Group: i) called on Member States to fund the pilot studies; ii) requested the "
            "secretariat to circulate the questionnaire by 1 September 2030.",
            ["Member States", "Secretariat of the {}"],
        ),
    ],
)
def test_items_numbered_inline_in_roman_numerals_after_a_list_subject_each_ask(
    group: str, text: str, whom: list[str]
) -> None:
    got = labelled_requests(extract(one_section_report(_GROUPS[group], text)))
    assert [requester for _, requester, _ in got] == [_NAMES[group]] * len(whom)
    assert [addressees for _, _, addressees in got] == [[w.format(_NAMES[group])] for w in whom]


def test_a_roman_numeral_inside_a_sentence_starts_no_item() -> None:
    got = labelled_requests(
        extract(
            one_section_report(
                _GROUPS["rural"],
                "The Group noted options (i) and (ii) of the study and invited Member States to comment on them.",
            )
        )
    )
    assert got == [("body", _NAMES["rural"], ["Member States"])]
