"""Requests: a list of open items (``Open item | Responsible | Due``, ``Pending item | Owner | Deadline``) is an
action table (decision 31, ``request-table-columns.csv``): each row with a responsible party asks it, by its due
day, and names no event. Names, bodies and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.request_actions import table_header


@pytest.mark.parametrize(
    "header",
    ["Open item, Responsible, Due", "Pending item | Owner | Deadline", "Outstanding items, Responsible, Target date"],
)
def test_a_list_of_open_items_is_an_action_table(header) -> None:
    roles = table_header(header)
    assert roles is not None and roles[0] == "action" and "who" in roles


def test_each_open_item_asks_its_responsible_party_by_its_due_day() -> None:
    x = extract(
        make_report(
            "From: Chair of the Regional Working Group on Spectrum",
            "To: the incoming Chair",
            "The items still open are listed below.",
            "Open item, Responsible, Due",
            "Review of the Group's working methods, Vice-Chair for methods, 3 June 2032",
            "Regional survey report (Pacific, Caribbean), BDT, 30 September 2031",
            "Jane Tauiliili-Moors, Chair",
            title="Handover note",
        )
    )
    asked = {(a.label, r.deadline) for r in x.requests for a in r.addressees}
    assert ("Vice-Chair for methods", date(2032, 6, 3)) in asked
    assert ("Telecommunication Development Bureau", date(2031, 9, 30)) in asked
    assert not x.events
