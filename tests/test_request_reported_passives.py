"""Who asks in a passive that a speaker reports (``The Chairman said that, following consultations, the Conference
was invited to ...``): the speaker (the person who holds a post named), never the body asked read as asking itself.
A summing up (``The Chairman concluded that ... the Secretary-General was requested``: the body's decision) and a
passive that asks someone else stay as they were read. The reporting verbs are ``reporting-verbs.csv``. Every name
and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_SAID = """WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-31)
SUMMARY RECORD OF THE SECOND PLENARY MEETING
Tuesday, 8 April 2031

Chairman: Mr Tomas Ferreira-Lund (Brazil)

2.1 The Chairman said that, following consultations among the regional groups, the Conference was invited to \
approve the list of vice-chairmen in Document 40.
"""

_ANNOUNCED = """COUNCIL 2032
SUMMARY RECORD OF THE THIRD PLENARY MEETING
Geneva, 12 June 2032

Chairman: Ms Anneli Koivisto-Mbeki (Finland)

3.4 The Chairman announced that the Council was requested to elect the vice-chairman of the Standing Committee by \
Thursday.
"""

_STATED = """RADIOCOMMUNICATION ASSEMBLY (RA-35)
SUMMARY RECORD OF THE FOURTH PLENARY MEETING
Geneva, 20 October 2035

Chairman: Dr Kwame Asante-Holt (Ghana)

4.2 Dr Kwame Asante-Holt (Ghana), Chairman, stated that the Assembly was invited to endorse the proposed structure \
of the study groups by Friday.
"""


@pytest.mark.parametrize(
    ("text", "speaker", "body"),
    [
        (_SAID, "Tomas Ferreira-Lund", "wtdc"),
        (_ANNOUNCED, "Anneli Koivisto-Mbeki", "itu-council"),
        (_STATED, "Kwame Asante-Holt", "ra"),
    ],
)
def test_the_speaker_asks_the_body_in_a_reported_passive(tmp_path: Path, text: str, speaker: str, body: str) -> None:
    (r,) = extract(parsed_text(tmp_path, text)).requests
    assert (r.requester.kind, r.requester.label) == ("person", speaker)
    assert [(a.kind, a.key) for a in r.addressees] == [("body", body)]


_SUMMED_UP = """COUNCIL 2032
SUMMARY RECORD OF THE THIRD PLENARY MEETING
Geneva, 12 June 2032

Chairman: Ms Anneli Koivisto-Mbeki (Finland)

3.4 The Chairman concluded that the Council took note of the report and that the Secretary-General was requested \
to transmit it to the United Nations.

3.5 The Chairman said that Member States were invited to send their comments by 1 September 2032.
"""


def test_a_summing_up_and_a_passive_to_others_stay_the_bodys(tmp_path: Path) -> None:
    requests = extract(parsed_text(tmp_path, _SUMMED_UP)).requests
    assert [(r.requester.key, [a.key for a in r.addressees]) for r in requests] == [
        ("itu-council", ["itu/secretary-general"]),
        ("itu-council", ["member-states"]),
    ]
