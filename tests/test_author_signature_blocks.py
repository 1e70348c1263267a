"""Who signs a document with no closing formula (``author_signatures``): a name alone on its line above its role.
Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_REPORT = """TRIP REPORT

Regional Office for the Andes (Quito)
Mission to Cuenca and Loja, Ecuador
Dates of travel: 2 to 6 March 2032

1. Purpose

The mission looked at how two municipal networks share towers with the national operator, and what the regional \
office could do to help them write a common maintenance plan.

2. Follow-up

| Action | Responsible | Deadline |
| Draft maintenance plan | Municipality of Cuenca | 30 April 2032 |

3. Recommendation

The Bureau is invited to include both municipalities in the next round of the rural connectivity programme.

Maribel Quishpe-Andrade
{role}
Quito, 10 March 2032
"""


def test_a_job_title_then_its_office_after_a_comma_signs(tmp_path: Path) -> None:
    """``NAME`` / ``Programme Coordinator, Regional Office for X``: the job title before the comma signs, so the
    report's passive and its action table's row are the signer's (decisions 50 and 55)."""
    report = parsed_text(tmp_path, _REPORT.format(role="Programme Coordinator, Regional Office for the Andes"))
    found = {(r.requester.kind, r.requester.key) for r in extract(report).requests}
    assert found == {("person", "maribel-quishpe-andrade")}


def test_an_office_alone_under_a_name_does_not_sign(tmp_path: Path) -> None:
    report = parsed_text(tmp_path, _REPORT.format(role="Regional Office for the Andes, Quito"))
    found = {(r.requester.kind, r.requester.key) for r in extract(report).requests}
    assert ("person", "maribel-quishpe-andrade") not in found


def test_a_contact_under_a_label_does_not_sign(tmp_path: Path) -> None:
    """``For more information, please contact:`` / ``NAME`` / ``Press Officer, X``: a contact, no signature; the
    report's passive has no signer to credit."""
    text = _REPORT.format(role="Quito, 10 March 2032").replace(
        "Maribel Quishpe-Andrade\n",
        "For more information, please contact:\nMaribel Quishpe-Andrade\n"
        "Press Officer, Regional Office for the Andes\n",
    )
    found = {(r.requester.kind, r.requester.key) for r in extract(parsed_text(tmp_path, text)).requests}
    assert ("person", "maribel-quishpe-andrade") not in found
