"""A conference's committee dated by the days it says it held its meetings over, not by the conference's dateline
(``meeting_merge.held_within``; round 54): a committee's report to the plenary that also names one of the
committee's meetings by its ordinal (``reported to the Committee at its fourth meeting``) was found by the reader of
the header's body's ordinal, dated by the conference's dateline, and the days of ``Committee 3 held six meetings
between ...`` were merged into it and lost."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts


@pytest.mark.parametrize(
    ("header", "held", "later", "key", "days"),
    [
        (
            ("WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY (WTSA-32)", "Lisbon, 5-14 October 2032",
             "Source: Chairman, Committee 3"),
            "1 Committee 3 held six meetings between Wednesday 6 October and Monday 11 October 2032, under the "
            "chairmanship of Ms A. Varga (Hungary).",
            "2 The ad hoc group on working methods reported to the Committee at its fourth meeting.",
            "committee-3",
            (date(2032, 10, 6), date(2032, 10, 11)),
        ),
        (
            ("WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-34)", "Lima, 2-13 March 2034",
             "Source: Chairman, Committee 4"),
            "1 Committee 4 held five meetings from 4 to 9 March 2034 under the chairmanship of Mr B. Quispe (Peru).",
            "2 The drafting group presented its texts to the Committee at its third meeting.",
            "committee-4",
            (date(2034, 3, 4), date(2034, 3, 9)),
        ),
    ],
)  # fmt: skip
def test_a_committee_is_dated_by_the_days_it_held_its_meetings(
    header: tuple[str, ...], held: str, later: str, key: str, days: tuple[date, date]
) -> None:
    title = f"Report of Committee {key[-1]} to the plenary"
    found = meeting_parts(make_report(*header, held, later, title=title))
    assert found is not None and (found[0], *found[2:]) == (key, *days)


def test_a_session_keeps_its_datelines_days_whatever_meetings_it_held_within_them() -> None:
    report = make_report(
        "COUNCIL 2031",
        "Geneva, 9-19 June 2031",
        "1 The Council held twelve plenary meetings between 10 and 18 June 2031, under the chairmanship of Ms C. "
        "Duarte (Portugal).",
        title="Summary of the decisions of the 2031 session of the Council",
    )
    found = meeting_parts(report)
    assert found is not None and found[2:] == (date(2031, 6, 9), date(2031, 6, 19))
