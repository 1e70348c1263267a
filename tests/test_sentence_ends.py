"""A line that ends a sentence, in a plain text written one paragraph per line (``pdf_layout.ends_sentence``),
is read by the one sentence splitter (``text.sentence_spans``): not after an honorific, an initial or a
reference abbreviation, which round 18's own pattern took for a sentence's end."""

from __future__ import annotations

import pytest

from wsiskg.ingest.pdf_layout import ends_sentence, join_cut_lines
from wsiskg.ingest.text import sentence_spans


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("The Working Group adopted its report.", True),
        ("The session closed at 17:40 hours!", True),
        ("... as agreed at the last session. The Chair then noted", True),
        ('The delegate said "we agree."', True),
        ("Adopted in Nairobi on 3 May 2034.", True),
        # an honorific, an initial, a reference abbreviation: no sentence ends there
        ("Address by H.E. Mr. K. Mensah, Minister of Digital Economy", False),
        ("Remarks delivered by Dr. Elin Sorensen of the host country", False),
        ("the proposal in Document No.", False),
        ("as set out in the tables, e.g.", False),
        ("Report of the fifth meeting of the Expert Group", False),
        ("", False),
    ],
)
def test_a_line_ends_a_sentence_as_the_splitter_reads_it(line: str, ends: bool) -> None:
    assert ends_sentence(line) is ends
    # the same answer as the splitter's: a capital after the line starts a second sentence
    assert ends == (bool(line) and len(sentence_spans(line + " The")) > 1)


def test_a_line_with_an_honorific_before_the_first_sentence_goes_on_only_visibly() -> None:
    """``Mr. Lindqvist`` ends no sentence, so the line is still before the text's first sentence: it goes on
    with the next only visibly (in lower case, after a joining word), and a capitalised line is its own."""
    lines = [
        "Opening remarks were delivered by the head of the delegation, Mr. Tomas Lindqvist of the host country",
        "Digital Inclusion in Rural Communities of the Baltic Region.",
        "The meeting considered the draft work plan presented by the secretariat and agreed to revise it.",
        "The participants thanked the host country for the excellent arrangements made for the meeting.",
    ]
    assert join_cut_lines(lines, set()) == lines
