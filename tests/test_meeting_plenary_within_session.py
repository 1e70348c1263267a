"""A plenary meeting the lead says something was done at, one day within a session a header line numbers and dates,
is a sitting of that session (round 57, built twice; the one kept: ``meeting_ranking._encloses`` stands aside): a
preparatory meeting's report under ``Second session – Geneva, 3–14 March 2031`` that says the session ``approved
this chapter at its fifth plenary meeting, on 13 March 2031`` records the session, not its fifth plenary meeting.
Our own names and days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

_REPORT = """INTERNATIONAL TELECOMMUNICATION UNION
{owner}

{body}
{session} – {place}, {days}

Document {symbol}
{issued}

{kind} REPORT ON THE MATTERS TO BE CONSIDERED BY THE CONFERENCE

Chapter 3 – Spectrum for emergency services (excerpt)

3.2 Agenda item 1.7 (Resolution 812 (WRC-27))

{lead}

3.2.1 Summary of the issue

Administrations studied the harmonised ranges for public protection and disaster relief since the previous session.
"""

_CASES = [
    (
        "RADIOCOMMUNICATION SECTOR", "CONFERENCE PREPARATORY MEETING FOR WRC-31", "Second session", "Geneva",
        "24 February – 7 March 2031", "CPM31-2/200-E", "7 March 2031", "CPM",
        "The second session of the CPM, chaired by Ms Ilse Van der Berg-Okafor (Belgium), approved this chapter at its "
        "fifth plenary meeting, on 6 March 2031. The text was prepared by ITU-R Working Party 5B, and its Rapporteur, "
        "Mr Ivo Marek-Sousa, introduced it.",
        2, date(2031, 2, 24), date(2031, 3, 7),
    ),
    (
        "RADIOCOMMUNICATION SECTOR", "CONFERENCE PREPARATORY MEETING FOR WRC-35", "Second session", "Sharm el-Sheikh",
        "10–21 November 2034", "CPM35-2/97-E", "21 November 2034", "CPM",
        "The second session of the CPM, chaired by Mr Adel Mansour-Haddad (Egypt), approved this chapter at its 7th "
        "plenary meeting, on 20 November 2034. The text was prepared by ITU-R Working Party 7C, and its Chairman, Ms "
        "Nadia Farouk-Lindqvist, introduced it.",
        2, date(2034, 11, 10), date(2034, 11, 21),
    ),
    (
        "RADIOCOMMUNICATION SECTOR", "CONFERENCE PREPARATORY MEETING FOR WRC-39", "Second session", "Geneva",
        "28 March – 8 April 2038", "CPM39-2/140-E", "8 April 2038", "CPM",
        "The second session of the CPM approved the chapter at its fourth plenary meeting, on 6 April 2038. The text "
        "was prepared by ITU-R Task Group 6/3, and its Rapporteur, Mr Peter Otieno-Walsh, introduced it.",
        2, date(2038, 3, 28), date(2038, 4, 8),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("owner", "body", "session", "place", "days", "symbol", "issued", "kind", "lead", "number", "start", "end"),
    _CASES,
)
def test_a_plenary_meeting_something_was_done_at_is_a_sitting_of_the_numbered_session(
    tmp_path: Path,
    owner: str,
    body: str,
    session: str,
    place: str,
    days: str,
    symbol: str,
    issued: str,
    kind: str,
    lead: str,
    number: int,
    start: date,
    end: date,
) -> None:
    text = _REPORT.format(
        owner=owner, body=body, session=session, place=place, days=days, symbol=symbol, issued=issued, kind=kind,
        lead=lead,
    )  # fmt: skip
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None
    assert found[1:] == (number, start, end)
