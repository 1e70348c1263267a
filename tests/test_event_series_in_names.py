"""A series named without its year that opens a longer name (``the Council Working Group on X``, ``the
Plenipotentiary Conference Drafting Team``) is no edition of the series, whatever dates follow: the
longer name is another body's. Sentences, bodies and dates are our own.
"""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.events import event_mentions


@pytest.mark.parametrize(
    ("text", "year", "series"),
    [
        (
            "This note covers the ninth and tenth meetings of the Council Working Group on Lunar Broadband "
            "(CWG-LB), held in Geneva on 14 October 2032 and on 3 and 4 February 2033 respectively.",
            2033,
            "council-",
        ),
        (
            "The Council Working Group on Ocean Data Rights was held virtually on 9 November 2034 and on "
            "12 March 2035.",
            2035,
            "council-",
        ),
        (
            "Mr Tomas Ruiz chaired the Plenipotentiary Conference Drafting Team, held on 4 April 2030 and on "
            "6 April 2031.",
            2031,
            "pp-",
        ),
        (
            "The Radiocommunication Assembly Liaison Group, held in Quito on 2 June 2036 and 8 June 2037, agreed "
            "the text.",
            2037,
            "ra-",
        ),
    ],
)
def test_a_series_that_opens_another_name_is_no_edition(text: str, year: int, series: str) -> None:
    found = event_mentions(text, year)
    assert not [m for m in found if m.key.startswith(series) or m.name.startswith(("ITU Council", "Plenip", "Radio"))]


def test_editions_of_a_series_listed_after_it_are_still_read() -> None:
    text = "Three editions of the WSIS Forum were held in Geneva: 3-4 May 2029, 7-8 May 2030 and 2-3 May 2031."
    assert {m.key for m in event_mentions(text, 2031)} == {"wsis-forum-2029", "wsis-forum-2030", "wsis-forum-2031"}


def test_a_named_event_before_a_weekday_and_its_date_is_still_dated() -> None:
    found = event_mentions("The Summit on Data Commons will be held in Lima on Monday, 4 May 2031.", 2031)
    assert [(m.name, m.start and m.start.day) for m in found] == [("Summit on Data Commons", 4)]


def test_the_wsis_working_groups_name_spelt_out_names_no_summit() -> None:
    """The Council's group on WSIS and the SDGs, its name spelt out on a line of its own (a gazetteer alias of
    ``cwg-wsis-sdg``), is the body, not the Summit's event."""
    report = make_report(
        "Council Working Group on the World Summit on the Information Society and the Sustainable Development Goals",
        "Summary of the sixty-first meeting, Geneva, 12 May 2033",
        "The Group reviewed the roadmap for the Forum of 2034.",
    )
    assert not any("Summit" in e.name for e in extract(report).events)
