"""The body that ``held its Nth meeting`` read past an apposition only when a header line names it whole
(:func:`wsiskg.ingest.extract.present_meeting._header_subject`, round 58): ``Council Working Group on X`` / ``(Expert
Group on Y)`` / ``I. The Expert Group on Y, established pursuant to ..., held its third meeting ...`` is the Expert
Group's third meeting (decision 3, the body that met as the document writes it). Round 56 read past every apposition
and was reverted; the header's own line is the evidence asked for now. Names, bodies and dates are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, meeting_named, parsed_text

from wsiskg.ingest.extract.present_meeting import _header_subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the group's own name in brackets under the catalogue group it became, a roman paragraph number
            "Council Working Group on International Internet-related Public Policy Issues\n"
            "(Expert Group on Coastal Sensor Networks)\nDocument EG-CSN/31/4\n\n"
            "I. The Expert Group on Coastal Sensor Networks, established pursuant to Resolution 12 (Rev. Lima, 2030) "
            "and Council Resolution 1410, held its second meeting on 4-5 March 2031 under the chairmanship of Ms Ana "
            "Quispe (Peru).\n\n"
            "II. The Group asked the secretariat to circulate the draft inventory by 30 April 2031.\n",
            ("expert-group-on-coastal-sensor-networks", 2, "2031-03-04"),
        ),
        (  # another group in brackets, an arabic paragraph number, a chair's apposition (read before this round too)
            "Council Working Group on Child Online Protection\n(Expert Group on Island Spectrum Pricing)\n"
            "Document EG-ISP/32/3\n\n"
            "1. The Expert Group on Island Spectrum Pricing, chaired by Mr Tevita Fifita (Tonga), held its fifth "
            "meeting on 11 and 12 March 2032.\n\n2. The Group invited Member States to send their data by 1 May "
            "2032.\n",
            ("expert-group-on-island-spectrum-pricing", 5, "2032-03-11"),
        ),
    ],
)  # fmt: skip
def test_the_header_names_the_subject_that_held_its_meeting(tmp_path: Path, text: str, expected: tuple) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and (found[0], found[1], str(found[2])) == expected


@pytest.mark.parametrize(
    ("lines", "before", "expected"),
    [
        (["(Expert Group on Tide Gauges)"], "I. The Expert Group on Tide Gauges, established by Decision 7,",
         "The Expert Group on Tide Gauges"),
        (["Expert Group on Tide Gauges"], "3. The Expert Group on Tide Gauges, chaired by Ms A,",
         "The Expert Group on Tide Gauges"),
        # no header line names it: as it is (round 56's broader reading was reverted)
        (["Council 2031"], "The Expert Group on Tide Gauges, established by Decision 7,",
         "The Expert Group on Tide Gauges, established by Decision 7,"),
        # no apposition
        (["Expert Group on Tide Gauges"], "The Expert Group on Tide Gauges", "The Expert Group on Tide Gauges"),
    ],
)  # fmt: skip
def test_header_subject(lines: list[str], before: str, expected: str) -> None:
    report = make_report(*lines, "Body of the report.")
    assert _header_subject(report, before) == expected
