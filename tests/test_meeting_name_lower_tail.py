"""A body's name in title case that ends with one lower-case word of its topic before the bracket that dates its
meeting (``Minutes of the 3rd meeting of the X Working Group on Spectrum Conference preparation (online, 3–4 March
2031)``): the word ends the name (``meeting_mentions._closing_word``, read by ``name_tail``), so the body is not cut
before it (decision 6: a name is never cut before its last words), and so are its requests. Names, bodies and dates
are invented."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_named

from wsiskg.ingest.extract.meeting_mentions import name_tail


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Minutes of the 5th meeting of the CAPTEL Working Group on Radio Spectrum planning (online, 3–4 March 2031)",
         "CAPTEL Working Group on Radio Spectrum planning"),
        ("Summary of the second meeting of the Andean Expert Group on Rural Connectivity indicators (Lima, 4 May 2031)",
         "Andean Expert Group on Rural Connectivity indicators"),
        ("Report of the 7th meeting of the Baltic Task Force on Cable Repair coordination (virtual, 9–10 June 2031)",
         "Baltic Task Force on Cable Repair coordination"),
    ],
)  # fmt: skip
def test_a_lower_case_word_before_the_dated_bracket_ends_the_name(line: str, name: str) -> None:
    """An excerpt cut before its header, its record's title a line of its own (a running header)."""
    report = make_report(
        "4.2 The Group reviewed the draft work plan and the list of contributions.",
        "4.3 The Group asked the secretariat to circulate the draft report by 30 June 2031.",
        line,
    )
    found = meeting_named(report)
    assert found is not None and found[3] == name


@pytest.mark.parametrize(
    "line",
    [
        "Report of the meeting of the Sahel Data Task Force meeting (Niamey, 4 May 2031)",
        "Report of the 4th meeting of the Sahel Data Task Force held (Niamey, 4 May 2031)",
        "Report of the 4th meeting of the Sahel Data Task Force endorsed (Niamey, 4 May 2031)",
    ],
)
def test_a_meetings_noun_or_a_verb_before_the_bracket_is_no_part_of_the_name(line: str) -> None:
    """A meeting's noun, a word no name runs over (``held``) or a verb's past (``endorsed``) ends no name."""
    report = make_report("1. The meeting was chaired by Mr Issa Moussa (Niger).", title=line)
    found = meeting_named(report)
    assert found is None or found[3] is None or not found[3].endswith(("meeting", "held", "endorsed"))


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("the Nordic Working Group on Spectrum preparation (online, 3 May 2031)", " preparation"),
        ("the Nordic Working Group on Spectrum endorsed (Document 12, 2031)", ""),
        ("the Nordic Working Group on Spectrum meeting (Oslo, 3 May 2031)", ""),
        ("the Nordic Working Group on Spectrum preparation and the budget (2031)", ""),
    ],
)
def test_name_tail_reads_one_lower_case_word_before_a_dated_bracket(text: str, tail: str) -> None:
    end = len("the Nordic Working Group on Spectrum")
    assert name_tail(text, 0, end) == tail
