"""A verb of asking in the present plural right before a bare colon leads the items after it as its ``-s`` and
``-ed`` forms do (``request_present_leads.finite_lead``): ``The APT Administrations recommend:`` / ``1 that the
Council approve ...`` is one request per item to the item's subject. The base form after ``to`` or a modal leads
nothing. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import run, whom


@pytest.mark.parametrize("verb", ["recommend", "recommends", "recommended"])
def test_a_present_plural_before_a_bare_colon_leads_its_items(verb: str) -> None:
    got = run(
        report(
            f"The APT Administrations {verb}:",
            "1 that the Council approve the revised plan for coastal stations;",
            "2 that the BDT publish an annual report on the coastal stations.",
        ),
        None,
    )
    assert [whom(r) for r in got] == [("body:itu-council",), ("body:itu-bdt",)]
    assert got[1].action == "publish an annual report on the coastal stations"


def test_the_base_form_of_request_leads_lettered_items() -> None:
    got = run(
        report(
            "The APT Administrations request:",
            "a) that the TSB circulate the survey on tidal sensors;",
            "b) that the Council note the results.",
        ),
        None,
    )
    assert [whom(r) for r in got] == [("body:itu-tsb",), ("body:itu-council",)]


@pytest.mark.parametrize("lead", ["The Group invites the Council to recommend:", "The Council may wish to recommend:"])
def test_the_base_form_after_to_or_a_modal_leads_nothing(lead: str) -> None:
    got = run(report(lead, "1 that the BDT publish the coastal report."), None)
    assert ("body:itu-bdt",) not in [whom(r) for r in got]
