"""The report's own meeting when the front names it by a proper name that a meeting noun closes, a preposition
joining its capitalised words (:func:`.meeting_heading._proper_name_closed`): ``Record of the Heads of Regulators'
Roundtable`` over its dateline, ``The third Data for Islands Summit was held ...`` in the lead; not a group's topic
(``Working Party on Data Forum``) nor a name with an article (``Heads of the Regulators Roundtable``). A body's name
line over its numbered kind line (:func:`.meeting_heading._kind_only`): the acronym closing the name may open the kind
line (``(XWG-Y) – 4th meeting, ...``), a record's noun may open it (``DECISIONS OF THE NINTH ORDINARY SESSION``,
``Notes of the third meeting in 2031, held at ...``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.heading_lines import _heading

_BODY = "1. The participants reviewed the regional roadmap.\n\n2. The chair closed the meeting.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Record of the Heads of Spectrum Agencies' Roundtable\n\nPacific Islands Regulators Network (PIRN)\n\n"
         f"Suva, Fiji, 8th and 9th June 2031\n\n{_BODY}",
         ("heads-of-spectrum-agencies-roundtable", None, date(2031, 6, 8), date(2031, 6, 9))),
        (f"Ministers of Digital Affairs Meeting\n\nTallinn, 14-15 October 2032\n\n{_BODY}",
         ("ministers-of-digital-affairs-meeting", None, date(2032, 10, 14), date(2032, 10, 15))),
        ("Data for Islands Summit 2030 - Highlights\n\nApia, 3-5 April 2030\n\nThe third Data for Islands Summit "
         f"was held in Apia from 3 to 5 April 2030.\n\n{_BODY}",
         ("data-for-islands-summit", 3, date(2030, 4, 3), date(2030, 4, 5))),
        # the acronym that closes the name opens the line of the kind under it
        ("SADC Working Group on Spectrum Pricing and Licensing\n\n(SADC-WG-SPL) – 4th meeting, Windhoek, "
         f"12 March 2031\n\n{_BODY}",
         ("sadc-working-group-on-spectrum-pricing-and-licensing", 4, date(2031, 3, 12), None)),
        ("Caribbean Task Force on Numbering, Portability and Tariffs\n\n(CTF-NPT), second meeting, Castries, "
         f"2-3 June 2032\n\n{_BODY}",
         ("ctf-npt", 2, date(2032, 6, 2), date(2032, 6, 3))),
        # a record's noun before "of the", the meeting numbered within its year
        ("Regional Expert Team on Island Connectivity\n\nNotes of the third meeting in 2031, held at "
         f"PIRN Headquarters, Suva, on 9 October 2031\n\n{_BODY}",
         ("regional-expert-team-on-island-connectivity", 3, date(2031, 10, 9), None)),
        (f"Andean Council of Digital Ministers (ACDM)\n\nDECISIONS OF THE NINTH ORDINARY SESSION\n\nQuito, 5th and "
         f"6th May 2031\n\n{_BODY}",
         ("acdm", 9, date(2031, 5, 5), date(2031, 5, 6))),
    ],
)  # fmt: skip
def test_a_front_matter_name_and_dateline_are_the_meeting(tmp_path: Path, text: str, expected: tuple) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Working Party on Data Forum",  # a group's topic
        "Heads of the Regulators Roundtable",  # an article: a topic's
        "Council Working Group on Island Data Summit",  # a group's topic
        "Heads of Delegation",  # no meeting noun closing it
        "Report on Capacity Building Workshop",  # a record's words on a topic
    ],
)
def test_a_group_or_a_topic_is_no_proper_meeting_name(line: str) -> None:
    found = _heading(line, 2031)
    assert found is None or found.name != line
