"""Events held during a host named before them (decision 9: an event held during another, with no dates of its
own, is dated by the host's dates): a relative clause after the host and its dates says so (``the Forum
(Lima, 3-7 May), at which the Group organized an open forum on X``: ``event_prose.held_in_relative``), and a
partner's acronym in brackets inside the event's name does not hide it (``a workshop with the Economic
Commission for Africa (ECA) on X``: ``event_prose.named_as_written``). Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_starts

D = date


@pytest.mark.parametrize(
    ("text", "name", "host", "day"),
    [
        (
            "The Chair reported on the sixth meeting of the Internet Governance Forum (Nairobi, 27-30 September "
            "2031), at which the Group organized an open forum on digital skills.",
            "open forum on digital skills",
            "6th meeting of the Internet Governance Forum",
            D(2031, 9, 27),
        ),
        (
            "The Secretary recalled the Andean Digital Forum 2032, held in Lima from 3 to 7 May 2032, during which "
            "the Office convened a side event on open data.",
            "side event on open data",
            "Andean Digital Forum 2032",
            D(2032, 5, 3),
        ),
        (
            "Delegates welcomed the outcome of the Pacific Cable Summit 2030 (Suva, 12-14 March 2030), where the "
            "Union hosted a workshop on submarine resilience.",
            "workshop on submarine resilience",
            "Pacific Cable Summit 2030",
            D(2030, 3, 12),
        ),
    ],
)
def test_an_event_held_in_a_relative_clause_after_its_host_takes_the_hosts_dates(
    text: str, name: str, host: str, day: date
) -> None:
    found = event_starts(text)
    assert found[host] == day
    assert found[name] == day


@pytest.mark.parametrize(
    "text",
    [
        # a workshop decided there is held later, not during the Forum
        "The Chair reported on the Andean Digital Forum 2031 (Lima, 3-7 May 2031), at which the Group decided to "
        "hold a workshop on open data.",
        "The Chair recalled the Baltic Data Week 2030 (Riga, 2-6 June 2030), at which the Board agreed to organize "
        "a seminar on spectrum pricing.",
    ],
)
def test_an_event_decided_in_the_relative_clause_is_not_dated_by_the_host(text: str) -> None:
    found = event_starts(text)
    assert all(start is None for name, start in found.items() if "Forum" not in name and "Week" not in name)


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "During the Andean Digital Forum 2031, held in Lima from 3 to 7 May 2031, Peru organised a regional "
            "workshop with the Economic Commission for Africa (ECA) on spectrum pricing.",
            "regional workshop with the Economic Commission for Africa on spectrum pricing",
            D(2031, 5, 3),
        ),
        (
            "During the Nordic Data Summit 2032, held in Oslo on 9 and 10 June 2032, Norway convened a thematic "
            "session with the Nordic Council of Ministers (NCM) on open data.",
            "thematic session with the Nordic Council of Ministers on open data",
            D(2032, 6, 9),
        ),
        (
            "It is proposed to organize a side event with the Asian Development Bank (ADB) on rural access during "
            "the Pacific Cable Summit 2030, to be held in Suva from 12 to 14 March 2030.",
            "side event with the Asian Development Bank on rural access",
            D(2030, 3, 12),
        ),
    ],
)
def test_a_partners_acronym_inside_the_name_keeps_the_hosts_dates(text: str, name: str, day: date) -> None:
    assert event_starts(text)[name] == day
