"""extract(): the extractors run together, and what one finds completes what another found."""

from __future__ import annotations

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Paragraph, ParsedReport


def _report(title: str, *texts: str) -> ParsedReport:
    return ParsedReport(
        "x.txt", "text/plain", title, (), tuple(Paragraph(i + 1, "front", t) for i, t in enumerate(texts))
    )


def test_a_body_outside_the_gazetteer_that_met_is_described_by_its_name():
    ex = extract(
        _report(
            "Report of the fourth meeting of the Working Party on Rural Connectivity",
            "The Working Party on Rural Connectivity held its fourth meeting in Geneva on 3 May 2024.",
        )
    )
    assert (ex.meeting.body, ex.meeting.number) == ("working-party-on-rural-connectivity", 4)
    names = {b.key: b.name for b in ex.bodies}
    assert names["working-party-on-rural-connectivity"] == "Working Party on Rural Connectivity"


def test_the_chair_found_by_the_actor_extractor_chairs_the_meeting():
    ex = extract(
        _report(
            "Report of the 2nd meeting of the Working Party on Rural Connectivity",
            "The meeting was chaired by Ms. Lena Holm (Norway), Chair of the Working Party.",
        )
    )
    assert ex.meeting.chair == "lena-holm"


def test_requests_only_point_to_events_that_were_extracted():
    ex = extract(
        _report(
            "Report of the 2nd meeting of the Working Party on Rural Connectivity",
            "The Working Party requested the Secretariat to report to the WSIS Forum 2025.",
        )
    )
    events = {e.key for e in ex.events}
    for r in ex.requests:
        for c in r.concerns:
            if c.startswith("event:"):
                assert c[len("event:") :] in events
