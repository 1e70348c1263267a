"""The own meeting's body whose header line writes its name and its topic apart, by a colon, a dash or quotes, and
whose lead writes them whole (:mod:`.meeting_name_topic`, decisions 6 and 45): the body is the lead's whole name and
``The Forum invited ...`` is its request. A subtitle the lead never writes after the name leaves the body as it is.
Names, bodies and dates are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import meeting_named, parsed_text

from wsiskg.ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the topic in quotes after a colon, the organiser's acronym only in the header
            "ITU Regional Forum for the Andes: \u201cRural Broadband Financing\u201d\nCusco, Peru, 4-5 May 2032\n\n"
            "Summary of the Forum\n\n1  The Regional Forum for the Andes on Rural Broadband Financing was organized "
            "by the regional office and hosted by the regulator of Peru.\n\n"
            "2  The Forum invited operators to report their rural coverage.\n",
            ("regional-forum-for-the-andes-on-rural-broadband-financing",
             "Regional Forum for the Andes on Rural Broadband Financing"),
        ),
        (  # a header line in capitals, the topic after a colon
            "REGIONAL SEMINAR FOR CENTRAL ASIA: SATELLITE FILINGS AND COORDINATION\nAlmaty, 8-10 September 2031\n\n"
            "1. The Regional Seminar for Central Asia on Satellite Filings and Coordination was held in Almaty from "
            "8 to 10 September 2031.\n\n2. The Seminar encouraged administrations to train their filing staff.\n",
            ("regional-seminar-for-central-asia-on-satellite-filings-and-coordination",
             "Regional Seminar for Central Asia on Satellite Filings and Coordination"),
        ),
        (  # the topic after a dash, the organiser's acronym in the lead too
            "ITU Regional Workshop for the Baltic States \u2013 Quantum-Safe Networks\nRiga, 2-3 October 2031\n\n"
            "1. The ITU Regional Workshop for the Baltic States on Quantum-Safe Networks was held in Riga on 2 and 3 "
            "October 2031.\n\n2. The Workshop invited operators to plan their migration.\n",
            ("itu-regional-workshop-for-the-baltic-states-on-quantum-safe-networks",
             "ITU Regional Workshop for the Baltic States on Quantum-Safe Networks"),
        ),
    ],
)  # fmt: skip
def test_the_lead_writes_the_name_and_its_topic_whole(tmp_path: Path, text: str, expected: tuple) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and (found[0], found[3]) == expected
    x = extract(parsed_text(tmp_path, text))
    assert {r.requester.key for r in x.requests} == {expected[0]}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (  # a subtitle the lead never writes after the name: the name before the colon (round 55,
            # ``meeting_subtitle.subtitle_off``: the lead names the meeting without it)
            "Workshop on Island Grid Resilience: Options for the Next Decade\nMajuro, 9-10 March 2031\n\n"
            "1. The Workshop on Island Grid Resilience was held in Majuro on 9 and 10 March 2031.\n\n"
            "2. The Workshop invited partners to pool their funds.\n",
            "workshop-on-island-grid-resilience",
        ),
        (  # the lead names the topic without the name before it
            "Andean Data Forum: Open Statistics\nLima, 3-4 June 2031\n\n"
            "1. The Forum was held in Lima on 3 and 4 June 2031 and discussed open statistics.\n",
            "andean-data-forum",
        ),
    ],
)  # fmt: skip
def test_a_header_line_the_lead_does_not_write_whole_keeps_the_body(tmp_path: Path, text: str, key: str) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[0] == key
