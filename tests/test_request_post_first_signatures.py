"""Who asks in a note signed post first (``Secretary-General`` / ``NAME`` after the last sentence, an annex line
maybe below): the person who signs under the post its header names (decision 11), as when the name comes first
(``NAME`` / ``Secretary-General``); the person holds that post. A line above a name that is no post alone, or a
name that is not among the last lines, signs nothing. Every name and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_SG_NOTE = """COUNCIL 2031
Geneva, 10-20 June 2031
Document C31/44-E
2 April 2031
Original: English
Note by the Secretary-General
ANNUAL REPORT OF THE AUDIT COMMITTEE
I have the honour to transmit to the Council the annual report of the Audit Committee.
The Council is invited to take note of the report.
Secretary-General
Olufemi Arntzen-Bakare
Annex: Annual report of the Audit Committee
"""

_DIRECTOR_NOTE = """TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP
Geneva, 3-7 February 2032
Document TSAG-TD 118
Note by the Director of the Telecommunication Standardization Bureau
STATUS OF THE STANDARDIZATION GAP PROGRAMME
Twelve workshops were held in 2031 under the programme.
TSAG is invited to review the proposed workshop calendar for 2032.
Director, Telecommunication Standardization Bureau
Dr Hyun-woo Castellanos-Berg
"""

_DEPUTY_NOTE = """PLENIPOTENTIARY CONFERENCE (PP-34)
Nairobi, 2-20 October 2034
Document 12-E
3 June 2034
Note by the Deputy Secretary-General
ARRANGEMENTS FOR REMOTE PARTICIPATION
Remote participation will be offered for the plenary meetings.
Delegations are requested to register their remote participants by 1 September 2034.
Deputy Secretary-General
Ms Tuulikki Ramírez-Oyelaran
"""


@pytest.mark.parametrize(
    ("text", "signatory", "post", "addressee"),
    [
        (_SG_NOTE, "Olufemi Arntzen-Bakare", "itu/secretary-general", "itu-council"),
        (_DIRECTOR_NOTE, "Hyun-woo Castellanos-Berg", "itu-tsb/director", "tsag"),
        (_DEPUTY_NOTE, "Tuulikki Ramírez-Oyelaran", "itu/deputy-secretary-general", "delegations"),
    ],
)
def test_the_person_signing_under_the_post_asks(
    tmp_path: Path, text: str, signatory: str, post: str, addressee: str
) -> None:
    found = extract(parsed_text(tmp_path, text))
    (r,) = found.requests
    assert (r.requester.kind, r.requester.label) == ("person", signatory)
    assert [a.key for a in r.addressees] == [addressee]
    assert {p.name: p.posts for p in found.persons} == {signatory: (post,)}


_NO_SIGNATURE = [
    # the line above the name is a sentence, not a post alone: the note stays its post's
    """COUNCIL 2031
Geneva, 10-20 June 2031
Note by the Secretary-General
The Council is invited to take note of the report.
The report was prepared with the help of the Chief Economist.
Olufemi Arntzen-Bakare
""",
    # a post line and a name early in the document, sentences after them: no signature
    """COUNCIL 2031
Geneva, 10-20 June 2031
Note by the Secretary-General
The Council is invited to take note of the report.
Secretary-General
Olufemi Arntzen-Bakare
The Committee met four times in 2030.
It reviewed the internal audit plan.
The next report will cover 2031.
""",
]


@pytest.mark.parametrize("text", _NO_SIGNATURE)
def test_a_name_not_signing_post_first_leaves_the_post(tmp_path: Path, text: str) -> None:
    (r,) = extract(parsed_text(tmp_path, text)).requests
    assert (r.requester.kind, r.requester.key) == ("post", "itu/secretary-general")
