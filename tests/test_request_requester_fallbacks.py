"""A letter that asks in the first person (``I invite``, ``I would ask``) and ends with its closing
formula and the signatory's bare name (no honorific, no post: ``Yours sincerely,`` / ``NAME``): the
name is the person who signs and asks (decision 11), also when the parser took that last name for the
document's title. Every name, body, place and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Extraction

_LETTER = """{place}, {day}

Dear {dear},

Thank you for your letter of {earlier} concerning the {topic}.

{ask} {addressee} to {action} by {due}.

I look forward to our continued cooperation.

{closing}

{name}
"""


_FILLED = {
    "place": "Geneva",
    "day": "14 March 2033",
    "dear": "Colleague",
    "earlier": "2 March 2033",
    "topic": "regional broadband survey",
    "action": "send the completed questionnaires to the Bureau",
    "due": "30 April 2033",
}


def _letter(tmp_path: Path, **parts: str) -> Extraction:
    """The extraction of the invented letter with ``parts`` filled in."""
    return extract(parsed_text(tmp_path, _LETTER.format(**{**_FILLED, **parts})))


@pytest.mark.parametrize(
    ("name", "key", "ask", "addressee", "asked", "closing"),
    [
        (
            "Ilse Vandermolen-Osei",
            "ilse-vandermolen-osei",
            "I invite",
            "Member States",
            "member-states",
            "Yours sincerely,",
        ),
        (
            "Teodor Balasanyan-Kruse",
            "teodor-balasanyan-kruse",
            "I would ask",
            "your secretariat",
            None,
            "Yours faithfully,",
        ),
        (
            "Marisol Quenta-Abernathy",
            "marisol-quenta-abernathy",
            "I also urge",
            "Sector Members",
            "sector-members",
            "Kind regards,",
        ),
    ],
)
def test_a_bare_name_after_the_closing_signs_and_asks(
    tmp_path: Path, name: str, key: str, ask: str, addressee: str, asked: str | None, closing: str
) -> None:
    x = _letter(tmp_path, ask=ask, addressee=addressee, closing=closing, name=name)
    assert key in {p.key for p in x.persons}
    assert x.requests and {(r.requester.kind, r.requester.key) for r in x.requests} == {("person", key)}
    if asked is not None:
        assert asked in {a.key for r in x.requests for a in r.addressees}


def test_a_closing_over_no_name_reads_no_one(tmp_path: Path) -> None:
    x = _letter(
        tmp_path, ask="I invite", addressee="Member States", closing="Yours sincerely,", name="Annex available online"
    )
    assert not any("annex" in p.key for p in x.persons)


_SUMMARY = """Summary of the open consultation on the {topic}

The consultation was co-facilitated by {first}, {role} ({c1}), and {second}, {role} ({c2}).

The {plural} {verb} Member States to {action} by {due}.
"""


_CONSULTED = {
    "topic": "regional digital inclusion plan",
    "c1": "Chile",
    "c2": "Norway",
    "action": "share their national reviews with the secretariat",
    "due": "15 October 2035",
}


@pytest.mark.parametrize(
    ("first", "second", "role", "plural", "verb"),
    [
        ("Ms Oriana Velikova-Sands", "Mr Tamerlan Oduya-Berg", "co-facilitator", "co-facilitators", "invited"),
        ("Dr Sefa Kwarteng-Lund", "Ms Ilona Marquez-Haas", "co-chair", "co-chairs", "encouraged"),
        ("Mr Bastien Kolawole-Ferro", "Ms Yuki Arandjelovic", "moderator", "moderators", "urged"),
    ],
)
def test_a_role_in_the_plural_is_each_of_its_holders(
    tmp_path: Path, first: str, second: str, role: str, plural: str, verb: str
) -> None:
    parts = {"first": first, "second": second, "role": role, "plural": plural, "verb": verb}
    text = _SUMMARY.format(**_CONSULTED, **parts)
    x = extract(parsed_text(tmp_path, text))
    keys = {p.key for p in x.persons if p.name in (first.split(" ", 1)[1], second.split(" ", 1)[1])}
    assert len(keys) == 2
    assert {r.requester.key for r in x.requests} == keys


@pytest.mark.parametrize(
    "closing",
    ["With warm regards,", "With our best regards,", "Warmest regards,", "Respectfully yours,", "Cordially,"],
)
def test_any_closing_formula_before_the_bare_name_signs(tmp_path: Path, closing: str) -> None:
    """Closings are one data list (``author-cues.csv``, kind ``closing``, maybe after a ``closing-lead``:
    ``With``, ``With our``): every variant makes the bare name under it the one who signs and asks."""
    x = _letter(tmp_path, ask="I invite", addressee="Member States", closing=closing, name="Ilse Vandermolen-Osei")
    assert {(r.requester.kind, r.requester.key) for r in x.requests} == {("person", "ilse-vandermolen-osei")}


_HEADLESS = """Dr Odile Fanon-Marsh

I invite all Member States to send their comments to the Group by 30 June 2034.

The Group will meet again in Nairobi on 14 September 2034.

Mr Kwesi Appiah-Lund, Chair of the Telecommunication Development Advisory Group, will attend.

With my best regards,

Chair, Telecommunication Development Advisory Group
"""


def test_a_post_after_the_closing_under_a_title_that_is_its_holders_name_is_that_person(tmp_path: Path) -> None:
    """A headless letter whose signature's name the parser took for its title: the post line left after the
    closing is signed by the person the title names when that person holds it (another holder named: no one holder)."""
    parsed = parsed_text(tmp_path, _HEADLESS)
    x = extract(parsed)
    assert x.requests and {(r.requester.kind, r.requester.key) for r in x.requests} == {("person", "odile-fanon-marsh")}


_CONTRIBUTIONS = {
    "KOR": (
        "World Summit on the Information Society\nDocument WSIS-II/PC-2/CONTR/14-E\n"
        "Second Preparatory Committee Meeting (PrepCom-2)\nGeneva, 17-25 February 2031\nOriginal: English\n"
        "Republic of Korea\nCONTRIBUTION ON THE FOLLOW-UP MECHANISM\n\n"
        "1. Korea will host an Asia-Pacific ministerial conference on broadband in Seoul in the autumn of 2031 and "
        "encourages all Asia-Pacific governments to participate.\n"
    ),
    "KEN": (
        "Council Working Group on WSIS&SDG\nThirtieth meeting, Geneva, 10-11 February 2031\n"
        "Document CWG-WSIS&SDG-30/7-E\nOriginal: English\nContribution from Kenya\n"
        "REGIONAL FOLLOW-UP OF THE ACTION LINES\n\n"
        "1. Our country will host a regional forum on the action lines in Nairobi in June 2031 and invites all "
        "African regulators to attend it.\n"
    ),
    "GHA": (
        "Telecommunication Development Advisory Group (TDAG)\nThirty-fifth meeting, Geneva, 12-14 May 2031\n"
        "Document TDAG-31/22-E\nOriginal: English\nContribution from Ghana\nDIGITAL SKILLS FOR RURAL WOMEN\n\n"
        "1. Our administration will launch a digital skills programme for rural women in 2031 and invites the "
        "Bureau to support it.\n"
    ),
}


@pytest.mark.parametrize("country", sorted(_CONTRIBUTIONS))
def test_a_contributions_unread_subject_is_its_author_not_the_meeting_it_is_for(tmp_path: Path, country: str) -> None:
    """A contribution records no meeting: a verb whose subject the reader cannot name (``Korea will host X and
    encourages Y to ...``) is its author's, not the body of the meeting its header names."""
    x = extract(parsed_text(tmp_path, _CONTRIBUTIONS[country]))
    assert [(r.requester.kind, r.requester.key) for r in x.requests] == [("country", country)]
