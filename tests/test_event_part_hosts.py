"""Events: a host named at the end of its part's name and dated by a participle set off by a comma (``the award
ceremony of the Nordic Data Forum 2031, to be held from 7 to 10 April 2031``) takes those dates, and its part keeps
them too (decision 9: held during its host, no dates of its own): two events, neither lost in the other
(``event_part_hosts``). Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days

D = date


def _events(*texts: str) -> dict[str, tuple[date | None, date | None]]:
    return event_days(None, "The Council opened in Norland.", *texts)


@pytest.mark.parametrize(
    ("sentence", "part", "host", "days"),
    [
        (
            "The winners will receive their trophies at the award ceremony of the Nordic Data Forum 2031, to be held "
            "from 7 to 10 April 2031.",
            "award-ceremony-of-the-nordic-data-forum-2031-2031",
            "nordic-data-forum-2031",
            (D(2031, 4, 7), D(2031, 4, 10)),
        ),
        (
            "The opening ceremony of the Andean Data Forum 2032, held in Quito from 3 to 5 May 2032, was addressed "
            "by the Minister.",
            "opening-ceremony-of-the-andean-data-forum-2032-2032",
            "andean-data-forum-2032",
            (D(2032, 5, 3), D(2032, 5, 5)),
        ),
        (
            "The Minister will speak at the high-level segment of the Coral Data Summit 2030, which will take place "
            "in Apia on 8 and 9 June 2030.",
            "high-level-segment-of-the-coral-data-summit-2030-2030",
            "coral-data-summit-2030",
            (D(2030, 6, 8), D(2030, 6, 9)),
        ),
    ],
)
def test_a_host_ending_its_parts_name_takes_the_dates_a_participle_sets_off(sentence, part, host, days) -> None:
    events = _events(sentence)
    assert (events.get(part), events.get(host)) == (days, days)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prize ceremony of the Nordic Data Forum 2031 on 8 April 2031 was attended by 300 people.",
        "A webinar on the Nordic Data Forum 2031, held on 3 March 2031, explained the programme.",
    ],
)
def test_a_date_of_the_part_itself_leaves_the_host_undated(sentence: str) -> None:
    # a date right after the name is the part's own; a topic's event ("on the Forum") is no host
    assert _events(sentence).get("nordic-data-forum-2031") == (None, None)


def test_a_which_clause_without_an_auxiliary_or_of_another_year_leaves_the_host_undated() -> None:
    # "which opens" may be the part's (a process that opens); a host of a year takes no days of another year
    sentence = (
        "Members are invited to take part in the open consultation process of the Nordic Data Forum 2031, which "
        "opens on 1 September 2030 and closes on 31 January 2031."
    )
    assert _events(sentence).get("nordic-data-forum-2031") == (None, None)
