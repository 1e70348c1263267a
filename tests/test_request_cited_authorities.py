"""Who asks in a passive of a letter or a note that cites the text it acts under (``In accordance with Council
Resolution 1344, all stakeholders are invited to ...``, ``Pursuant to Resolution 37 ..., Member States are
requested ...``): the letter's author, in the present; the resolution only says under what authority. A past
passive (``... the Secretary-General was instructed to ...``) reports what the resolution's issuer asked and stays
the issuer's. Every name and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_SG_LETTER = """Circular letter CL-33/12
Geneva, 4 March 2033
To: Member States of ITU; Sector Members
Subject: Open consultation on cybersecurity capacity

Madam, Sir,

In accordance with Council Resolution 1344, all stakeholders are invited to provide their written input on \
the consultation topic by 20 May 2033.

Yours faithfully,

Olufemi Arntzen-Bakare
Secretary-General"""

_BDT_LETTER = """Letter BDT/IEE/033
Geneva, 12 January 2034
To: Administrations of Member States

Dear Sir/Madam,

Pursuant to Resolution 37 (Rev. Kigali, 2022), Member States are requested to nominate a focal point for the \
digital inclusion survey by 1 March 2034.

Yours sincerely,

Dr Hyun-woo Castellanos-Berg
Director, Telecommunication Development Bureau
"""

_TSB_CIRCULAR = """Circular TSB 88
Geneva, 2 February 2035
To: ITU-T Sector Members

Dear Sir/Madam,

Under Resolution 1 (Rev. New Delhi, 2024), Sector Members are encouraged to submit contributions to the next \
meeting before 15 April 2035.

Yours faithfully,

Ms Tuulikki Ramírez-Oyelaran
Director, Telecommunication Standardization Bureau
"""


@pytest.mark.parametrize(
    ("text", "author", "addressee"),
    [
        (_SG_LETTER, "Olufemi Arntzen-Bakare", "stakeholders"),
        (_BDT_LETTER, "Hyun-woo Castellanos-Berg", "member-states"),
        (_TSB_CIRCULAR, "Tuulikki Ramírez-Oyelaran", "sector-members"),
    ],
)
def test_the_author_asks_under_the_cited_text(tmp_path: Path, text: str, author: str, addressee: str) -> None:
    (r,) = extract(parsed_text(tmp_path, text)).requests
    assert (r.requester.kind, r.requester.label) == ("person", author)
    assert [a.key for a in r.addressees] == [addressee]


_PAST = """Circular letter CL-33/12
Geneva, 4 March 2033
To: Member States of ITU

Madam, Sir,

In accordance with Council Resolution 1344, the Secretary-General was instructed to hold an open consultation \
before the next session.

Yours faithfully,

Olufemi Arntzen-Bakare
Secretary-General
"""


def test_a_past_passive_stays_the_issuers(tmp_path: Path) -> None:
    (r,) = extract(parsed_text(tmp_path, _PAST)).requests
    assert (r.requester.key, [a.key for a in r.addressees]) == ("itu-council", ["itu/secretary-general"])
