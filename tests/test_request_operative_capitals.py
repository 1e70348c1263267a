"""Operative clauses in capitals of councils and committees outside the catalogue: ``The Council
accordingly:`` over items whose verbs are in capitals (``URGES ...``, ``REQUESTS ...``) in a record that
named a council of its own (``The Council of Regulators took note ...``) are that council's, not the ITU
Council's; ``INSTRUCTS the Chair of RTC.II:`` over ``To report on ...`` asks the post to do what the line
says. Every name and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import kinds_report, parsed_text, parties, requests_of

from wsiskg.ingest.extract import extract

_EXCERPT = """\
XYZ/CM/TEL/2031/R.4                                                     Page 3

adoption of the harmonised numbering ranges, as proposed by the experts who met in
Lomeville from 2 to 4 March 2031.

7. The {council} took note of the study of the Regional Commission on
cross-border fibre links, and noted that three links were delayed.

8. The Council accordingly:
    a)   URGES Member States concerned to complete the cross-border links before
         the end of 2032;
    b)   REQUESTS the Regional Commission to convene a meeting of the operators;
    c)   INVITES the development partners to support the financing of the links.

9. The Council adopted the budget of the Secretariat for 2032.
"""


@pytest.mark.parametrize(
    ("council", "key"),
    [
        ("Council of Ministers", "council-of-ministers"),
        ("Council of Regulators", "council-of-regulators"),
        ("Sectoral Council on Transport", "sectoral-council-on-transport"),
    ],
)
def test_the_council_of_a_record_naming_its_own_council_is_that_council(tmp_path: Path, council: str, key: str) -> None:
    x = extract(parsed_text(tmp_path, _EXCERPT.format(council=council)))
    got = [parties(r) for r in x.requests if r.verb in ("urge", "request", "invite")]
    assert [verb for verb, _, _ in got] == ["urge", "request", "invite"]
    assert {who for _, who, _ in got} == {f"body:{key}"}


def test_the_council_stays_the_itu_council_where_the_text_names_it_in_full(tmp_path: Path) -> None:
    text = _EXCERPT.format(council="Council of Regulators").replace(
        "9. The Council adopted", "9. The ITU Council adopted"
    )
    x = extract(parsed_text(tmp_path, text))
    got = {parties(r)[1] for r in x.requests if r.verb in ("urge", "request", "invite")}
    assert "body:council-of-regulators" not in got


def test_the_council_stays_the_itu_council_beside_a_group_of_it(tmp_path: Path) -> None:
    text = (
        "The fifth meeting of the Council Working Group on Rural Access (CWG-RA) was held on 3 May 2031.\n\n"
        "The Staff Council presented its survey of the teleworking policy.\n\n"
        "The Group recommended that the Council approve the revised policy at its 2031 session.\n"
    )
    x = extract(parsed_text(tmp_path, text))
    assert all("staff-council" not in str(parties(r)) for r in x.requests)


@pytest.mark.parametrize(
    ("lead", "post", "task"),
    [
        ("INSTRUCTS the Chair of RTC.II:", "post:rtc/chair", "report on the results of the Conference"),
        ("INVITES the Vice-Chair of RTC.II:", "post:rtc/vice-chair", "publish the approved proposals"),
        ("REQUESTS the Chair of the Committee:", "post:rtc/chair", "circulate the draft work plan"),
    ],
)
def test_a_capital_infinitive_under_an_operative_lead_naming_whom_is_its_task(lead: str, post: str, task: str) -> None:
    r = kinds_report(
        ("The Regional Technical Committee (RTC),", "body"),
        ("RESOLVES:", "body"),
        ("To approve the regional proposals listed in the Annex.", "body"),
        (lead, "body"),
        (f"To {task} to the fifth meeting.", "body"),
    )
    got = [x for x in requests_of(r, "rtc") if x.paragraph == 5]
    assert [(parties(x)[2], x.action) for x in got] == [((post,), f"{task} to the fifth meeting")]


def test_a_capital_infinitive_after_a_lead_naming_no_one_is_no_item() -> None:
    r = kinds_report(
        ("The Regional Technical Committee (RTC),", "body"),
        ("RESOLVES:", "body"),
        ("To approve the regional proposals listed in the Annex.", "body"),
    )
    assert requests_of(r, "rtc") == ()


@pytest.mark.parametrize(
    "marks",
    [("i.  ", "ii. ", "iii."), ("i.   ", "ii.  ", "iii. "), ("iv.  ", "v.   ", "vi.  ")],
)
def test_items_marked_by_roman_numerals_in_a_hard_wrapped_text_are_one_paragraph_each(
    tmp_path: Path, marks: tuple[str, str, str]
) -> None:
    text = _EXCERPT.format(council="Council of Regulators")
    for old, new in zip(("a)   ", "b)   ", "c)   "), marks, strict=True):
        text = text.replace(old, new + " ")
    x = extract(parsed_text(tmp_path, text))
    got = [r.action for r in x.requests if r.verb in ("urge", "request", "invite")]
    assert got == [
        "complete the cross-border links before the end of 2032",
        "convene a meeting of the operators",
        "support the financing of the links",
    ]
