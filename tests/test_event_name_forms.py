"""Events named by a name of their own without dates (:func:`wsiskg.ingest.extract.event_name_forms.
named_undated_mentions`): a name whose words before its event noun only qualify it, or name the country it is of,
is no name of its own (``the National Assembly``, ``the Swiss Federal Assembly``: a country's assembly). Sentences
are our own."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events


def _names(text: str) -> list[str]:
    return [e.name for e in find_events(make_report(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The delegate said the credit line, approved by the Austrian Federal Assembly on 2 March 2034, covers it.",
        "The foundation confirmed that the loan would be submitted to the Federal Assembly at its spring sitting.",
    ],
)
def test_a_country_s_assembly_named_by_qualifiers_is_no_event(text):
    assert not [n for n in _names(text) if "Assembly" in n]


def test_a_name_of_its_own_stays_an_event():
    assert "Baltic Broadband Summit" in _names("Ministers will meet again at the Baltic Broadband Summit.")


@pytest.mark.parametrize(
    "text",
    [
        "The forum was hosted by the Government of Ruritania at the Novaria Expo Congress and Exhibition Center.",
        "The fifth assembly will take place at the Lakeside Pavilion Conference and Exhibition Centre, Vilanova.",
        "Delegates will meet at the Kessel Harbour Convention & Exhibition Hall.",
    ],
)
def test_a_building_named_for_congresses_and_exhibitions_is_no_event(text):
    assert not [n for n in _names(text) if "Congress" in n or "Conference" in n or "Convention" in n]


def test_a_congress_named_before_and_another_word_stays_an_event():
    text = "The participants welcomed the outcome of the Asia-Pacific Digital Congress and thanked the host."
    assert "Asia-Pacific Digital Congress" in _names(text)
