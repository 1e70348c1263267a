"""No request asks its own requester (``requests._not_to_itself``): a covering note's ``The Conference is invited
to ...`` under a heading that cites the conference's resolution (since round 34 the note's issuer asks), or ``It
agreed to recommend that the Council ...`` after a mention of a Council decision, once read as the body asking
itself, is no pair. A record of a body's meeting is the exception: ``The Group was invited to ...`` there is a
request to the Group's members, credited to the Group (the corpus's convention for a passive in a record) and kept
with its deadline. Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_WTDC_NOTE = """WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-33)
Lima, 4-15 April 2033

PLENARY MEETING
Document 31-E
2 March 2033

Note by the Secretary-General

RESOLUTION 61 (REV. WTDC-29)

I have the honour to transmit to the Conference, in the Annex, the report of the Tidal Data Board prepared in \
accordance with Resolution 61 (Rev. WTDC-29).

The Conference is invited to take note of the report.

Report of the Tidal Data Board

The Board urges administrations to share tide-gauge data.
"""

_PP_NOTE = """PLENIPOTENTIARY CONFERENCE (PP-34)
Nairobi, 2-20 October 2034

PLENARY MEETING
Document 48-E
1 September 2034

Note by the Secretary-General

RESOLUTION 77 (REV. PP-30)

I have the honour to transmit to the Conference the report of the Coordination Board on Ocean Networks.

The Plenipotentiary Conference is invited to approve the report.
"""

_CWG_SUMMARY = """Council Working Group on Coastal Resilience (CWG-CR)

Summary of the fourth meeting, Geneva, 9-10 March 2033

Budget. The Group reviewed the implementation of Council Decision 733 on cost recovery for buoy registrations. \
It agreed to recommend that the Council instruct the Secretary-General to present a revised schedule of fees.

Arrears. The Group encouraged Member States to settle their arrears.
"""


@pytest.mark.parametrize("text", [_WTDC_NOTE, _PP_NOTE, _CWG_SUMMARY])
def test_no_request_asks_its_own_requester(tmp_path: Path, text: str) -> None:
    requests = extract(parsed_text(tmp_path, text)).requests
    for r in requests:
        assert (r.requester.kind, r.requester.key) not in {(a.kind, a.key) for a in r.addressees}


def test_the_other_requests_of_the_text_stay(tmp_path: Path) -> None:
    # the covering note's own line is its issuer's (round 34: tests/test_request_covering_notes.py)
    requests = extract(parsed_text(tmp_path, _WTDC_NOTE)).requests
    assert [(r.verb, r.requester.key, tuple(a.key for a in r.addressees)) for r in requests] == [
        ("invite", "itu/secretary-general", ("wtdc",)),
        ("urge", "tidal-data-board", ("administrations",)),
    ]


_RECORDS = [
    """Council Working Group on Coastal Resilience (CWG-CR)

Report of the fifth meeting, Geneva, 14-15 September 2033

3.2 The Group was invited to submit case studies on buoy networks before 1 December 2033.
""",
    """Telecommunication Standardization Advisory Group (TSAG)

Summary of the meeting, Geneva, 2-5 May 2034

The Group was also invited to review the draft questionnaire before 30 June 2034.
""",
    """Telecommunication Development Advisory Group (TDAG)

Report of the twenty-first meeting, Geneva, 9-11 March 2035

4.1 The Advisory Group was invited to send its views on the regional initiatives before 1 May 2035.
""",
]


@pytest.mark.parametrize("text", _RECORDS)
def test_a_record_keeps_the_recorded_body_invited(tmp_path: Path, text: str) -> None:
    requests = extract(parsed_text(tmp_path, text)).requests
    assert len(requests) == 1
    (r,) = requests
    assert r.verb == "invite" and r.deadline is not None
    assert [(a.kind, a.key) for a in r.addressees] == [(r.requester.kind, r.requester.key)]


# Round 41: a speech or a record drafts no text of its own, so a request there that asks only its author was
# someone else's (the speaker asked by the one on whose behalf the statement is read) and is no pair. Every text is
# invented.

_SPEECHES = [
    """Statement of the Kingdom of Lesotho
Regional Forum on Coastal Connectivity, Tallinn, 3-4 May 2033

Madam Chair, Excellencies, ladies and gentlemen,

The Minister of Digital Affairs regrets that she could not travel and has asked me to deliver this statement on her \
behalf.

We invite all delegations to visit our national pavilion.
""",
    """Opening remarks by Ms Ilse Marendaal, Deputy Director, Coastal Data Office

Excellencies, colleagues,

Our Director could not be here today and has requested me to convey his greetings and to open the session in his \
name.

I encourage all participants to share their tide-gauge data with the Office by 30 June 2034.
""",
    """Statement of the Republic of Malawi
Ministerial Round Table on Rural Broadband, Kigali, 9 October 2035

Honourable Ministers, distinguished delegates,

Our Principal Secretary, who is held up in the capital, has asked me to present the views of my Government in his \
place.

We call on development partners to co-finance the regional backbone before the end of 2036.
""",
]


@pytest.mark.parametrize("text", _SPEECHES)
def test_a_speaker_asked_to_deliver_the_speech_is_no_request(tmp_path: Path, text: str) -> None:
    requests = extract(parsed_text(tmp_path, text)).requests
    own = [r for r in requests if {(a.kind, a.key) for a in r.addressees} == {(r.requester.kind, r.requester.key)}]
    assert own == []
    # the speaker's own request stays, with the speaker asking
    (kept,) = requests
    assert kept.verb in {"invite", "encourage", "call-upon"} and kept.addressees[0].kind == "collective"


@pytest.mark.parametrize(
    ("text", "requester", "asked"),
    [
        (
            _SPEECHES[0],
            ("country", "LSO"),
            [("collective", "delegations")],
        ),
        (
            _SPEECHES[1],
            ("person", "ilse-marendaal"),
            [("collective", "participants")],
        ),
        (
            _SPEECHES[2],
            ("country", "MWI"),
            [("collective", "development-partners")],
        ),
    ],
)
def test_the_speakers_own_request_stays(
    tmp_path: Path, text: str, requester: tuple[str, str], asked: list[tuple[str, str]]
) -> None:
    (r,) = extract(parsed_text(tmp_path, text)).requests
    assert (r.requester.kind, r.requester.key) == requester
    assert [(a.kind, a.key) for a in r.addressees] == asked
