"""A meeting named by what it prepares, without dates of its own, is one event named as written
(``event_preparatory``): ``the regional preparatory meetings for WXC-31`` (the plural too), ``the Regional
Preparatory Meeting for Oceania (RPM-OCE)``, ``the WXC-31 preparatory meetings``. The conference it prepares,
named nowhere else, is no event of its own; named elsewhere too, it stays. Not a meeting owned by a body
(``their``), the report's own (``this``), one for nothing named, nor the standing Conference Preparatory
Meeting. Bodies, regions, codes and years are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report, parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.event_preparatory import preparatory_mentions


def _events(*texts: str) -> dict[str, date | None]:
    return {e.name: e.start for e in extract(make_report(*texts, title="Summary record")).events}


@pytest.mark.parametrize(
    ("sentence", "name", "conference"),
    [
        (
            "Member States were encouraged to align their views before the regional preparatory meetings for WTSA-32.",
            "regional preparatory meetings for WTSA-32",
            "World Telecommunication Standardization Assembly 2032",
        ),
        (
            "The Regional Preparatory Meeting for Oceania (RPM-OCE) is planned for 2032 and will select the "
            "initiatives.",
            "Regional Preparatory Meeting for Oceania (RPM-OCE)",
            None,
        ),
        (
            "The Board asked administrations to host the regional preparatory meetings for PP-34 and to inform the "
            "Bureau.",
            "regional preparatory meetings for PP-34",
            "Plenipotentiary Conference 2034",
        ),
        (
            "Our work now turns to the Regional Preparatory Meeting for the Caribbean for WTDC-34.",
            "Regional Preparatory Meeting for the Caribbean for WTDC-34",
            "World Telecommunication Development Conference 2034",
        ),
        (
            "The symposium will take place just before the Andean Regional Preparatory Meeting for WTDC-35, whose "
            "dates are not yet fixed.",
            "Andean Regional Preparatory Meeting for WTDC-35",
            "World Telecommunication Development Conference 2035",
        ),
        (
            "The Group will send its findings to the WTDC-36 preparatory meetings.",
            "WTDC-36 preparatory meetings",
            "World Telecommunication Development Conference 2036",
        ),
        (
            "The Bureau invited the five Regional Preparatory Meetings for WTDC-37 to consider the draft.",
            "Regional Preparatory Meetings for WTDC-37",
            "World Telecommunication Development Conference 2037",
        ),
    ],
)
def test_a_meeting_named_by_what_it_prepares_is_one_undated_event(
    sentence: str, name: str, conference: str | None
) -> None:
    events = _events(sentence)
    assert name in events and events[name] is None
    assert conference not in events  # named only as what the meeting prepares


def test_a_code_in_brackets_ends_the_name_and_the_dates_after_the_phrase_are_its_own() -> None:
    events = _events(
        "The Chair announced that the Regional Preparatory Meeting for Oceania (RPM-OCE) for WTDC-33 is proposed "
        "for Suva on 3-5 March 2032."
    )
    assert events["Regional Preparatory Meeting for Oceania (RPM-OCE)"] == date(2032, 3, 3)


def test_a_meeting_named_by_its_code_alone_and_the_event_that_replaces_it() -> None:
    events = _events(
        "The fifth and final Regional Preparatory Meeting (RPM-OCE) would be replaced by an online consultation on "
        "2 February 2032."
    )
    assert events["Regional Preparatory Meeting (RPM-OCE)"] is None
    assert date(2032, 2, 2) in events.values()


def test_the_conference_named_elsewhere_too_stays_an_event() -> None:
    events = _events(
        "Members discussed the regional preparatory meetings for WTDC-33.",
        "WTDC-33 will be held in Lima from 3 to 14 June 2033.",
    )
    assert events["regional preparatory meetings for WTDC-33"] is None
    assert events["World Telecommunication Development Conference 2033"] == date(2033, 6, 3)


def test_a_dated_preparatory_meeting_keeps_its_dates() -> None:
    events = _events("The regional preparatory meeting for WTDC-33, held in Lima on 3-5 May 2032, adopted proposals.")
    assert events["regional preparatory meeting for WTDC-33"] == date(2032, 5, 3)
    assert list(events.values()).count(None) <= 1  # no undated second one of the same meeting


@pytest.mark.parametrize(
    "sentence",
    [
        "Members will hold their regional preparatory meetings for WTDC-33 in good time.",
        "The regional preparatory meetings were discussed at length by the Members.",
        "The draft text was sent to the Conference Preparatory Meeting for WRC-31 for its review.",
        "The Chair thanked the hosts of this Regional Preparatory Meeting for Oceania for their support.",
    ],
)
def test_no_meeting_that_is_owned_for_nothing_named_or_a_standing_body(sentence: str) -> None:
    assert not any("reparatory" in name for name in _events(sentence))


@pytest.mark.parametrize(
    ("header", "again"),
    [
        (
            "REGIONAL PREPARATORY MEETING FOR WTDC-33 FOR OCEANIA (RPM-OCE)\nSuva, Fiji, 3-4 May 2032\n\nFINAL REPORT",
            "The Regional Preparatory Meeting for Oceania was held in Suva on 3 and 4 May 2032 and agreed on three "
            "regional initiatives.",
        ),
        (
            "Regional Preparatory Meeting for WTDC-37 for the Andean States (RPM-AND)\nQuito, 8-9 June 2036\n\n"
            "Chair's report",
            "The Regional Preparatory Meeting for the Andean States (RPM-AND), held in Quito, adopted its report.",
        ),
        (
            "THIRD PACIFIC PREPARATORY MEETING FOR WXC-35\nApia, Samoa, 2-3 March 2035\n\nOUTCOME DOCUMENT",
            "The Pacific Preparatory Meeting for WXC-35 agreed on common proposals for the conference.",
        ),
    ],
)
def test_the_reports_own_meeting_named_again_by_what_it_prepares_is_no_event(
    tmp_path: Path, header: str, again: str
) -> None:
    report = parsed_text(tmp_path, f"{header}\n\n1 Opening\n\n{again}\n")
    x = extract(report)
    assert x.meeting is not None
    assert not any("reparatory" in e.name for e in x.events)


def test_another_preparatory_meeting_in_a_preparatory_meetings_report_stays(tmp_path: Path) -> None:
    report = parsed_text(
        tmp_path,
        "SECOND PACIFIC PREPARATORY MEETING FOR WXC-35\nApia, Samoa, 2-3 March 2035\n\nOUTCOME DOCUMENT\n\n"
        "1 Opening\n\nThe meeting will report to the Regional Preparatory Meeting for Oceania (RPM-OCE) before "
        "the conference.\n",
    )
    assert "Regional Preparatory Meeting for Oceania (RPM-OCE)" in {e.name for e in extract(report).events}


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The four regional preparatory meetings for WTDC-33 were held as follows: RPM-OCE in Suva on 3-4 May "
            "2032, RPM-CAR in Bridgetown on 7-8 June 2032, RPM-AND in Quito on 5-6 July 2032 and RPM-SAH in Niamey "
            "on 2-3 August 2032.",
        ),
        (
            "Subject: Regional Preparatory Meetings (RPMs) for WTDC-33 - revised schedule",
            "The RPMs will be held online: RPM-OCE on 3 May 2032, RPM-CAR on 7 June 2032 and RPM-AND on 5 July 2032.",
        ),
    ],
)
def test_meetings_in_the_plural_listed_one_by_one_are_those_meetings(texts: tuple[str, ...]) -> None:
    events = _events(*texts)
    assert not any(name.lower().startswith("regional preparatory meetings") for name in events)
    assert sum(name.startswith("RPM-") for name in events) >= 3


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Delegates then prepared for the third and final Regional Preparatory Meeting for the Americas for "
            "WTDC-38.",
            "Regional Preparatory Meeting for the Americas for WTDC-38",
        ),
        (
            "The Bureau recalled that a Regional Preparatory Meeting for Africa for PP-37 would follow the Board.",
            "Regional Preparatory Meeting for Africa for PP-37",
        ),
        (
            "Members welcomed the offer to host the last Arab Regional Preparatory Meeting for WTSA-36.",
            "Arab Regional Preparatory Meeting for WTSA-36",
        ),
        (
            "The Director thanked the twelve regional preparatory meetings for WTDC-39 for their input.",
            "regional preparatory meetings for WTDC-39",
        ),
    ],
)
def test_an_article_a_count_or_an_ordinal_with_its_final_tail_is_no_part_of_the_name(sentence: str, name: str) -> None:
    """The words before the name's modifiers that are not its own: the articles of ``determiners.csv`` (column
    ``article``), a count, an ordinal with ``and final`` after it, ``last`` (``numbers.csv`` kind ``final``)."""
    assert [m.name for m in preparatory_mentions(sentence)] == [name]
