"""A resolution text's preamble asks no one (``request_preamble.preamble_orders``): a request its ``recalling`` /
``considering`` / ``noting`` clauses cite is another text's, made before it; the operative part still asks. Every
text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, parsed_text, parties

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.request_preamble import preamble_orders

_ISSUER = "The World Telecommunication Development Conference (Lima, 2034),"


def _asked(tmp_path: Path, *lines: str) -> list[tuple[str, tuple[str, ...]]]:
    text = "\n\n".join(("RESOLUTION 88 (Lima, 2034)", "Maritime emergency communications", _ISSUER, *lines))
    found = extract(parsed_text(tmp_path, text + "\n")).requests
    return [(r.action.split()[0], parties(r)[2]) for r in found]


@pytest.mark.parametrize(
    "preamble",
    [
        (
            "recalling",
            "a) Resolution 34 (Rev. Kigali, 2030), which invites Member States to develop emergency plans;",
            "b) Resolution 136 of the Plenipotentiary Conference, which instructs the Secretary-General to coordinate"
            " emergency telecommunication activities;",
        ),
        (
            "noting",
            "that the Council, at its 2033 session, requested the Director of the Telecommunication Development Bureau"
            " to report on coastal radio systems,",
        ),
        ("considering that Resolution 12 (Rev. Kigali, 2030) urges administrations to cooperate on rescue,",),
        (
            "recognizing",
            "1 that the Plenipotentiary Conference asked ITU to assist small island developing States;",
            "further noting",
            "the report of the Telecommunication Development Advisory Group, which encouraged Sector Members to"
            " share their maritime data,",
        ),
    ],
)
def test_a_preamble_clause_cites_requests_but_asks_no_one(tmp_path: Path, preamble: tuple[str, ...]) -> None:
    got = _asked(
        tmp_path,
        *preamble,
        "resolves to instruct the Director of the Telecommunication Development Bureau",
        "1 to assist developing countries in deploying maritime distress systems;",
        "invites Member States",
        "to share their experience with coastal radio stations.",
    )
    assert got == [("assist", ("post:itu-bdt/director",)), ("share", ("collective:member-states",))]


def test_a_capitalised_preamble_clause_ends_on_a_comma() -> None:
    """``Recalling X,`` on its own line is a preamble clause; a sentence that opens on the same word and ends on a
    full stop is not (``Noting the report, the Group invited ...``)."""
    report = make_report(
        "Recalling its resolution 2031/7, which requested the secretariat to compile national data,",
        "Noting the report of the Chair, the Group invited Member States to send comments by 3 May 2034.",
        "the secretariat is requested to publish the compilation.",
    )
    assert preamble_orders(report.paragraphs) == frozenset({1})


def test_a_line_that_is_not_an_item_ends_the_preamble() -> None:
    report = make_report(
        "considering",
        "a) that the network of coastal stations is incomplete;",
        "the needs of landlocked countries,",
        "decides",
        "that the Group shall meet twice a year;",
        "instructs the Secretary-General to convene the Group.",
    )
    assert preamble_orders(report.paragraphs) == frozenset({1, 2, 3})


def test_a_records_item_whose_verb_follows_the_participles_comma_is_no_preamble() -> None:
    """``noting the report, requested the secretariat to ...;`` as a bullet under ``The Group:``: the item's own verb
    asks; a preamble clause cites through a relative (``, which invites``)."""
    report = make_report(
        "The Group:",
        "noting the report of the Chair, requested the secretariat to circulate it by 1 June 2037;",
        "recognizing the value of the pilot, also invited Member States to join it;",
        "recalling Resolution 7, which invites Member States to share buoy data,",
    )
    assert preamble_orders(report.paragraphs) == frozenset({4})


def test_a_lists_lead_after_a_preambular_phrase_is_no_preamble() -> None:
    """``Bearing in mind X, the Council:``: the subject after the comma leads the items, which ask."""
    report = make_report(
        "Bearing in mind the Apia Declaration of 2031, the Council:",
        "a) requests the Bureau to prepare a study on tide sensors;",
        "recalling:",
        "a) Resolution 7, which invites Member States to share buoy data;",
    )
    assert preamble_orders(report.paragraphs) == frozenset({3, 4})
