"""The meeting a side meeting was held during is its host, not the report's meeting (``meeting_hosts.hosts``, evidence
``hosts`` of ``meeting_ranking``; round 54): a header line or a lead sentence that says the side meeting was held
``during``, ``on the margins of`` or ``as part of`` a session or event that is a candidate too, around its days."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts

from wsiskg.ingest.extract.document import new_document
from wsiskg.ingest.extract.meeting_candidates import candidates
from wsiskg.ingest.extract.meeting_hosts import hosts
from wsiskg.ingest.extract.study_groups import meeting_body_names

_MARGINS = (
    "Broadband Commission for Sustainable Development",
    "Working Group on Rural Schools",
    "(held on the margins of the 86th session of the United Nations General Assembly)",
    "The Working Group on Rural Schools met to agree its work plan for 2032. Members included UNICEF and UNESCO.",
    "Outcomes",
)
_DURING = (
    "Nairobi, 4-7 May 2032",
    "Ministerial segment: session summary",
    "The Ministerial Round Table on Spectrum for Landlocked States was convened by ITU on the afternoon of Tuesday, "
    "5 May 2032, during the Regional Connectivity Summit for Africa. It was moderated by the Minister of Malawi.",
    "Ministers described their national broadband plans.",
)
_PART_OF = (
    "Bangkok, 2-6 November 2031",
    "Session report",
    "The Expert Dialogue on Satellite Broadband was held on 3 November 2031 as part of the Asia Digital Week 2031. "
    "Twelve experts took part.",
)


@pytest.mark.parametrize(
    ("title", "lines", "key", "start"),
    [
        ("Meeting report – New York, 22 September 2031", _MARGINS, "working-group-on-rural-schools",
         date(2031, 9, 22)),
        ("Regional Connectivity Summit for Africa", _DURING,
         "ministerial-round-table-on-spectrum-for-landlocked-states", date(2032, 5, 5)),
        ("Asia Digital Week 2031", _PART_OF, "expert-dialogue-on-satellite-broadband", date(2031, 11, 3)),
    ],
)  # fmt: skip
def test_a_side_meeting_over_its_host(title: str, lines: tuple[str, ...], key: str, start: date) -> None:
    found = meeting_parts(make_report(*lines, title=title))
    assert found is not None and (found[0], found[2]) == (key, start)


def _hosting(title: str, *lines: str) -> dict[str, bool]:
    report = make_report(*lines, title=title)
    new_document(report)
    names = meeting_body_names(report)
    found = [c.meeting for c in candidates(report, names)]
    return {m.body: hosts(report, names, m, [o for o in found if o is not m]) for m in found}


def test_a_meeting_to_come_during_a_session_makes_no_host() -> None:
    """``The next meeting will take place during the X meeting``: a meeting still to come, not one held there."""
    found = _hosting(
        "Report of the meeting of the Rapporteur Group on Numbering",
        "Geneva, 3-7 June 2031",
        "1 The Rapporteur Group on Numbering met on 3 June 2031 under its Rapporteur, Ms A.",
        "2 The next meeting of the Rapporteur Group will take place during the TSAG meeting of 13-17 January 2032.",
    )
    assert not any(found.values())


def test_the_host_is_the_meeting_named_after_the_words() -> None:
    found = _hosting("Regional Connectivity Summit for Africa", *_DURING)
    assert found == {
        "regional-connectivity-summit-for-africa": True,
        "ministerial-round-table-on-spectrum-for-landlocked-states": False,
    }
