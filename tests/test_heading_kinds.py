"""A record's words before a meeting's name in a header line (:data:`.heading_kinds._RECORD`): ``Summary report:``,
``Final summary report:``, ``Outcome document:`` and ``Summary report of the`` are no part of the body that met
(decision 3: the body without the document's title). Names, bodies and dates are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import meeting_named, parsed_text

from wsiskg.ingest.extract.heading_kinds import _RECORD


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Summary report: Regional Workshop on Tidal Energy", "Regional Workshop on Tidal Energy"),
        ("FINAL SUMMARY REPORT: ANDEAN WORKSHOP ON ROAMING", "ANDEAN WORKSHOP ON ROAMING"),
        ("Outcome document: Nordic Digital Ministers Meeting", "Nordic Digital Ministers Meeting"),
        ("Summary report of the Regional Workshop on Tidal Energy", "Regional Workshop on Tidal Energy"),
        ("Summary record of the third plenary meeting", "third plenary meeting"),
        ("Regional Workshop on Summary Statistics", "Regional Workshop on Summary Statistics"),  # no record's words
    ],
)
def test_a_records_words_before_the_name_are_left_out(line: str, rest: str) -> None:
    assert _RECORD.sub("", line, count=1) == rest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Summary report: Regional Workshop on Tidal Energy\nHobart, 3-4 March 2031\n\n"
            "1. The Regional Workshop on Tidal Energy was held in Hobart on 3 and 4 March 2031.\n\n"
            "2. The Workshop invited utilities to publish their grid data.\n",
            ("regional-workshop-on-tidal-energy", "Regional Workshop on Tidal Energy"),
        ),
        (
            "Outcome document: Nordic Digital Ministers Meeting\nReykjavik, 9 May 2031\n\n"
            "1. The Nordic Digital Ministers Meeting was held in Reykjavik on 9 May 2031.\n\n"
            "2. Ministers called on operators to share their masts.\n",
            ("nordic-digital-ministers-meeting", "Nordic Digital Ministers Meeting"),
        ),
    ],
)
def test_the_own_meetings_body_has_no_records_words(tmp_path: Path, text: str, expected: tuple) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and (found[0], found[3]) == expected
