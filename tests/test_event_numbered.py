"""The body ``its`` means in ``its 12th meeting`` (:func:`wsiskg.ingest.extract.event_numbered._its_body`):
an ITU Bureau or a secretariat (``bodies.csv``, kinds ``bureau``, ``secretariat``) serves the meetings of
others and holds none of its own, so ``its`` never means one. Sentences, bodies and numbers are our own."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.event_prose import event_mentions


def _names(text: str) -> list[str]:
    return [m.name for m in event_mentions(text, 2031)]


@pytest.mark.parametrize(
    "text",
    [
        "The Board asked the Telecommunication Standardization Bureau to report back so that the Board may "
        "decide at its forty-first meeting.",
        "3. At its twelfth meeting the group heard a report by Ms Ilse Brandvold, Senior Coordinator, BDT, on the "
        "translation of the toolkit.",
        "The Panel invited the General Secretariat to circulate the draft before its 7th session.",
    ],
)
def test_its_numbered_meeting_is_no_meeting_of_a_bureau_or_secretariat(text: str) -> None:
    assert not any("Bureau" in n or "BDT" in n or "Secretariat" in n for n in _names(text))


def test_its_numbered_meeting_is_the_earlier_body_that_meets_before_a_bureau() -> None:
    text = (
        "The Council Working Group on Child Online Protection asked the Telecommunication Development Bureau "
        "to report at its 12th meeting."
    )
    assert _names(text) == ["12th meeting of the Council Working Group on Child Online Protection"]


def test_its_numbered_meeting_of_a_body_that_meets_is_kept() -> None:
    text = "The Commission on Science and Technology for Development will hold its 31st session in Geneva."
    assert _names(text) == ["31st session of the Commission on Science and Technology for Development"]
