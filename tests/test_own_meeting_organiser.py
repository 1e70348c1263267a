"""The report's own meeting when the front says a body organised, convened or hosted a meeting that a heading
names on the same days (evidence ``organiser``, :func:`.meeting_ranking._organiser`): the named meeting met, not
the organiser on the letterhead, even when the meeting's name holds the organiser's acronym as a region."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

_REGION = """United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)

Subregional Review Meeting on Digital Connectivity in the ESCAP Region
Bangkok, Conference Room 2 — 3 and 4 March 2031

Informal summary by the secretariat

1. The meeting was organized by ESCAP jointly with the Asia-Pacific Telecommunity (APT) and was chaired by Ms Mali
Srisuk-Wong (Thailand).

2. Participants reviewed national reports from 19 member States and agreed to meet again in 2033.
"""

_CONVENED = """ECONOMIC COMMISSION FOR LATIN AMERICA AND THE CARIBBEAN (ECLAC)

Regional Dialogue on Digital Trade for the ECLAC Region
Santiago, 14-15 October 2031

Summary of the dialogue

1. The dialogue was convened by ECLAC with the support of the Government of Chile and chaired by Mr Tomas
Ibarra-Lugo (Chile).

2. The participants invited member States to share their national strategies by 1 December 2031.
"""

_CO_ORGANISED = """Economic Commission for Europe (ECE)
Expert Consultation on Smart Ports in the ECE Region
Geneva, 5-6 May 2031

Chair's summary

1. The consultation, co-organized by ECE and the International Telecommunication Union (ITU), was opened by the
Director of the Trade Division.

2. Experts recommended that ECE prepare a draft framework by 31 October 2031.
"""

_HEADER_LINE = """Economic Commission for Africa (ECA)
Continental Forum on Data Governance
Addis Ababa, 9-11 June 2031
Organized by the Economic Commission for Africa (ECA)

REPORT OF THE FORUM

1. The forum was held at the United Nations Conference Centre from 9 to 11 June 2031 and was attended by delegations
of 31 member States.

2. The participants requested ECA to publish the guidelines by 30 September 2031.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_REGION, ("subregional-review-meeting-on-digital-connectivity-in-the-escap-region", None,
                   date(2031, 3, 3), date(2031, 3, 4))),
        (_CONVENED, ("regional-dialogue-on-digital-trade-for-the-eclac-region", None,
                     date(2031, 10, 14), date(2031, 10, 15))),
        (_CO_ORGANISED, ("expert-consultation-on-smart-ports-in-the-ece-region", None,
                         date(2031, 5, 5), date(2031, 5, 6))),
        (_HEADER_LINE, ("continental-forum-on-data-governance", None, date(2031, 6, 9), date(2031, 6, 11))),
    ],
)  # fmt: skip
def test_the_organiser_of_a_meeting_named_on_its_days_is_not_the_body_that_met(
    tmp_path: Path, text: str, expected: tuple
) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


def test_a_body_that_organised_its_own_meeting_with_no_other_candidate_stays(tmp_path: Path) -> None:
    text = (
        "Telecommunication Development Advisory Group (TDAG)\n\nSummary of the meeting\n\n"
        "1. The meeting was organized by TDAG in Kigali on 9 and 10 September 2031 and was chaired by Ms Ilse Marant"
        " (Belgium).\n\n2. TDAG reviewed the draft operational plan.\n"
    )
    assert meeting_parts(parsed_text(tmp_path, text)) == ("tdag", None, date(2031, 9, 9), date(2031, 9, 10))
