"""A declaration of a conference's Final Acts asks as the countries its ``For X:`` line names
(``request_signatories.declared_for``, issue 8, round 56): ``For A, B and C:`` / ``The delegations of the
above-mentioned countries declare ... They urge the Council to ...`` is A's, B's and C's request (decisions 23 and
59); ``It requests ...``, ``The delegation requests ...`` under ``For the Republic of X:`` are X's. Every name and
sentence here is invented for the test."""

from __future__ import annotations

from extract_support import make_report, parties
from extract_support import requests_of as run

_HEAD = ("DECLARATIONS AND RESERVATIONS", "made at the time of signature of the Final Acts")


def _asked(*texts: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [parties(x) for x in run(make_report(*_HEAD, *texts), None)]


def test_they_under_a_line_for_several_countries_is_each_country() -> None:
    got = _asked(
        "41",
        "Original: English",
        "For Chile, Peru and Uruguay:",
        "The delegations of the above countries reserve the right of their Governments to take all necessary "
        "measures. They call upon the Radiocommunication Bureau to publish, by 30 June 2033, a report on the new "
        "procedure.",
    )
    assert got == [
        ("call-upon", "country:CHL", ("body:itu-br",)),
        ("call-upon", "country:PER", ("body:itu-br",)),
        ("call-upon", "country:URY", ("body:itu-br",)),
    ]


def test_they_with_an_aside_and_a_coordinated_verb_asks_as_each_country_twice() -> None:
    got = _asked(
        "7",
        "Original: French",
        "For the Republic of Ghana and the Togolese Republic:",
        "The delegations of the above-mentioned countries declare that their Governments maintain their earlier "
        "statements. They urge the Council, at its 2033 session, to review the situation of least developed "
        "countries, and invite the Telecommunication Development Bureau to continue its assistance.",
    )
    assert got == [
        ("urge", "country:GHA", ("body:itu-council",)),
        ("urge", "country:TGO", ("body:itu-council",)),
        ("invite", "country:GHA", ("body:itu-bdt",)),
        ("invite", "country:TGO", ("body:itu-bdt",)),
    ]


def test_the_delegation_and_it_under_a_line_for_one_country_are_that_country() -> None:
    got = _asked(
        "12",
        "For the Kingdom of Cambodia:",
        "The delegation of the Kingdom of Cambodia, headed by the Minister of Posts, declares that its Government "
        "accepts no financial consequence of other reservations. The delegation requests the Director of the "
        "Telecommunication Development Bureau to report on the regional initiatives before 1 July 2033.",
        "13",
        "For the Republic of Paraguay:",
        "The Republic of Paraguay reserves the right to protect its terrestrial services. It requests the Director "
        "of the Radiocommunication Bureau to convene an information session before the end of 2033.",
    )
    assert got == [
        ("request", "country:KHM", ("post:itu-bdt/director",)),
        ("request", "country:PRY", ("post:itu-br/director",)),
    ]


def test_they_with_no_line_for_whom_right_before_is_left_as_it_was() -> None:
    got = _asked(
        "For Chile, Peru and Uruguay:",
        "The delegations of the above countries reserve the right of their Governments to take all measures.",
        "Original: English",
        "They call upon the Radiocommunication Bureau to publish a report on the new procedure.",
    )
    assert all(p[1] not in ("country:PER", "country:URY") for p in got)
