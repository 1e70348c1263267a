"""Who asks when a request's subject is a body's head noun alone (``The Forum invited ...``, ``The Summit
encouraged ...``) that the resolver places nowhere: the requester model walks out from the sentence (decision
23) to the body last named as a subject with that head, the meeting body (also by the name its acronym spells
in the title), the body of the document's front, and the body the title names with that head; never a body
the text does not name. Every name, place and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

#: a record whose meeting body is known only by its acronym; the title spells the name after a dash
_ACRONYM_TITLE = """{acr} 2031 — {name} (hybrid)
Date: 14.05.2031 – 15.05.2031
Summary of outcomes

1. Opening. The {head} was held in {city} and opened by {opener}.

2. Outcomes.
2.1 The {head} {verb} {addressee} to {action} by 30.09.2031.
"""

#: highlights of one session of an event the title names (the meeting read is the session)
_SESSION_OF_TITLED = (
    "{name} 2032 - Outcomes: Highlights\n\nSession on {topic} (12 June 2032)\n\n"
    "The session heard from ministers and regulators of twelve countries. "
    "The {head} {verb} {addressee} to {action} by 31 August 2032.\n"
)


@pytest.mark.parametrize(
    ("acr", "name", "head", "city", "opener", "verb", "addressee", "action"),
    [
        (
            "KDF-SEA",
            "Kestrel Digital Forum for South-East Asia",
            "Forum",
            "Vientiane",
            "Ms Dara Phommachanh-Olsen, Minister of Posts",
            "invited",
            "the Mekong Telecom Council",
            "publish its spectrum roadmap",
        ),
        (
            "GSS-NA",
            "Granite Spectrum Symposium for North Africa",
            "Symposium",
            "Tunis",
            "Mr Hedi Ben Salah-Ortega, Secretary of State",
            "requested",
            "the Maghreb Radio Office",
            "circulate the draft band plan",
        ),
        (
            "PDF-CAR",
            "Pelican Development Forum for the Caribbean",
            "Forum",
            "Bridgetown",
            "Mr Desmond Alleyne-Kowalski, Permanent Secretary",
            "encouraged",
            "the Caribbean Numbering Bureau",
            "share its numbering audit",
        ),
    ],
)
def test_head_noun_of_a_meeting_body_known_by_its_acronym(
    tmp_path: Path, acr: str, name: str, head: str, city: str, opener: str, verb: str, addressee: str, action: str
) -> None:
    text = _ACRONYM_TITLE.format(
        acr=acr, name=name, head=head, city=city, opener=opener, verb=verb, addressee=addressee, action=action
    )
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is not None
    asked = [r for r in x.requests if any(a.label == addressee.removeprefix("the ") for a in r.addressees)]
    assert [r.requester.key for r in asked] == [x.meeting.body]


@pytest.mark.parametrize(
    ("name", "head", "topic", "verb", "addressee", "action"),
    [
        (
            "Lakeside Innovation Forum",
            "Forum",
            "rural broadband",
            "invited",
            "regulators",
            "share their coverage maps",
        ),
        (
            "Coral Coast Broadband Summit",
            "Summit",
            "island connectivity",
            "encouraged",
            "operators",
            "publish their rural tariffs",
        ),
        (
            "Northern Lights Digital Forum",
            "Forum",
            "public access points",
            "urged",
            "municipalities",
            "report the locations of their access points",
        ),
    ],
)
def test_head_noun_of_the_event_the_title_names(
    tmp_path: Path, name: str, head: str, topic: str, verb: str, addressee: str, action: str
) -> None:
    text = _SESSION_OF_TITLED.format(name=name, head=head, topic=topic, verb=verb, addressee=addressee, action=action)
    x = extract(parsed_text(tmp_path, text))
    assert [(r.requester.label, [a.label for a in r.addressees]) for r in x.requests] == [(name, [addressee])]


@pytest.mark.parametrize(
    ("text", "requesters"),
    [
        (  # the body that was the last subject with that head, not the one the title names, goes on asking
            "Lakeside Broadband Commission 2032 - Outcomes: Highlights\n\nSession on rural broadband (12 June 2032)\n\n"
            "The Amber Valley Regulatory Commission (AVRC) urged ministers to fund school connections. "
            "The Commission also invited regulators to share their coverage maps by 31 August 2032.\n",
            ["Amber Valley Regulatory Commission"] * 2,
        ),
        (  # a head noun no name in the text has (no forum under this title) is no requester
            "Notes of the regional consultation on rural broadband (12 June 2032)\n\n"
            "Ministers and regulators of twelve countries took part. "
            "The Forum invited regulators to share their coverage maps by 31 August 2032.\n",
            [],
        ),
    ],
)
def test_head_noun_names_only_a_body_the_text_names(tmp_path: Path, text: str, requesters: list[str]) -> None:
    x = extract(parsed_text(tmp_path, text))
    assert [r.requester.label for r in x.requests] == requesters


#: a contribution whose writer names itself by its kind further down (``The company invites ...``)
_WRITER_CONTRIBUTION = """Working Party {wp}
Geneva, 3-7 May 2032

Source: {writer}
Title: {title}

1 Introduction
{writer} has tested {topic} in three pilot regions.

2 Proposal
The {noun} {adverb}invites {addressee} to {action} before the next meeting of the Working Party.
"""


@pytest.mark.parametrize(
    ("wp", "writer", "title", "topic", "noun", "adverb", "addressee", "action"),
    [
        (
            "9Z",
            "Brightwater Orbital Links Ltd",
            "Results of rain-fade trials",
            "rain-fade mitigation",
            "company",
            "",
            "other satellite operators",
            "share their rain-fade measurements",
        ),
        (
            "8Q",
            "Universidad Andina de Ciencias Digitales",
            "Accessible e-services in small towns",
            "an accessibility test protocol",
            "University",
            "also ",
            "the regional accessibility experts",
            "comment on the test protocol",
        ),
        (
            "6K",
            "Oakridge Spectrum Analytics GmbH",
            "Interference in the 26 GHz band",
            "a field campaign",
            "firm",
            "therefore ",
            "incumbent operators",
            "provide their station locations",
        ),
        (
            "7X",
            "Tamarind Institute of Spectrum Studies",
            "Spectrum sharing in rural areas",
            "a shared-spectrum database",
            "Institute",
            "further ",
            "national regulators",
            "report their sharing arrangements",
        ),
    ],
)
def test_writer_named_by_its_kind_is_the_author(
    tmp_path: Path,
    wp: str,
    writer: str,
    title: str,
    topic: str,
    noun: str,
    adverb: str,
    addressee: str,
    action: str,
) -> None:
    text = _WRITER_CONTRIBUTION.format(
        wp=wp, writer=writer, title=title, topic=topic, noun=noun, adverb=adverb, addressee=addressee, action=action
    )
    x = extract(parsed_text(tmp_path, text))
    asked = [r for r in x.requests if r.action.startswith(action.split()[0])]
    assert [r.requester.label for r in asked] == [writer]


@pytest.mark.parametrize(
    "text",
    [
        (  # two companies named and neither writes: "The company" names no one the reader can place
            "Source: Ministry of Posts of Freedonia\nTitle: Rural backhaul\n\n"
            "Brightwater Orbital Links Ltd and Kestrelwave Networks GmbH ran the trials. "
            "The company invites operators to share their measurements by 30 June 2032.\n"
        ),
        (  # a meeting's record: a participant's company is not the writer
            "Summary of the second meeting of the Rural Backhaul Group\nGeneva, 4 May 2032\n\n"
            "1 The meeting was opened by the Chairman, Mr Ivo Stankovic-Rahman (Serbia).\n"
            "2 Ms Lena Okoro-Haas of Brightwater Orbital Links Ltd presented the trial results. "
            "The company invited operators to share their measurements by 30 June 2032.\n"
        ),
    ],
)
def test_writer_noun_names_no_one_it_cannot_place(tmp_path: Path, text: str) -> None:
    x = extract(parsed_text(tmp_path, text))
    companies = [r.requester.label for r in x.requests if r.requester.label.endswith(("Ltd", "GmbH"))]
    assert companies == []


@pytest.mark.parametrize(
    ("text", "requester", "addressee"),
    [
        (  # the subject of the clause that opens the sentence
            "Opening remarks\n\nWhen the Kestrel Telecommunications Union met in Apia in March 2031, it asked the "
            "regional regulators to publish their roaming tariffs by 30 June 2031.\n",
            "Kestrel Telecommunications Union",
            "regional regulators",
        ),
        (  # another word opening the clause
            "Address to the ministers\n\nOnce the Amber Coast Broadband Commission had approved the pilot for five "
            "more islands in May 2031, it invited the island councils to nominate focal points.\n",
            "Amber Coast Broadband Commission",
            "island councils",
        ),
        (  # the sentence before, in the same paragraph, names other bodies after its subject
            "Notes of the Task Group\n\n3 The Pelican Digital Inclusion Board, of which the Lagoon Statistics "
            "Institute is a member together with the Reef Telecom Office, met in Suva on 2 March 2032. It requested "
            "the national statistics offices to test the questionnaire by 1 May 2032.\n",
            "Pelican Digital Inclusion Board",
            "national statistics offices",
        ),
    ],
)
def test_pronoun_is_the_subject_it_refers_back_to(tmp_path: Path, text: str, requester: str, addressee: str) -> None:
    x = extract(parsed_text(tmp_path, text))
    asked = [r for r in x.requests if any(a.label == addressee for a in r.addressees)]
    assert [r.requester.label for r in asked] == [requester]


@pytest.mark.parametrize(
    "text",
    [
        (  # the sentence before is in another paragraph: no walk across it
            "Notes of the Task Group\n\n3 The Pelican Digital Inclusion Board reviewed the draft survey.\n\n"
            "4 It also requested the national statistics offices to test the questionnaire by 1 May 2032.\n"
        ),
        (  # the opening clause's subject is a person: ``it`` does not name her
            "Opening remarks\n\nWhen Ms Ilse Vantongeren-Mbeki visited Apia in March 2031, it asked the regional "
            "regulators to publish their roaming tariffs by 30 June 2031.\n"
        ),
    ],
)
def test_pronoun_walks_no_further_than_its_paragraph(tmp_path: Path, text: str) -> None:
    x = extract(parsed_text(tmp_path, text))
    named = {"Pelican Digital Inclusion Board", "Ilse Vantongeren-Mbeki"}
    assert not [r for r in x.requests if r.requester.label in named]
