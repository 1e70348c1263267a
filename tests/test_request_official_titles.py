"""A bare official's title (``the Secretary-General``, ``the Deputy Secretary-General``) in a document
whose own body is none of the catalogue's (a committee of a Council session, a body the text names only
by form): the post of the organisation of the first catalogue body the front names (decision 11: the
post alone), not a group as written. Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import ParsedReport


def addressees(report: ParsedReport) -> list[str]:
    """``kind:key`` of every addressee of the report's requests, in order."""
    return [f"{a.kind}:{a.key}" for r in extract(report).requests for a in r.addressees]


def test_a_committee_of_a_council_session_asks_the_secretary_general() -> None:
    report = make_report(
        "COUNCIL 2031 – Geneva, 3–12 June 2031",
        "STANDING COMMITTEE ON ORCHARD ACCOUNTS",
        "Chairman: Ms Ilse Varnhagen (Austria)",
        "1 The Committee requested the Secretary-General to prepare a paper on travel costs for its next meeting.",
        title="SUMMARY RECORD OF THE SECOND MEETING Tuesday 5 June 2031, at 0930 hours",
    )
    assert "post:itu/secretary-general" in addressees(report)
    assert not any(a.startswith("collective:secretary-general") for a in addressees(report))


def test_the_deputy_secretary_general_under_a_council_line_in_capitals() -> None:
    report = make_report(
        "COUNCIL 2034, Geneva, 14-24 May 2034",
        "AD HOC GROUP ON LIBRARY HOLDINGS",
        "Chairman: Mr Tomas Okonkwo-Lind (Nigeria)",
        "2 The Group invited the Deputy Secretary-General to circulate the inventory of rare maps to all members.",
        title="SUMMARY RECORD OF THE FIRST MEETING",
    )
    assert "post:itu/deputy-secretary-general" in addressees(report)


def test_a_front_that_names_a_conference_places_the_post() -> None:
    report = make_report(
        "PLENIPOTENTIARY CONFERENCE Marrakech, 2-20 October 2038",
        "WORKING GROUP ON HARBOUR SIGNALS",
        "3 The Working Group requested the Secretary-General to publish the harbour signal survey before March 2039.",
        title="REPORT OF THE THIRD MEETING",
    )
    assert "post:itu/secretary-general" in addressees(report)


def test_a_front_naming_no_catalogue_body_leaves_the_title_as_written() -> None:
    report = make_report(
        "ORCHARD GROWERS FEDERATION Lisbon, 2 May 2032",
        "4 The Board requested the Secretary-General to draft the harvest calendar.",
        title="MINUTES OF THE BOARD",
    )
    assert not any(a.startswith("post:itu/") for a in addressees(report))


def test_a_working_group_named_after_the_council_places_the_post() -> None:
    report = make_report(
        "Council Working Group on the Lakeside Annex (CWG-LA)",
        "The meeting was chaired by Ms Oona Lindqvist-Mbeki (Sweden).",
        "1 The Group requested the Secretary-General to present a revised lease to the next session of the Council.",
        title="Report of the fourth meeting — Geneva, 9 March 2033",
    )
    assert "post:itu/secretary-general" in addressees(report)
