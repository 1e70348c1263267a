"""A subject that names a group of people by its common noun (``The Jury recommends ...``, ``The panel recommended
...``, ``The co-organisers invited ...``): decision 23 of ``docs/annotation-guide.md``, the body named before with
that head, else the group as the text first writes it. Every sentence, name and body here is invented."""

from __future__ import annotations

from pathlib import Path

from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_JURY = """BALTIC OPEN DATA PRIZE 2032
Tallinn, 9 May 2032

The Baltic Open Data Prize was launched by ITU and the Nordic-Baltic Regulators Forum. 74 entries were received.

The Jury met online from 3 to 6 April 2032. Its members were Ms Liis Kask-Ojamaa (Estonia), Chair, and Mr Jonas \
Petrauskas-Vilkas (Lithuania).

{sentence}

Liis Kask-Ojamaa
Chair of the Jury
"""


def _pairs(tmp_path: Path, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    report = parsed_text(tmp_path, text)
    return [(r.requester.kind, r.requester.label, tuple(a.key for a in r.addressees)) for r in extract(report).requests]


def test_the_jury_named_before_asks_as_itself(tmp_path: Path) -> None:
    """``The Jury recommends that X help ...`` in a jury's report signed by its chair: the Jury, as written."""
    sentence = "The Jury recommends that ITU help the winners to present their work at the next forum."
    text = _JURY.format(sentence=sentence)
    assert ("collective", "Jury", ("itu",)) in _pairs(tmp_path, text)


def test_a_group_first_named_with_its_words_keeps_them(tmp_path: Path) -> None:
    """``The panel`` after ``The programme's expert review panel met ...``: the panel as first written; ``It also
    asked ...`` in the next sentence goes on with it."""
    text = """Progress note on the Pacific Cable Resilience Programme
Suva, 12 February 2031

The programme's expert review panel met in Apia from 4 to 6 December 2030.

The panel recommended that Member States publish their cable repair plans. It also asked UNDP to prepare a \
register of repair ships.

Mele Taufa-Havili
Programme Coordinator
"""
    found = _pairs(tmp_path, text)
    assert ("collective", "expert review panel", ("member-states",)) in found
    assert ("collective", "expert review panel", ("undp",)) in found


def test_a_group_never_named_before_is_as_written(tmp_path: Path) -> None:
    """``The selection committee asked ...`` with no earlier mention: the group as the subject writes it."""
    text = _JURY.format(sentence="The selection committee asked the organisers to publish the scores of all entries.")
    assert any(kind == "collective" and label == "selection committee" for kind, label, _ in _pairs(tmp_path, text))


def test_a_body_named_before_with_that_head_is_the_body(tmp_path: Path) -> None:
    """``The committee`` after the Andean Spectrum Committee was named: that body, not a group of its own."""
    text = """Annual report of the Andean Connectivity Office
Lima, 20 January 2031

The Andean Spectrum Committee reviewed the draft band plan in October 2030.

The committee asked Member States to send their comments on the plan by 1 March 2031.

Rosa Quispe-Mamani
Head of Office
"""
    found = _pairs(tmp_path, text)
    assert found and found[0][0] == "body" and found[0][1].startswith("Andean Spectrum Committee")
