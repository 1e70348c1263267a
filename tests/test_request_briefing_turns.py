"""A press briefing's turns labelled by a post or by a bracketed name (issue 8, decision 58): ``CHAIR: ... I urge X
to ...`` is the one person the transcript names in that post, ``SPOKESPERSON (Ms A, Press Office): ...`` the person
in the brackets; a turn's ``I`` and its passives (``Journalists are asked to ...``) are that speaker's. Every
sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_BRIEFING = """WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-31)
Nairobi, Kenya, 3-14 March 2031
Closing press conference - unofficial transcript
{host_label}: Good afternoon. With me are the Chair of the Conference, {chair}, and the Director of the \
Telecommunication Development Bureau (BDT), {director}.
{chair_label}: Thank you. The Conference adopted a new action plan. I urge the Telecommunication Development \
Advisory Group (TDAG) to review its indicators at its next meeting.
{asker_label}: What changes for small island states?
{director_label}: I have asked the regional offices to prepare a connectivity map, and I encourage \
the regional telecommunication organizations to share their data.
{closing_label}: Thank you. Journalists are asked to return their badges to the media desk before 18:00.
"""


@pytest.mark.parametrize(
    ("host", "host_key", "chair", "chair_key", "director", "director_key"),
    [
        (
            "Mr Tobias Lindqvist-Amara, ITU Media Relations",
            "tobias-lindqvist-amara",
            "Mr Wanjiru Kamau-Otieno",
            "wanjiru-kamau-otieno",
            "Ms Marewa Tipene-Olsson",
            "marewa-tipene-olsson",
        ),
        (
            "Ms Ilse Vandermeulen, Press Officer",
            "ilse-vandermeulen",
            "Dr Kofi Mensah-Boateng",
            "kofi-mensah-boateng",
            "Mr Ravi Subramaniam-Iyer",
            "ravi-subramaniam-iyer",
        ),
    ],
)
@pytest.mark.parametrize(
    ("chair_label", "director_label", "asker"),
    [
        ("CHAIR", "DIRECTOR", "QUESTION (Ms Hana Dvořáková, Daily Courier)"),
        ("CHAIR", "DIRECTOR", "QUESTION"),
        (">> CHAIR", ">> DIRECTOR", ">> QUESTION (Mr Jonas Petrauskas-Weber, Radio Baltica)"),
    ],
)
def test_a_briefings_turns_are_their_speakers(
    tmp_path: Path,
    host: str,
    host_key: str,
    chair: str,
    chair_key: str,
    director: str,
    director_key: str,
    chair_label: str,
    director_label: str,
    asker: str,
) -> None:
    text = _BRIEFING.format(
        host_label=f"SPOKESPERSON ({host})",
        chair=chair,
        director=director,
        chair_label=chair_label,
        asker_label=asker,
        director_label=director_label,
        closing_label="SPOKESPERSON",
    )
    found = {(r.requester.key, r.addressees[0].label) for r in extract(parsed_text(tmp_path, text)).requests}
    asked = {key: {label for who, label in found if who == key} for key in (chair_key, director_key, host_key)}
    assert any("Advisory Group" in label or "TDAG" in label for label in asked[chair_key])
    assert len(asked[director_key]) == 2
    assert asked[host_key] == {"Journalists"}


def test_a_post_two_persons_hold_names_no_speaker(tmp_path: Path) -> None:
    """Two persons named as directors: the ``DIRECTOR:`` turn is no one's (its ``I`` asks as before)."""
    text = _BRIEFING.format(
        host_label="SPOKESPERSON",
        chair="Mr Wanjiru Kamau-Otieno",
        director="Ms Marewa Tipene-Olsson, and the Director of the Radiocommunication Bureau, Mr Lars Øberg",
        chair_label="CHAIR",
        asker_label="QUESTION",
        director_label="DIRECTOR",
        closing_label="SPOKESPERSON",
    )
    keys = {r.requester.key for r in extract(parsed_text(tmp_path, text)).requests}
    assert not keys & {"marewa-tipene-olsson", "lars-oberg"}


_RECORD = """REPORT OF THE FOURTH MEETING OF THE EXPERT GROUP ON SPECTRUM PRICING
Lusaka, 12-13 May 2031
{field}: Mr Mwila Chanda-Banda (Zambia)
1 The meeting adopted its agenda. Members are invited to send their pricing data to the secretariat by 30 June 2031.
"""


@pytest.mark.parametrize("field", ["Chairman", "CHAIRMAN", "Chair"])
def test_a_records_officer_field_is_no_turn(tmp_path: Path, field: str) -> None:
    """``Chairman: Mr A (Country)`` heading a record names its officer: no turn, the passive is not his."""
    requests = extract(parsed_text(tmp_path, _RECORD.format(field=field))).requests
    assert requests
    assert all(r.requester.key != "mwila-chanda-banda" for r in requests)
