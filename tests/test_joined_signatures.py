"""Co-signers a layout ran onto one line (issue 8, decision 18): ``NAME (Country) NAME (Country) Co-coordinators``
ending a statement are persons of those countries with that role, and each asks what the statement asks in its own
voice (``We call on ...``, a passive). Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.person_joined_signatures import joined_signers

_STATEMENT = """YOUTH CAUCUS STATEMENT TO THE REGIONAL DIGITAL INCLUSION FORUM
Lomé, 4-6 May 2032

1. We, young people from 31 countries, met online on 2 May 2032 to prepare this statement.

2. We call on governments to fund public access points in rural schools.

3. We urge the regional regulators to publish their universal service fund accounts every year.

4. Youth organisations that endorse this statement are invited to sign it by 30 May 2032.

For the youth caucus coordination team:
{signature}
"""


@pytest.mark.parametrize(
    ("signature", "keys", "role"),
    [
        (
            "Adjoa Mensah-Lartey (Ghana) Tiago Fonseca-Barros (Portugal) Co-coordinators",
            {"adjoa-mensah-lartey", "tiago-fonseca-barros"},
            "Co-coordinator",
        ),
        (
            "Ayumi Kobayashi-Reid (Japan) Kofi Boateng Asare (Ghana) Lena Vogt-Ibáñez (Spain) Co-Chairs",
            {"ayumi-kobayashi-reid", "kofi-boateng-asare", "lena-vogt-ibanez"},
            "Co-Chair",
        ),
        (
            "Adjoa Mensah-Lartey (Ghana) Tiago Fonseca-Barros (Portugal)",
            {"adjoa-mensah-lartey", "tiago-fonseca-barros"},
            None,
        ),
    ],
)
def test_joined_co_signers_each_ask(tmp_path: Path, signature: str, keys: set[str], role: str | None) -> None:
    found = extract(parsed_text(tmp_path, _STATEMENT.format(signature=signature)))
    people = {p.key: p for p in found.persons}
    assert set(people) == keys
    assert all(p.country is not None for p in people.values())
    if role is not None:
        assert all(p.job_titles == (role,) for p in people.values())
    requesters = [r.requester.key for r in found.requests]
    assert len(requesters) == 3 * len(keys)  # two "We ..." requests and a passive, each signer's
    assert set(requesters) == keys


@pytest.mark.parametrize(
    "line",
    [
        "Ms Adjoa Mensah-Lartey (Ghana) and Mr Tiago Fonseca-Barros (Portugal) attended the forum.",
        "Adjoa Mensah-Lartey (Ghana), Chair; Tiago Fonseca-Barros (Portugal), Vice-Chair",
        "Adjoa Mensah-Lartey (Ghana)",
        "Adjoa Mensah-Lartey (Ghana) Tiago Fonseca-Barros (Atlantis)",
    ],
)
def test_a_sentence_a_list_with_roles_or_one_signer_is_no_joined_line(line: str) -> None:
    assert joined_signers(line) == []


_AUDIT = """Report of the External Auditor
Council 2031, Geneva, 10-20 June 2031
AUDIT OF THE REGIONAL OFFICES' TRAVEL EXPENDITURE, 2028-2030
Recommendations
Recommendation 1: We recommend that the Secretary-General adopt a single travel policy by 31 December 2031.
The Council is invited to take note of this report.
Lisbon, 2 May 2031
{signature}
"""


@pytest.mark.parametrize(
    ("signature", "keys"),
    [
        (
            "Inês Carvalho Pereira — President of the Court of Audit Rui Tavares Lobo — Director of Audit",
            {"ines-carvalho-pereira", "rui-tavares-lobo"},
        ),
        (
            "Aigul Bekova-Nurlan – Chairperson of the Accounts Committee of Kazakhstan Timur Aliyev-Serik – "
            "Head of Audit",
            {"aigul-bekova-nurlan", "timur-aliyev-serik"},
        ),
        (
            "Sipho Ndlovu-Khumalo — Auditor-General of Lesotho Thandi Mokoena — Director of Audit "
            "Pieter Wyk-Botha — Manager of Audit",
            {"sipho-ndlovu-khumalo", "thandi-mokoena", "pieter-wyk-botha"},
        ),
    ],
)
def test_an_audits_dashed_signers_each_ask(tmp_path: Path, signature: str, keys: set[str]) -> None:
    """An audit signed ``NAME — ROLE NAME — ROLE`` on one line: each name is a person with the role after its dash (the
    next name starts after the one capitalised word the role's last small word joins), and each asks."""
    found = extract(parsed_text(tmp_path, _AUDIT.format(signature=signature)))
    assert {p.key for p in found.persons} >= keys
    asked = {r.requester.key for r in found.requests}
    assert asked == keys


def test_a_dashed_line_whose_role_has_no_small_word_names_no_one() -> None:
    """``A — Director B — Auditor``: where the role ends and the next name starts is not told."""
    assert joined_signers("Inês Carvalho Pereira — President Rui Tavares Lobo — Director") == []
