"""A body's name broken over two header lines after a joining small word (:mod:`.header_line_joins`): the own
meeting's body is the whole name, not its first line (``Executive Council of the``). Names, bodies and dates are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import meeting_named, parsed_text

from wsiskg.ingest.extract.header_line_joins import name_lines


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (("GOVERNING BOARD OF THE", "MEKONG DIGITAL CORRIDOR", "Report of the sixth meeting",
          "Vientiane, 4-5 May 2031"),
         "Governing Board of the Mekong Digital Corridor"),
        (("STANDING COMMITTEE ON", "SATELLITE ORBITS AND SPECTRUM", "Summary record of the second meeting",
          "Windhoek, 9-10 June 2032"),
         "Standing Committee on Satellite Orbits and Spectrum"),
        (("Coordination Panel for", "Rural Postal Services", "Minutes of the third meeting", "Thimphu, 2 March 2030"),
         "Coordination Panel for Rural Postal Services"),
    ],
)  # fmt: skip
def test_a_name_broken_after_a_joining_word_is_read_whole(tmp_path: Path, lines: tuple[str, ...], name: str) -> None:
    first = lines[0].split()[0].capitalize()
    text = "\n".join(lines) + f"\n\n1. The {first} met on the days above.\n\n2. The {first} adopted its work plan.\n"
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[3] == name


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["BOARD OF THE", "NORTHERN CABLE ALLIANCE"], ["BOARD OF THE NORTHERN CABLE ALLIANCE", "BOARD OF THE",
                                                     "NORTHERN CABLE ALLIANCE"]),
        (["Board of the", "Lima, 4 May 2031"], ["Board of the", "Lima, 4 May 2031"]),  # a dateline: no name
        (["Northern Cable Alliance", "Board"], ["Northern Cable Alliance", "Board"]),  # no joining word
        (["Board of the", "meeting was held."], ["Board of the", "meeting was held."]),  # a sentence
    ],
)  # fmt: skip
def test_name_lines(lines: list[str], expected: list[str]) -> None:
    assert list(name_lines(lines)) == expected
