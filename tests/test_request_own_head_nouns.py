"""``The group`` / ``the committee`` written in lower case in the record of a group is the meeting's
body (decision 41), as ``The Group`` is, not the post that submits the record; a meeting body's name
written in capitals (``STANDING COMMITTEE ON X``) gives its head noun too. Every name, place and
sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.requests import _own_head

_SOURCED = """TSAG-TD {number}
TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP
Geneva, {dates}

Source: {post}, {name}
Title: Report of the {acr} meeting, {day}

1 The {name} ({acr}) met on {day}. The {post}, {chair}, chaired the meeting.

2 The {head} {verb} {addressee} to {action}.
"""


@pytest.mark.parametrize(
    ("name", "acr", "post", "head", "verb", "addressee", "own", "asked"),
    [
        (
            "TSAG Rapporteur Group on Regional Outreach",
            "RG-RO",
            "Rapporteur",
            "group",
            "requested",
            "TSB",
            "rg-ro",
            "itu-tsb",
        ),
        (
            "TSAG Correspondence Group on Numbering Misuse",
            "CG-NM",
            "Convener",
            "group",
            "invited",
            "Sector Members",
            "cg-nm",
            "sector-members",
        ),
        (
            "TSAG Drafting Committee on Working Methods",
            "DC-WM",
            "Chairman",
            "committee",
            "invited",
            "Sector Members",
            "dc-wm",
            "sector-members",
        ),
    ],
)
def test_the_group_in_lower_case_is_the_meeting_body(
    tmp_path: Path, name: str, acr: str, post: str, head: str, verb: str, addressee: str, own: str, asked: str
) -> None:
    text = _SOURCED.format(
        number="512",
        dates="2 – 6 February 2032",
        post=post,
        name=name,
        acr=acr,
        day="3 February 2032",
        chair="Mr Oskar Lindqvist-Mbeki (Sweden)",
        head=head,
        verb=verb,
        addressee=addressee,
        action="compile a list of regional events",
    )
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is not None and x.meeting.body == own
    assert [(r.requester.kind, r.requester.key, tuple(a.key for a in r.addressees)) for r in x.requests] == [
        ("body", own, (asked,))
    ]


@pytest.mark.parametrize(
    ("name", "said", "other"),
    [
        ("STANDING COMMITTEE ON PREMISES AND ASSETS", "The Committee", "The Commission"),
        ("AD HOC GROUP ON LANGUAGE SERVICES", "the group", "the Groups"),
        ("REGIONAL STEERING BOARD FOR THE ANDES", "The Board", "The Boardroom"),
    ],
)
def test_a_name_in_capitals_gives_its_head_noun(name: str, said: str, other: str) -> None:
    head = _own_head(name)
    assert head is not None and head.fullmatch(said) and not head.fullmatch(other)


@pytest.mark.parametrize(
    ("label", "phrase", "own"),
    [
        # round 35: the head of the author's name ends before the preposition that goes on with it, in any case
        ("AD HOC GROUP ON HARBOUR DATA", "The group", True),
        ("Drafting Committee For Island Tariffs", "this committee", True),
        ("REGIONAL OFFICE IN APIA", "The Office", True),
        ("expert panel to review coastal radio", "The panel", True),
        ("JOINT TASK FORCE (JTF-7), SECOND MEETING", "The force", True),
        ("AD HOC GROUP ON HARBOUR DATA", "The data", False),  # a word of its topic, not its head
        ("HARBOUR STEERING BOARD", "The harbour", False),  # the first word, not the last
    ],
)
def test_the_author_named_by_its_head_noun_in_any_case(label: str, phrase: str, own: bool) -> None:
    from types import SimpleNamespace

    from wsiskg.ingest.extract.request_subject_heads import _author_head
    from wsiskg.ingest.records import AgentRef

    author = AgentRef("body", "author", label)
    reader = SimpleNamespace(voice=SimpleNamespace(author=author))
    assert _author_head(reader, phrase) == (author if own else None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "said", "other"),
    [
        ("ITU-D Study Group 3", "the study group", "the working group"),
        ("Working Party on Spectrum Pricing", "The Working Party", "The study party"),
        ("Council Working Group on Harbour Data", "the council working group", "the council group"),
        ("Expert Group on Tariff Statistics", "This expert group", "This expert"),
    ],
)
def test_the_head_with_the_words_of_the_name_before_it(name: str, said: str, other: str) -> None:
    head = _own_head(name)
    assert head is not None and head.fullmatch(said) and not head.fullmatch(other)


_LIAISON = """INTERNATIONAL TELECOMMUNICATION UNION
TELECOMMUNICATION DEVELOPMENT SECTOR
Source: ITU-D Study Group 3
To: ITU-T Study Group 11
Title: Liaison statement on rural backhaul costing

1 ITU-D Study Group 3 met in Geneva from 6 to 9 May 2033 and reviewed the draft costing guide.

2 The study group {adverb} invites ITU-T Study Group 11 to comment on the guide by 30 September 2033. It also asks \
the rapporteurs of Study Group 11 to send their case studies to the Rapporteur.
"""


@pytest.mark.parametrize("adverb", ["therefore", "also", "further"])
def test_the_study_group_and_an_adverb_is_the_source_group(tmp_path: Path, adverb: str) -> None:
    x = extract(parsed_text(tmp_path, _LIAISON.format(adverb=adverb)))
    assert [(r.requester.key, tuple(a.label for a in r.addressees)) for r in x.requests] == [
        ("itu-d-sg3", ("ITU-T Study Group 11",)),
        ("itu-d-sg3", ("rapporteurs of Study Group 11",)),
    ]


_PARENT_RECORD = """ITU-D STUDY GROUP 2 - SEVENTH STUDY PERIOD (2030-2033)

Excerpt: Chapter 5 - Conclusions

This Final Report was prepared by the {group} on Harbour Radio Safety, led by its Rapporteur, Mr Tavita \
Lemalu-Sandvik (Samoa).

The harbour studies show that small ports lose contact with ships for hours when a single repeater fails.

The Rapporteur Group recommends that port administrations keep a spare repeater at each harbour entrance.
"""


def test_a_group_named_by_the_words_before_its_topic_is_that_group_not_the_record_s_body(tmp_path: Path) -> None:
    """``The Rapporteur Group recommends ...`` in a study group's report that names the ``Rapporteur Group on X``: the
    one body so named asks (its words alone are its short form; decision 55), not the study group (a role word
    before ``Group`` had it read as the record's body)."""
    report = parsed_text(tmp_path, _PARENT_RECORD.format(group="Rapporteur Group"))
    asked = [r.requester.key for r in extract(report).requests]
    assert asked == ["rapporteur-group-on-harbour-radio-safety"]


def test_a_group_whose_name_has_more_words_before_its_topic_is_not_named_so(tmp_path: Path) -> None:
    """``The Rapporteur Group`` where the report names a ``Joint Rapporteur Group on X``: the words before the topic
    differ, so the subject is not that group's short form and stays the record's body."""
    report = parsed_text(tmp_path, _PARENT_RECORD.format(group="Joint Rapporteur Group"))
    asked = [r.requester.key for r in extract(report).requests]
    assert asked == ["itu-d-sg2"]
