"""Events: a conference named with its code in brackets takes the dates the code alone is given later
(``event_merging._dated_by_code``), but not where the code names what another meeting prepares (``the last
preparatory meeting for WXC-32 in Quito from 9 to 11 June``): those are the preparatory meeting's days. Bodies,
places, dates and sentences are our own."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        (
            (
                "This contribution concerns the World Telecommunication Standardization Assembly 2032 (WTSA-32).",
                "CITEL will hold its last preparatory meeting for WTSA-32 in Quito from 9 to 11 June 2032, where the "
                "common proposals will be adopted.",
            ),
            "wtsa-32",
        ),
        (
            (
                "The Group reviewed the preparations for the World Radiocommunication Conference 2031 (WRC-31).",
                "Members were encouraged to send their views by 30 September 2030, ahead of the second ATU "
                "preparatory meeting for WRC-31 in Lusaka, 3-5 February 2031.",
            ),
            "wrc-31",
        ),
        (
            (
                "I refer to the World Telecommunication Development Conference 2033 (WTDC-33).",
                "The Arab regional preparatory meeting for WTDC-33 will take place in Muscat on 14 and 15 April 2033.",
            ),
            "wtdc-33",
        ),
    ],
)
def test_a_code_named_as_what_a_meeting_prepares_takes_none_of_its_days(texts, key) -> None:
    events = {e.key: e for e in extract(make_report(*texts, title="Contribution")).events}
    assert events[key].start is None


def test_a_code_held_on_its_own_days_still_takes_them() -> None:
    texts = (
        "The Plenipotentiary Conference 2034 (PP-34) will meet in Kigali.",
        "The heads of delegation will meet at PP-34 in Kigali, 12-13 March 2034.",
    )
    events = {e.key: e for e in extract(make_report(*texts, title="Note")).events}
    assert events["pp-34"].start is not None
