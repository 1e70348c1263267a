"""A meeting's number written in words that are no ordinal of its own: a Roman numeral before a capitalised
``Meeting of`` (``XXIX Meeting of the X``: the twenty-ninth, :func:`.ordinals.roman_ordinal_regex`) and an
inaugural meeting (``the inaugural meeting of X``, ``the first (inaugural) meeting``: the first; ``inaugural`` an
ordinal of ``numbers.csv``, an ordinal in brackets restating the one before it)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.ordinals import number_value, ordinal_pattern, ordinal_regex, roman_ordinal_regex


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("1. The XXXIV Meeting of the Permanent Consultative Committee I (PCC.I) was held in Asunción, Paraguay, from "
         "5 to 8 May 2031.", ("citel-pcc1", 34, date(2031, 5, 5), date(2031, 5, 8))),
        ("1. The XL Meeting of the Andean Spectrum Council (ASC) took place in Quito on 3 and 4 June 2032.",
         ("asc", 40, date(2032, 6, 3), date(2032, 6, 4))),
        ("1. The XIV Meeting of the Pacific Numbering Board (PNB) was held in Suva from 8 to 10 March 2033.",
         ("pnb", 14, date(2033, 3, 8), date(2033, 3, 10))),
    ],
)  # fmt: skip
def test_a_roman_numeral_before_meeting_of_numbers_the_meeting(
    lead: str, expected: tuple[str, int, date, date]
) -> None:
    assert _meeting(make_report("REGIONAL COMMISSION", "FINAL REPORT", lead)) == expected


def test_a_roman_numeral_alone_or_as_a_region_is_no_number() -> None:
    found = _meeting(
        make_report("Summary", "1. The Meeting of Region I administrations took place in Quito on 3 June 2032.")
    )
    assert found is not None and found[1] is None


@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        (None, ("ISLAND DIGITAL FORUM", "Inaugural Meeting, Suva, 3 – 5 March 2031", "Summary by the Chair",
                "1. The inaugural meeting of the Island Digital Forum (IDF) was held in Suva from 3 to 5 March 2031."),
         ("idf", 1, date(2031, 3, 3), date(2031, 3, 5))),
        ("Report of the first (inaugural) meeting of the Council Working Group on Orbital Debris",
         ("Geneva, 3-4 March 2032", "The meeting was opened by Mr Aldo Brenn."),
         ("council-working-group-on-orbital-debris", 1, date(2032, 3, 3), date(2032, 3, 4))),
        (None, ("Summary", "1. The inaugural meeting of the Sahel Data Alliance (SDA) took place in Niamey on "
                "9 June 2033."),
         ("sda", 1, date(2033, 6, 9), None)),
    ],
)  # fmt: skip
def test_an_inaugural_meeting_is_the_first(
    title: str | None, lines: tuple[str, ...], expected: tuple[str, int, date, date | None]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("inaugural", 1), ("first (inaugural)", 1), ("second", 2), ("sixth and final", 6)],
)
def test_an_inaugural_ordinal_reads_as_one(text: str, value: int) -> None:
    assert re.fullmatch(ordinal_regex(), text) and number_value(text) == value


@pytest.mark.parametrize(
    ("text", "plain", "heading"),
    [
        ("XXIX Meeting of the Harbour Numbering Board", "XXIX", "XXIX"),
        ("IV MEETING OF THE LAKE SPECTRUM FORUM", "IV", "IV"),
        ("XL session of the Delta Tariff Group", None, "XL"),  # a session, in lower case: a heading's only
        ("12 MEETING OF THE VALLEY DATA COUNCIL", None, "12"),  # a number: a heading's only
        ("No. 7 Session of the Island Roaming Panel", None, "No. 7"),
        ("I Meeting of the Coastal Board", None, None),  # ``I`` alone is no numeral
        ("the meeting I attended", None, None),
    ],
)
def test_one_roman_reader_before_a_meeting_noun(text: str, plain: str | None, heading: str | None) -> None:
    """One reader of a numeral before a meeting's noun (:func:`.ordinals.roman_ordinal_regex`); a heading's
    reading (``heading=True``) is broader: a number too, ``session`` too, in any case."""
    for broad, expected in ((False, plain), (True, heading)):
        m = re.match(roman_ordinal_regex(heading=broad), text)
        assert (m.group(0) if m else None) == expected


def test_one_compiled_ordinal_for_the_resolver_and_the_host_dater() -> None:
    """:func:`.ordinals.ordinal_pattern` is :func:`.ordinals.ordinal_regex` compiled once: the actors' resolver
    (``the thirteenth`` alone is no group) and the events' host dater (one ordinal in a numbered meeting's name)
    read it; they had a compiled copy each."""
    from wsiskg.ingest.extract import agent_resolver, event_prose

    assert ordinal_pattern().pattern == ordinal_regex()
    assert ordinal_pattern().fullmatch("thirteenth") and ordinal_pattern().fullmatch("28th")
    assert ordinal_pattern().findall("the seventh meeting of the Harbour Board") == ["seventh"]
    assert not hasattr(agent_resolver, "_ordinal") and not hasattr(event_prose, "_ordinal_in_name")
