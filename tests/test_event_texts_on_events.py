"""Events: the day of a text named after an event (``its conclusions on ITU PP-30 of 2 October 2030``, ``the
report on WXC-33 approved on 4 May``) is the text's, not the event's (``event_mention_dates.in_a_texts_name``);
the event's own days after a participle stay its own. Bodies, dates and sentences are our own."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("RECALLING its conclusions on ITU PP-30 of 2 October 2030,", "pp-30"),
        (
            "The Council recalled its conclusions on WTDC-33 of 14 March 2033 and welcomed the new action plan.",
            "wtdc-33",
        ),
        ("The ministers endorsed the report on the WTSA-32 outcomes, adopted on 9 June 2032.", "wtsa-32"),
    ],
)
def test_a_texts_day_does_not_date_the_event_it_is_on(text, key) -> None:
    events = {e.key: e for e in extract(make_report(text, title="Conclusions")).events}
    assert events[key].start is None


def test_an_events_own_days_after_a_participle_stay() -> None:
    text = "The report on WTDC-33, held in Lima from 3 to 14 May 2033, was presented to the Council."
    events = {e.key: e for e in extract(make_report(text, title="Note")).events}
    assert events["wtdc-33"].start is not None
