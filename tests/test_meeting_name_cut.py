"""The own meeting's body whose name a header line cuts inside a list of its topics, written whole in the lead
(:mod:`.meeting_name_cut`, decision 6: a name is never cut before its last words): the body is the lead's whole name
and ``The Sectoral Committee directed ...`` is its request. A header line that ends with the name whole leaves the
body as it is. Names, bodies and dates are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import meeting_named, parsed_text

from wsiskg.ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # cut after a comma, in capitals, a bracketed sector after the list's end
            "REPORT OF THE 7TH MEETING OF THE SECTORAL COUNCIL ON FISHERIES,\n"
            "PORTS AND DIGITAL SERVICES (DIGITAL SECTOR)\nSUVA, 2-4 APRIL 2031\n\n"
            "1. The 7th Meeting of the Sectoral Council on Fisheries, Ports and Digital Services was held in Suva "
            "from 2 to 4 April 2031.\n\n"
            "2. The Sectoral Council directed Member States to publish their port data by 30 June 2032.\n",
            ("sectoral-council-on-fisheries-ports-and-digital-services",
             "Sectoral Council on Fisheries, Ports and Digital Services"),
        ),
        (  # cut after "and"
            "MINUTES OF THE 4TH MEETING OF THE STANDING COMMITTEE ON ROADS AND\nRAIL DIGITALISATION\n"
            "TARTU, 3 MAY 2031\n\n1. The 4th Meeting of the Standing Committee on Roads and Rail Digitalisation was "
            "held in Tartu on 3 May 2031.\n\n2. The Standing Committee invited members to share their sensor data.\n",
            ("standing-committee-on-roads-and-rail-digitalisation",
             "Standing Committee on Roads and Rail Digitalisation"),
        ),
    ],
)  # fmt: skip
def test_the_lead_writes_the_cut_name_whole(tmp_path: Path, text: str, expected: tuple) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and (found[0], found[3]) == expected
    x = extract(parsed_text(tmp_path, text))
    assert {r.requester.key for r in x.requests} == {expected[0]}


def test_a_header_line_ending_with_the_name_whole_keeps_it(tmp_path: Path) -> None:
    text = (
        "Minutes of the Working Group on Tides\nValletta, 3 May 2031\n\n1. The Working Group on Tides held its "
        "third meeting in Valletta on 3 May 2031, with the Working Group on Waves and Currents.\n\n"
        "2. The Working Group invited members to share their gauge data.\n"
    )
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[0] == "working-group-on-tides"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # cut before `for`: the region on the next line
            "Report\nSub-Regional Workshop on Fibre Backbone Sharing\nfor the Andean Countries\n"
            "La Paz, Bolivia, 4-6 June 2031\n\n"
            "1. The Sub-Regional Workshop on Fibre Backbone Sharing for the Andean Countries was held in La Paz from 4 "
            "to 6 June 2031.\n\n"
            "2. The Workshop invited regulators to publish their infrastructure maps by the end of 2031.\n",
            ("sub-regional-workshop-on-fibre-backbone-sharing-for-the-andean-countries",
             "Sub-Regional Workshop on Fibre Backbone Sharing for the Andean Countries"),
        ),
        (  # in capitals, cut before `IN`
            "SUMMARY REPORT\nHIGH-LEVEL DIALOGUE ON OCEAN CABLE RESILIENCE\nIN THE BALTIC SEA\n"
            "Gdansk, Poland, 12 September 2031\n\n"
            "1. The High-Level Dialogue on Ocean Cable Resilience in the Baltic Sea took place in Gdansk on 12 "
            "September 2031.\n\n"
            "2. The Dialogue invited operators to share their repair plans with the regulators by March 2032.\n",
            ("high-level-dialogue-on-ocean-cable-resilience-in-the-baltic-sea",
             "High-Level Dialogue on Ocean Cable Resilience in the Baltic Sea"),
        ),
    ],
)  # fmt: skip
def test_the_lead_writes_whole_a_name_cut_before_its_joining_word(tmp_path: Path, text: str, expected: tuple) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and (found[0], found[3]) == expected
    x = extract(parsed_text(tmp_path, text))
    assert {r.requester.key for r in x.requests} == {expected[0]}


def test_a_line_under_the_name_the_lead_does_not_write_with_it_keeps_the_name(tmp_path: Path) -> None:
    text = (
        "Regional Forum on Spectrum Pricing\nfor the attention of the delegates\nRiga, 3 May 2031\n\n"
        "1. The Regional Forum on Spectrum Pricing was held in Riga on 3 May 2031.\n"
    )
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[0] == "regional-forum-on-spectrum-pricing"
