"""The report's own meeting body is named without the edition of its session that opens its name (decision 32 of
``docs/annotation-guide.md``: an ordinal in a meeting's name is its number, not part of the body), so that
``The Forum invited ...`` and ``The Committee resolves ...`` are asked by the body as the annotators write it
(issue 8, round 49: ``body_own_meeting.without_edition``). Every name, code and sentence is invented."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.body_own_meeting import without_edition
from wsiskg.ingest.records import Paragraph, ParsedReport, Section


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Twelfth Regional Forum on Rural Broadband", "Regional Forum on Rural Broadband"),
        ("Fourth Global Symposium for Spectrum Managers", "Global Symposium for Spectrum Managers"),
        ("3rd Arctic Connectivity Meeting", "Arctic Connectivity Meeting"),
        ("XXIV Meeting of the Standing Board of the Andean Postal Union", "Standing Board of the Andean Postal Union"),
        ("17th Session of the Committee on Digital Statistics", "Committee on Digital Statistics"),
        ("The Seventh Meeting of the Nordic Numbering Council", "Nordic Numbering Council"),
    ],
)
def test_an_edition_opening_the_name_is_left_out(name: str, expected: str) -> None:
    assert without_edition(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Second Committee",  # one word left: the name itself
        "Third Meeting",
        "Regional Forum on Rural Broadband",  # no edition
        "Committee 5",
        "Vanuatu Numbering Council",  # a word opening with a Roman numeral's letters is a word
        "Ninth-floor Working Group",
    ],
)
def test_a_name_without_an_edition_or_only_an_edition_stays(name: str) -> None:
    assert without_edition(name) == name


def _report(title: str, *texts: str) -> ParsedReport:
    paras = tuple(Paragraph(i + 1, "front", t, "heading" if i == 0 else "body") for i, t in enumerate(texts))
    return ParsedReport("t.txt", "text/plain", title, (Section("front", title, None, 1),), paras)


@pytest.mark.parametrize(
    ("head", "sentence", "body", "whom"),
    [
        (
            "TWELFTH REGIONAL FORUM ON RURAL BROADBAND (RFRB-12)",
            "The Forum invited regulators to send their coverage data to the secretariat by 30 April 2032.",
            "Regional Forum on Rural Broadband",
            "regulators",
        ),
        (
            "XXIV MEETING OF THE STANDING BOARD OF THE ANDEAN POSTAL UNION (SB/APU)",
            "The Board resolves to request the Administrations to nominate focal points by 1 March 2032.",
            "Standing Board of the Andean Postal Union",
            "the Administrations",
        ),
    ],
)
def test_the_meeting_body_asks_under_its_name_without_its_edition(
    head: str, sentence: str, body: str, whom: str
) -> None:
    x = extract(_report(head, head, "Quito, 8-10 February 2032", sentence))
    assert x.meeting is not None
    names = {b.key: b.name for b in x.bodies}
    assert names[x.meeting.body] == body
    assert [(r.requester.label, [a.label for a in r.addressees]) for r in x.requests] == [(body, [whom])]
