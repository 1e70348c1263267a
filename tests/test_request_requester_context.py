"""Who asks in a message or a letter that names its speaker only at its end: a name alone on the last
line, right after the last sentence and with no closing formula (``... no one behind.`` / ``NAME``), and
a post line under it that says who delivered the message (``[Post - message read by Mr A]``). The name
is the person who speaks and asks (decision 11: the person named, with no post when none is written).
Every name, body, day and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Extraction

_MESSAGE = """Message of the {post} on {day}

{date}

{opening}

{ask} {addressee} to {action}.

On this day, let us {close}.

{name}
{note}"""


_FILLED = {
    "post": "Director-General",
    "day": "World Radio Listeners Day",
    "date": "3 February 2034",
    "opening": "Radio still reaches more people than any other medium, in towns and in the remotest valleys.",
    "close": "keep every voice on the air",
    "note": "",
}


def _message(tmp_path: Path, **parts: str) -> Extraction:
    """The extraction of the invented message with ``parts`` filled in."""
    return extract(parsed_text(tmp_path, _MESSAGE.format(**{**_FILLED, **parts})))


@pytest.mark.parametrize(
    ("name", "key", "ask", "addressee", "asked", "action"),
    [
        (
            "Aurelio Bramstedt-Okonkwo",
            "aurelio-bramstedt-okonkwo",
            "I urge",
            "Member States",
            "member-states",
            "protect the frequencies of community broadcasters",
        ),
        (
            "Liesel Mwangaza-Torvik",
            "liesel-mwangaza-torvik",
            "I also call on",
            "all broadcasters",
            "broadcasters",
            "carry emergency warnings in every local language",
        ),
        (
            "Hyacinth Obiora-Lindqvist",
            "hyacinth-obiora-lindqvist",
            "I invite",
            "Governments",
            "governments",
            "report on their radio coverage by the end of 2035",
        ),
    ],
)
def test_a_name_alone_ending_a_message_speaks_and_asks(
    tmp_path: Path, name: str, key: str, ask: str, addressee: str, asked: str, action: str
) -> None:
    x = _message(tmp_path, name=name, ask=ask, addressee=addressee, action=action)
    assert key in {p.key for p in x.persons}
    assert x.requests and {(r.requester.kind, r.requester.key) for r in x.requests} == {("person", key)}
    assert asked in {a.key for r in x.requests for a in r.addressees}


@pytest.mark.parametrize(
    ("name", "key", "note"),
    [
        (
            "Oskar Ferreira-Nakamura",
            "oskar-ferreira-nakamura",
            "[Director-General of the Broadcasting Union - read by the Deputy, Ms Ines Kallio-Baptiste]",
        ),
        (
            "Amara Lindgren-Oyelaran",
            "amara-lindgren-oyelaran",
            "[Secretary-General of the Postal Union \u2013 message delivered by Mr Tarik Haldorsen-Mbeki]",
        ),
        (
            "Caetano Wierzbicki-Ade",
            "caetano-wierzbicki-ade",
            "[Executive Secretary of the Regional Commission - read on his behalf by Mr Per Odhiambo-Larsen]",
        ),
    ],
)
def test_a_name_above_a_delivery_note_speaks(tmp_path: Path, name: str, key: str, note: str) -> None:
    x = _message(
        tmp_path, name=name, note=note, ask="I call on", addressee="Member States", action="fund rural transmitters"
    )
    assert key in {p.key for p in x.persons}
    assert {(r.requester.kind, r.requester.key) for r in x.requests} == {("person", key)}


def test_a_last_line_that_is_a_sentence_names_no_speaker(tmp_path: Path) -> None:
    x = _message(
        tmp_path,
        name="Thank you.",
        ask="I urge",
        addressee="Member States",
        action="protect the frequencies of community broadcasters",
    )
    assert not x.persons
    assert not any(r.requester.kind == "person" for r in x.requests)


def test_a_name_closing_a_meeting_record_is_no_signature(tmp_path: Path) -> None:
    text = (
        "Summary record of the second meeting of the Radio Working Group\n\n"
        "The Working Group invited Member States to protect the frequencies of community broadcasters.\n\n"
        "The meeting rose at 17:30.\n\n"
        "Ottoline Brazauskas-Webb\n"
    )
    x = extract(parsed_text(tmp_path, text))
    assert "ottoline-brazauskas-webb" not in {p.key for p in x.persons}
