"""Events: ``its <n>th meeting`` is the subject's meeting, not the meeting of a body named in an aside
that says how the subject was made (``The X, established by Council Decision 612, held its third
meeting``). Bodies, numbers, places, dates and sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract

D = date
_TITLE = "Contribution from the Republic of Norland"


def _events(*texts: str) -> dict[str, tuple[str, date | None]]:
    return {e.key: (e.name, e.start) for e in extract(make_report(*texts, title=_TITLE)).events}


@pytest.mark.parametrize(
    ("text", "key", "name", "start"),
    [
        (
            "The Dedicated Group on Rural Access (DG-RA), created by Council Resolution 1190, held its fourth "
            "meeting on 8 and 9 September 2030 under the chairmanship of Mr Tomas Ibarra (Peru).",
            "dg-ra-4",
            "4th meeting of the Dedicated Group on Rural Access",
            D(2030, 9, 8),
        ),
        (
            "The Council Expert Group on Archives (CEG-A), set up under Resolution 77 of the Plenipotentiary "
            "Conference, held its second meeting on 2 May 2032.",
            "ceg-a-2",
            "2nd meeting of the Council Expert Group on Archives",
            D(2032, 5, 2),
        ),
        (
            "The Steering Committee on Island Cables (SCIC), mandated by the Council at its 2030 session, met "
            "for its fifth meeting on 3 March 2031.",
            "scic-5",
            "5th meeting of the Steering Committee on Island Cables",
            D(2031, 3, 3),
        ),
    ],
)
def test_its_meeting_is_the_subjects_not_the_body_of_the_aside_that_made_it(
    text: str, key: str, name: str, start: date
) -> None:
    events = _events(text)
    assert events[key] == (name, start)
    assert not any(k.startswith(("itu-council-", "itu-pp-")) for k in events)


def test_a_body_named_before_its_without_an_aside_still_holds_the_meeting() -> None:
    text = (
        "The report of the Council Working Group on Rural Access (CWG-RA) says that it held its sixth meeting on "
        "4 May 2031."
    )
    events = _events(text)
    assert events["cwg-ra-6"][1] == D(2031, 5, 4)


@pytest.mark.parametrize(
    ("text", "key", "issuer"),
    [
        (
            "The Chair recalled the Commission on Coastal Data (CCD), whose tenth session would open in May, and "
            "Council resolution 2031/4 on the report of its ninth session.",
            "ccd-9",
            "itu-council-",
        ),
        (
            "Delegates noted the work of the Committee on Rural Access (CRA) and ECOSOC decision 2030/12 on the "
            "report of its fourth session.",
            "cra-4",
            "ecosoc-",
        ),
        (
            "The Board on Island Cables (BIC) presented General Assembly resolution 80/3 on the reports of its "
            "seventh session.",
            "bic-7",
            "unga-",
        ),
    ],
)
def test_its_session_after_a_resolution_on_the_report_is_the_reporting_bodys(text: str, key: str, issuer: str) -> None:
    """``X resolution N on the report of its ninth session``: the session of the body whose report X acted on,
    named before the resolution, not of X."""
    events = _events(text)
    assert key in events and not any(k.startswith(issuer) for k in events), events


def test_its_session_after_a_resolution_adopted_at_it_is_still_the_issuers() -> None:
    events = _events("The Group recalled Council Resolution 1401, adopted at its 2031 session (Geneva, 3-13 June 2031)")
    assert events.get("council-2031") == ("ITU Council 2031", D(2031, 6, 3)), events
