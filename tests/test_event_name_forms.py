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
