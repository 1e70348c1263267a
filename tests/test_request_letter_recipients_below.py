"""A letter signed by a name alone under its courtesy sentence, with its recipients listed under the signature (issue
8, decisions 11 and 55): a presiding officer's letter to all missions ends ``Please accept, Excellency, the
assurances of my highest consideration.`` / ``NAME`` / ``All Permanent Representatives and Permanent Observers ...``.
The courtesy sentence is a closing, and the recipients' line is no post of the signer's, so the name signs and what
the letter asks (``I encourage ...``, ``I would request ...``, a passive) is that person's. Every sentence, name and
body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_LETTER = """THE PRESIDENT OF THE ECONOMIC AND SOCIAL COUNCIL
9 February 2031
Excellency,
I have the honour to inform you that the Council will hold its annual dialogue on digital cooperation on 14 April \
2031 in Conference Room 2.
I encourage all Member States and observers to send written inputs to the secretariat by 20 March 2031. I also invite \
the regional commissions to brief delegations on their regional reviews.
The United Nations Conference on Trade and Development is requested to circulate a background note before the \
dialogue.
Please accept, Excellency, the assurances of my highest consideration.
{signature}
{recipients}
"""


@pytest.mark.parametrize(
    ("signature", "recipients"),
    [
        ("Ingrid Mæhlum-Oyelaran", "All Permanent Representatives and Permanent Observers, New York"),
        ("(Signed) Ingrid Mæhlum-Oyelaran", "To all Permanent Representatives and Permanent Observers"),
        ("Ingrid Mæhlum-Oyelaran", "To: Heads of delegation of the Member States of the Council"),
        ("Ingrid Mæhlum-Oyelaran", ""),
    ],
)
def test_the_name_under_the_courtesy_sentence_signs_over_the_recipients(
    tmp_path: Path, signature: str, recipients: str
) -> None:
    found = extract(parsed_text(tmp_path, _LETTER.format(signature=signature, recipients=recipients)))
    assert "Ingrid Mæhlum-Oyelaran" in {p.name for p in found.persons}
    assert [(r.verb, r.requester.label) for r in found.requests] == [
        ("encourage", "Ingrid Mæhlum-Oyelaran"),
        ("invite", "Ingrid Mæhlum-Oyelaran"),
        ("request", "Ingrid Mæhlum-Oyelaran"),
    ]


def test_a_post_line_under_the_name_still_signs_as_the_post(tmp_path: Path) -> None:
    """A post under the name is read as before: the person with that post signs."""
    post = "Director, Telecommunication Development Bureau"
    text = _LETTER.format(signature="Tomasz Wierzbicki Oduya", recipients=post)
    found = extract(parsed_text(tmp_path, text))
    person = next(p for p in found.persons if p.name == "Tomasz Wierzbicki Oduya")
    assert person.posts
    assert {r.requester.label for r in found.requests} == {"Tomasz Wierzbicki Oduya"}
