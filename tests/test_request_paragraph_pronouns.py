"""``It`` opening a paragraph stands for the body the paragraph before ends on (issue 8, round 60;
``request_paragraph_pronouns``): a chairman's report that gives each meeting its paragraph goes on in the next one
with the pronoun alone (``The fourth meeting of the CWG-FHR, held ..., was chaired by ... It considered ...`` /
``It asked the secretariat to ..., and invited ...``), and the first verb asked no one. Every name, body and sentence
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_HEAD = "{title}\nReport of the Chairman to the Council, 2033\n\n1 Meetings of the Group\n\n"


def _pairs(tmp_path: Path, title: str, body: str) -> list[tuple[str, str, str]]:
    x = extract(parsed_text(tmp_path, _HEAD.format(title=title) + body))
    return [(r.verb, r.requester.key, r.action.split()[0]) for r in x.requests]


@pytest.mark.parametrize(
    ("title", "before", "after", "key"),
    [
        (
            "Council Working Group on Financial and Human Resources",
            "The fourth meeting of the CWG-FHR, held on 3 and 4 March 2033 in hybrid format, was chaired by "
            "Ms Ilse Marquardt-Osei (Ghana), with the Vice-Chairs Mr Tomasz Wierzbicki (Poland) and Mr Ruben "
            "Castellanos-Vik (Norway). It considered nine contributions from Member States.",
            "It asked the secretariat to publish the contributions within two weeks, and invited the Chairman to "
            "report to the Council at its 2033 session.",
            "cwg-fhr",
        ),
        (
            "Council Working Group on Child Online Protection",
            "The eleventh meeting of the CWG-COP took place in Geneva on 9 September 2033 under the chairmanship of "
            "Dr Hana Oyelaran-Dube (Nigeria). It reviewed the draft guidelines. It heard a report of the youth panel.",
            "It requested the secretariat to translate the guidelines into the six languages, and encouraged "
            "Sector Members to test them.",
            "cwg-cop",
        ),
        (
            "Council Working Group on Child Online Protection",
            "The Group reviewed the results of the online consultation held in May 2033.",
            "It instructed the secretariat to prepare a summary of the replies, and invited Member States to comment "
            "on it by 1 December 2033.",
            "cwg-cop",
        ),
    ],
)
def test_it_opening_a_paragraph_is_the_body_the_paragraph_before_ends_on(
    tmp_path: Path, title: str, before: str, after: str, key: str
) -> None:
    got = _pairs(tmp_path, title, f"{before}\n\n{after}\n")
    assert len(got) == 2
    assert {requester for _, requester, _ in got} == {key}


def test_a_numbered_paragraph_after_the_meeting_s_paragraph_goes_on_with_its_body(tmp_path: Path) -> None:
    """The parser makes numbered paragraphs (``2.1``, ``2.2``) sections of their own: one part all the same."""
    body = (
        "2 Fifth meeting\n\n"
        "2.1 The fifth meeting of the CWG-COP, held on 2 February 2033, was chaired by Dr Hana Oyelaran-Dube "
        "(Nigeria). It considered four contributions.\n\n"
        "2.2 It asked the secretariat to circulate a questionnaire to Member States, and invited the Chairman to "
        "present the replies at the next meeting.\n"
    )
    got = _pairs(tmp_path, "Council Working Group on Child Online Protection", body)
    assert {requester for _, requester, _ in got} == {"cwg-cop"}
    assert [action for _, _, action in got] == ["circulate", "present"]


@pytest.mark.parametrize(
    ("before", "named"),
    [
        ("Ms Ilse Marquardt-Osei (Ghana) presented the results of the regional survey.", "ilse-marquardt-osei"),
        ("Ghana presented the results of its national survey.", "GHA"),
    ],
)
def test_it_after_a_paragraph_on_a_person_or_a_country_is_never_that_one(
    tmp_path: Path, before: str, named: str
) -> None:
    """Only a body goes on across paragraphs: a person or a country the paragraph before opens with is not ``It``."""
    body = f"{before}\n\nIt asked the secretariat to publish the results.\n"
    got = _pairs(tmp_path, "Council Working Group on Child Online Protection", body)
    assert named not in {requester for _, requester, _ in got}
