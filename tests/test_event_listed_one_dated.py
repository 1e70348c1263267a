"""One meeting of a list dated by the clause after it (``event_listed_one_dated.one_dated``, read by
``event_numbered``): ``the Group's 44th and 45th meetings, the latter held on 13 and 14 February``. Sentences,
bodies and dates are our own.
"""

from __future__ import annotations

from datetime import date

from wsiskg.ingest.extract.events import event_mentions

D = date


def _dated(text: str, year: int) -> dict[str, tuple[date | None, date | None]]:
    return {m.key: (m.start, m.end) for m in event_mentions(text, year)}


def test_the_latter_dates_the_last_meeting_of_the_list_only() -> None:
    got = _dated(
        "The chair of the Council Working Group on Child Online Protection presented the report on the Group's "
        "twenty-second and twenty-third meetings, the latter held on 6 and 7 March 2034.",
        2034,
    )
    assert got.get("cwg-cop-23") == (D(2034, 3, 6), D(2034, 3, 7))
    assert got.get("cwg-cop-22", (None, None)) == (None, None)


def test_the_first_of_which_dates_the_first_meeting() -> None:
    got = _dated(
        "The Council Working Group on Child Online Protection reported on its 8th and 9th meetings, the first of "
        "which was convened on 12 January 2034.",
        2034,
    )
    assert got.get("cwg-cop-8") == (D(2034, 1, 12), None)
    assert got.get("cwg-cop-9", (None, None)) == (None, None)


def test_a_list_without_the_clause_stays_undated() -> None:
    got = _dated(
        "The chair of the Council Working Group on Child Online Protection presented the report on the Group's "
        "twenty-second and twenty-third meetings.",
        2034,
    )
    assert got.get("cwg-cop-22") == (None, None) and got.get("cwg-cop-23") == (None, None)


def test_the_latter_after_meetings_of_a_named_body() -> None:
    got = _dated(
        "The Council took note of the twenty-second and twenty-third meetings of the Council Working Group on Child "
        "Online Protection, the latter held on 6 March 2034.",
        2034,
    )
    assert got.get("cwg-cop-23") == (D(2034, 3, 6), None)
    assert got.get("cwg-cop-22", (None, None)) == (None, None)
