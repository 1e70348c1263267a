"""Long lists of names read within one document: a reader that looks for hundreds of names (the
body catalogue, country names) or any capital letter looks, in a text of the document being read,
for those the document holds only. The regex is much smaller and compiles far faster; these tests
pin that it matches exactly what the whole list matches."""

from __future__ import annotations

import random
import re

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.body_names import _surface_char, body_index, find_body_names
from wsiskg.ingest.extract.countries import country_spans
from wsiskg.ingest.extract.document import new_document, scope_of
from wsiskg.ingest.text import UPPER, PrefixTree, squash, upper_of

WORDS = ["ITU", "ITU-D", "ITU-T", "ITU Council", "Council", "Council Working Group", "CWG-WSIS&SDG", "WSIS", "UN"]


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])", text)]


@pytest.mark.parametrize("seed", range(25))
def test_the_alternation_of_some_words_matches_as_the_whole_on_a_text_of_those_words(seed: int) -> None:
    rng = random.Random(seed)
    some = rng.sample(WORDS, rng.randint(1, len(WORDS)))
    glue = ["the ", " and ", "-", " ", ", ", "&"]
    text = "".join(rng.choice(some) + rng.choice(glue) for _ in range(12))
    only = {w for w in WORDS if squash(w) in squash(text)}  # every word the text could hold, as body_names
    tree = PrefixTree(WORDS, _surface_char)
    assert _spans(tree.regex(only), text) == _spans(tree.regex(), text)
    assert len(tree.regex(only)) <= len(tree.regex())


def test_no_word_left_matches_nothing() -> None:
    assert not re.search(PrefixTree(WORDS).regex(set()) or "(?!)", "ITU Council")


def test_in_a_document_the_catalogue_regex_holds_its_names_only() -> None:
    text = "The Council Working Group on WSIS and the ITU Telecommunication Development Sector met."
    index = body_index()
    new_document(one_section_report(text, "A second paragraph names UNESCO."))
    assert scope_of(text) is not None and scope_of("A text of another report.") is None
    within = index.regex(text)
    assert len(within.pattern) < len(index.pattern.pattern) / 4
    assert [m.span() for m in within.finditer(text)] == [m.span() for m in index.pattern.finditer(text)]
    assert index.regex("A text of another report, UNGIS.") is index.pattern  # not part of it: every name
    assert [k for k, _ in find_body_names(text)] == [k for k, _ in find_body_names(text + " ")]


def test_a_line_read_with_the_next_is_part_of_the_document() -> None:
    new_document(one_section_report("Report of the Council", "Working Group on Languages"))
    assert scope_of("Report of the Council Working Group on Languages") is not None


def test_country_names_in_a_document_and_outside_it() -> None:
    text = "Delegates of Côte d'Ivoire, Viet Nam and the Republic of Korea spoke."
    outside = country_spans(text)
    new_document(one_section_report(text))
    assert country_spans(text) == outside and {s.text for s in outside} >= {"Côte d'Ivoire", "Viet Nam"}


def test_the_capitals_a_text_holds_match_as_every_capital() -> None:
    text = "Urząd Komunikacji Elektronicznej and Þjóðskrá Íslands met Ōmura of Đà Nẵng."
    assert upper_of(text) == "A-Z" + "".join(sorted("ĐÍŌÞ"))
    word = r"[{}][\w'’-]*"
    full = [m.span() for m in re.finditer(word.format(UPPER), text)]
    assert [m.span() for m in re.finditer(word.format(upper_of(text)), text)] == full
    assert len(full) == 8


def test_items_the_document_holds_by_squashed_name_or_literal_code() -> None:
    from wsiskg.ingest.extract.document import held_items

    items = (("Global Forum", "GLF"), ("Regional Summit", "RS"), ("Policy Dialogue", "PD"))
    text = "The global-forum met, and the RS chair spoke of the happenings."
    new_document(one_section_report(text, "Nothing else."))
    held = held_items(text, items, lambda i: (i[0],), lambda i: (i[1],))
    # the Forum by its name written another way, the Summit by its code as written; "pd" occurs
    # only inside a word ("happenings" holds no "PD" as written), so the Dialogue is not held
    assert held == items[:2]
    assert held_items("A text of another report.", items, lambda i: (i[0],), lambda i: (i[1],)) == items


def test_series_read_in_a_document_match_as_every_series() -> None:
    from wsiskg.ingest.extract import event_series

    text = "The WSIS Forum 2031 and WTDC-30 were held; the 2030 session of the Council met in Geneva."
    outside = event_series.series_mentions(text + " ") + event_series.coded_mentions(text + " ")
    new_document(one_section_report(text, "A second paragraph."))
    inside = event_series.series_mentions(text) + event_series.coded_mentions(text)
    assert [m.key for m in inside] == [m.key for m in outside] and {m.key for m in inside} >= {
        "wsis-forum-2031",
        "wtdc-30",
    }
    assert len(event_series.series_patterns(text)) < len(event_series.series_patterns("A text of another report."))
