"""A meeting named alone in a bracket right after a day is that day's (``event_bracket_dates.labelled_by_day``, read
by ``event_dates.dated_before``): ``met on 4 May 2031 (ninth meeting) and on 2 October 2031 (tenth meeting)``. Names,
bodies and dates are our own."""

from __future__ import annotations

from datetime import date

from extract_support import event_days, event_starts

D = date


def test_each_bracketed_meeting_takes_the_day_before_its_bracket() -> None:
    found = event_days(
        None,
        "Report by the Chair of the Council Working Group on Language Services (CWG-LS) on its 17th and 18th meetings",
        "Summary",
        "The Group met on 30 September 2030 (17th meeting) and on 3 February 2031 (18th meeting), both online.",
    )
    assert found.get("cwg-ls-17", (None, None))[0] == D(2030, 9, 30)
    assert all(start != D(2031, 2, 3) for key, (start, _) in found.items() if key.endswith("-17"))


def test_a_bracket_with_more_than_the_name_is_no_label() -> None:
    found = event_starts(
        "The consultation closed on 12 March 2031 (see the report of the ninth meeting of the Nordic Data Council, "
        "held on 20 April 2031)."
    )
    assert found.get("ninth meeting of the Nordic Data Council") != D(2031, 3, 12)
