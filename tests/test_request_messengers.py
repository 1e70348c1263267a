"""A speaker asked by someone named to carry their words asks no one (``request_messengers.carried_message``); a
task given to the speaker stays. Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.request_messengers import carried_message
from wsiskg.ingest.records import AgentRef, Request

_SPEECH = """Address by Mr Oskar Lindahl-Mwangi, Director, Coastal Data Office
Baltic Forum on Ocean Data
Riga, 3 June 2037

Excellencies, ladies and gentlemen,

{sentence}

I invite all coastal administrations to join the data exchange by the end of 2038.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary-General of the Organization, Ms Ilka Varga-Moreau, has asked me to convey her warm greetings.",
        "The Minister of the Sea, Mr Jānis Ozoliņš-Berg, requested me to deliver this statement on his behalf.",
        "Our President, Dr Amara Sesay-Holm, has asked me to extend her best wishes for the success of the Forum.",
        "I have been asked by the Minister of the Sea, Mr Jānis Ozoliņš-Berg, to read his message to the Forum.",
    ],
)
def test_a_speaker_asked_to_carry_words_is_no_request(tmp_path: Path, sentence: str) -> None:
    found = extract(parsed_text(tmp_path, _SPEECH.format(sentence=sentence))).requests
    assert [(r.verb, r.action.split()[0]) for r in found] == [("invite", "join")]


def test_a_task_given_to_the_speaker_stays() -> None:
    """``asked me to present a report on X``: work asked for, no words carried; ``convey`` in another sentence than
    the one that asks the speaker carries nothing either."""
    council = AgentRef("body", "itu-council", "Council")
    me = AgentRef("person", "oskar-lindahl-mwangi", "Oskar Lindahl-Mwangi")
    for sentence, action in (
        ("The Council asked me to present a report on buoy maintenance costs.", "present a report on buoy costs"),
        ("The Council asked Member States to convey their views on the plan.", "convey their views on the plan"),
    ):
        request = Request(1, "1", "ask", council, (me,), action, sentence)
        assert not carried_message(request)
    carried = Request(
        1, "1", "ask", council, (me,), "convey its greetings", "The Council asked me to convey its greetings."
    )
    assert carried_message(carried)
