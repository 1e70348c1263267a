"""The report's own meeting when a lead sentence says ``the meeting`` was held or organised and the only
reading of it as the presumed group's (candidate ``group-held``) meets a meeting another reader names on the
same days (:func:`.meeting_ranking._vaguer`): the sentence's meeting is the named one, not a meeting of the
organiser on the letterhead nor of the parent group over a working party; unless the named meeting's name
names the group (``Informal meeting of X Vice-Chairs`` is a meeting of X)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.meeting_candidates import candidates
from wsiskg.ingest.extract.meeting_ranking import evidence
from wsiskg.ingest.extract.study_groups import meeting_body_names

_ORGANISER = """Economic Commission for Africa (ECA)

Regional Review Meeting on Digital Inclusion in Southern Africa

Lusaka, Mulungushi Hall — 3 and 4 March 2031

Informal summary by the secretariat

1. The meeting was organized by ECA jointly with the Southern Ports Authority and chaired by Ms Nadia Orembo (Zambia).

2. Participants reviewed national progress reports from 14 member States.

3. The participants agreed that the next regional review would be held in 2033.
"""

_CONSULTATION = """Economic and Social Commission for Western Asia (ESCWA)

Arab Regional Consultation on Digital Cooperation

Amman, 9-10 December 2031

Summary of proceedings

1. The consultation was organized by ESCWA with the Arab League and chaired by Mr Karim Haddadin (Jordan).

2. Participants reviewed the regional digital agenda and agreed to report to the ministerial meeting.
"""

_WORKING_PARTY = """Radiocommunication Study Groups
Working Party 7C (Remote sensing systems)

Document 7C/41-E
28 May 2031

SUMMARY OF THE MEETING OF WORKING PARTY 7C
(Geneva, 12–19 May 2031)

1 The meeting of Working Party 7C was opened on 12 May 2031 by its Chairman, Mr Tomas Velde (Norway).

2 WP 7C approved the draft revision of the Handbook on Earth observation for submission to Study Group 7.
"""

_TASK_GROUP = """Radiocommunication Study Groups
Task Group 6/2 (Broadcast archives)

SUMMARY OF THE MEETING OF TASK GROUP 6/2
(Geneva, 4–6 June 2031)

1 The meeting was opened on 4 June 2031 by its Chairman, Ms Lidia Ferraz (Portugal).

2 The Task Group approved a draft new Report for submission to Study Group 6.
"""

_OF_THE_GROUP = """Telecommunication Development Advisory Group (TDAG)

Informal meeting of TDAG Vice-Chairs

Geneva, 6 March 2031

1. The meeting was held on 6 March 2031 and was chaired by Ms Ilse Marant (Belgium).

2. The Vice-Chairs reviewed the draft operational plan.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_ORGANISER,
         ("regional-review-meeting-on-digital-inclusion-in-southern-africa", None, date(2031, 3, 3), date(2031, 3, 4))),
        (_CONSULTATION,
         ("arab-regional-consultation-on-digital-cooperation", None, date(2031, 12, 9), date(2031, 12, 10))),
        (_WORKING_PARTY, ("itu-r-wp7c", None, date(2031, 5, 12), date(2031, 5, 19))),
        (_TASK_GROUP, ("task-group-6-2", None, date(2031, 6, 4), date(2031, 6, 6))),
    ],
)  # fmt: skip
def test_the_meeting_a_lead_sentence_says_was_held_is_the_named_one_of_its_days(
    tmp_path: Path, text: str, expected: tuple
) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


def _features(tmp_path: Path, text: str) -> dict[str, frozenset[str]]:
    report = parsed_text(tmp_path, text)
    names = meeting_body_names(report)
    found = candidates(report, names)
    return {c.meeting.body: f for c, f in zip(found, evidence(report, names, found), strict=True)}


_THE_GROUP = """TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP (TDAG)

Summary of the meeting of the Group
Kigali Convention Centre, Kigali, 2-3 March 2031

1. The meeting was chaired by Ms Ilse Marant (Belgium), who welcomed representatives of nine regional offices.

2. The Group reviewed the draft operational plan.
"""


@pytest.mark.parametrize("text", [_OF_THE_GROUP, _THE_GROUP])
def test_a_presumed_group_is_no_vaguer_reading_beside_a_meeting_whose_name_names_it(tmp_path: Path, text: str) -> None:
    features = _features(tmp_path, text)
    assert "vaguer" not in features["tdag"]
    assert "vaguer" in _features(tmp_path, _ORGANISER)["eca"]


def test_the_presumed_groups_meeting_stays_when_no_other_meeting_has_its_days(tmp_path: Path) -> None:
    text = (
        "Telecommunication Development Advisory Group (TDAG)\n\nSummary of the meeting\n\n"
        "1. The meeting was held in Kigali on 9 and 10 September 2031 and was chaired by Ms Ilse Marant (Belgium).\n\n"
        "2. TDAG reviewed the draft operational plan.\n"
    )
    assert meeting_parts(parsed_text(tmp_path, text)) == ("tdag", None, date(2031, 9, 9), date(2031, 9, 10))
