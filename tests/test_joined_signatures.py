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
