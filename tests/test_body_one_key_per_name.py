"""A body outside the catalogue that two readers keyed two ways (its full name in a paragraph, the name
it defines with a short form in the title) is one body, under the key of the form with the short
form: the meeting, the parties of its requests and its posts point at it, and it is listed once
(``ingest/extract/body_aliases.py``). Every name, place and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.body_aliases import body_aliases
from wsiskg.ingest.records import MEETING_NAME, Body

_TITLED = """{upper} ({acr})
Report of the {nth} meeting
{place}, {dates}

1. The {nth} meeting of the {name} was chaired by {chair}.

2. The Group {verb} the {addressee} to {action}.
"""


@pytest.mark.parametrize(
    ("name", "acr", "nth", "place", "dates", "chair", "verb", "addressee", "action", "own", "asked"),
    [
        (
            "Working Group on Rural Coverage",
            "WG-RC",
            "third",
            "Windhoek",
            "4–6 May 2031",
            "Mr Tomas Ekwueme-Lind (Namibia)",
            "requested",
            "Secretary-General",
            "circulate a questionnaire on rural coverage obligations",
            "wg-rc",
            "secretary-general",
        ),
        (
            "Inter-Regional Group on Tariff Transparency",
            "IRG-TT",
            "first",
            "Accra",
            "12–13 October 2030",
            "Ms Abena Owusu-Berg (Ghana)",
            "invited",
            "Director of BDT",
            "publish the tariff survey by 1 December 2030",
            "irg-tt",
            "itu-bdt/director",
        ),
        (
            "Expert Group on Satellite Filing Backlogs",
            "EG-SFB",
            "second",
            "Kigali",
            "9–10 March 2032",
            "Mr Jean-Paul Habimana-Ost (Rwanda)",
            "requested",
            "Secretary-General",
            "report on processing times at the next meeting",
            "eg-sfb",
            "secretary-general",
        ),
    ],
)
def test_the_group_of_a_titled_report_is_the_body_with_its_short_form(
    tmp_path: Path,
    name: str,
    acr: str,
    nth: str,
    place: str,
    dates: str,
    chair: str,
    verb: str,
    addressee: str,
    action: str,
    own: str,
    asked: str,
) -> None:
    text = _TITLED.format(
        upper=name.upper(),
        acr=acr,
        nth=nth,
        place=place,
        dates=dates,
        name=name,
        chair=chair,
        verb=verb,
        addressee=addressee,
        action=action,
    )
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is not None and x.meeting.body == own
    assert [(b.key, b.acronym) for b in x.bodies if b.name.lower() == name.lower()] == [(own, acr)]
    assert [(r.requester.key, tuple(a.key for a in r.addressees)) for r in x.requests] == [(own, (asked,))]


def test_the_meeting_body_keyed_by_its_full_name_takes_the_short_form(tmp_path: Path) -> None:
    text = """TSAG-TD 418
TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP
Geneva, 2 – 6 February 2032

Source: Rapporteur, TSAG Rapporteur Group on Regional Outreach
Title: Report of the RG-RO meeting, 3 February 2032

1 The TSAG Rapporteur Group on Regional Outreach (RG-RO) met on 3 February 2032. The Rapporteur,
Mr Oskar Lindqvist-Mbeki (Sweden), chaired the meeting.

2 The group requested TSB to compile a list of regional standardization events.
"""
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is not None and x.meeting.body == "rg-ro"
    assert [b.key for b in x.bodies if "Regional Outreach" in b.name] == ["rg-ro"]
    assert all(p.org != "tsag-rapporteur-group-on-regional-outreach" for p in x.posts)


@pytest.mark.parametrize(
    ("found", "aliases"),
    [
        # one name, one short form: the other key is an alias of it
        (
            (Body("lake-forum-on-roaming", "Lake Forum on Roaming"), Body("lfr", "LAKE FORUM ON ROAMING", "LFR")),
            {"lake-forum-on-roaming": "lfr"},
        ),
        # no short form: nothing to choose between
        ((Body("delta-panel", "Delta Panel"), Body("the-delta-panel", "the Delta Panel")), {}),
        # two short forms: two bodies as far as the report says
        ((Body("hpa", "Highland Panel", "HPA"), Body("hp-2", "Highland Panel", "HP-2")), {}),
        # a meeting named as a meeting is no organisation: not merged
        (
            (Body("fjord-dialogue", "Fjord Dialogue", kind=MEETING_NAME), Body("fd", "Fjord Dialogue", "FD")),
            {},
        ),
    ],
)
def test_aliases_are_bodies_of_one_name_one_with_a_short_form(found: tuple[Body, ...], aliases: dict[str, str]) -> None:
    assert body_aliases(found) == aliases


_REDEFINED = """{upper} ({acr})
Report of the fifth session
{place}, {dates}

1 The {name} ({acr}) held its fifth session in {place} from {dates}, chaired by {chair}.

2 The {head} requested the {acr} secretariat to circulate the draft guidelines by 4 April 2031.

3 The {head} requested the secretariat to publish the report of the session.

4 Member States were invited to nominate experts to the working group.
"""


@pytest.mark.parametrize(
    ("name", "acr", "head", "place", "dates", "chair", "catalogue"),
    [
        ("Commission on Lake Gauging", "CTO", "Commission", "Porto", "3-5 March 2031", "Ms Ines Valadares-Koch", "cto"),
        ("Committee on Reef Telemetry", "ATU", "Committee", "Suva", "9-11 June 2032", "Mr Jone Tavake-Berg", "atu"),
    ],
)
def test_a_catalogue_acronym_the_report_gives_its_own_body_keys_meeting_secretariat_and_parties_alike(
    tmp_path: Path, name: str, acr: str, head: str, place: str, dates: str, chair: str, catalogue: str
) -> None:
    text = _REDEFINED.format(upper=name.upper(), name=name, acr=acr, head=head, place=place, dates=dates, chair=chair)
    x = extract(parsed_text(tmp_path, text))
    own = "-".join(name.lower().split())
    assert x.meeting is not None and x.meeting.body == own  # not the catalogue body that acronym names elsewhere
    assert [b.key for b in x.bodies if b.key in (own, catalogue)] == [own]
    assert {r.requester.key for r in x.requests} == {own}
    secretariats = {a.key for r in x.requests for a in r.addressees if a.key.endswith("secretariat")}
    assert secretariats == {f"{own}-secretariat"}  # one derivation: the key of the body it serves
