"""A line that ends a sentence or a clause, in a plain text written one paragraph per line
(``pdf_layout.ends_sentence``), is read by the one sentence splitter (``text.clause_spans``): not after an
honorific, an initial or a reference abbreviation, which a copy of the pattern once took for a sentence's end."""

from __future__ import annotations

import pytest

from wsiskg.ingest.pdf_layout import ends_sentence, join_cut_lines
from wsiskg.ingest.text import clause_spans


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("The Working Group adopted its report.", True),
        ("The session closed at 17:40 hours!", True),
        ("... as agreed at the last session. The Chair then noted", True),
        ('The delegate said "we agree."', True),
        ("Adopted in Nairobi on 3 May 2034.", True),
        # a clause of a resolution's list ends at its semicolon
        ("a) Resolution 12 (Rev. Kyoto, 2030) of the Plenipotentiary Conference;", True),
        ("b) the report of the Secretary-General in Document C33/8,", False),
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
    # the same answer as the splitter's: a capital after the line starts a second sentence or clause
    assert ends == (bool(line) and len(clause_spans(line + " The")) > 1)


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


@pytest.mark.parametrize(
    "bracket",
    ["(Kigali, 4-15 October 2032).", "(Document C33/12);", "(Bangkok, 9 March 2031)."],
)
def test_a_bracket_that_closes_the_sentence_goes_on_before_the_first_sentence(bracket: str) -> None:
    """A resolution's clause is one sentence to its end: its last line cut before the bracket that closes it goes
    on with it, though no sentence has ended before."""
    lines = [
        "The Council,",
        "invites Member States",
        "to propose candidates for the posts to be filled at the next World Radiocommunication Conference",
        bracket,
    ]
    joined = join_cut_lines(lines, set())
    assert joined[-1] == f"{lines[2]} {bracket}"


def test_a_title_over_a_dateline_in_brackets_stays_its_own() -> None:
    lines = [
        "Regional Preparatory Meeting for the World Telecommunication Development Conference",
        "(Nairobi, 2-4 April 2033).",
        "The meeting was opened by the Director of the Telecommunication Development Bureau, who welcomed all.",
    ]
    assert join_cut_lines(lines, set()) == lines


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        (
            "The Ministry of Posts and Digital Economy of the Re-",
            "public of Kiribati has studied the band since 2030.",
            "The Ministry of Posts and Digital Economy of the Republic of Kiribati has studied the band since 2030.",
        ),
        (
            "The National Agency for Frequency Management and Broadcasting Com-",
            "munications of Moldova submits the following proposals.",
            "The National Agency for Frequency Management and Broadcasting Communications of Moldova submits the"
            " following proposals.",
        ),
        (
            "The Regional Office for the Caribbean and the Eastern Caribbean Tele-",
            "communications Authority organized the workshop in May 2031.",
            "The Regional Office for the Caribbean and the Eastern Caribbean Telecommunications Authority organized"
            " the workshop in May 2031.",
        ),
    ],
)
def test_a_name_line_cut_inside_a_word_goes_on(first: str, second: str, joined: str) -> None:
    """A line of capitalised words (a body's name) reads as a title and stays its own, unless a hyphen cut its
    last word and the next line goes on in lower case: the one word, joined as the document prints it."""
    lines = [
        "Introduction",
        first,
        second,
        "Republic Republic Communications Telecommunications are words the document prints whole.",
    ]
    assert join_cut_lines(lines, set())[:2] == ["Introduction", joined]
