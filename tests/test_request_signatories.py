"""An agreement's signatories asked as one (``request_signatories``). Every sentence and name is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.request_signatories import signatory_terms
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read

_FRONT = """MEMORANDUM OF UNDERSTANDING
BETWEEN THE ASIA-PACIFIC TELECOMMUNITY (APT)
AND THE PACIFIC ISLANDS TELECOMMUNICATIONS ASSOCIATION (PITA)
ON COOPERATION IN SPECTRUM MANAGEMENT TRAINING

WHEREAS the APT and the PITA share the aim of building regulatory capacity in Pacific island countries;

{definition}

1. The Parties shall develop joint courses on spectrum monitoring for Pacific island regulators, with priority for \
the least developed countries of the region.

2. The APT invites the PITA to co-organize a session on submarine cable resilience at the Pacific ICT Ministers \
meeting in 2031.

3. Each Party shall appoint a focal point by 1 May 2031.

Signed in Apia on 3 March 2031, in two originals in the English language.

For the Asia-Pacific Telecommunity:

Ms Leilani Faleolo-Tuiasosopo

Secretary General

For the Pacific Islands Telecommunications Association:

Mr Ioane Vaifale-Lemalu

Chief Executive Officer
"""


def _requests(tmp_path: Path, definition: str) -> list[tuple[str, tuple[str, ...]]]:
    path = tmp_path / "mou.txt"
    path.write_text(_FRONT.format(definition=definition), encoding="utf-8")
    return [(r.verb, tuple(a.key for a in r.addressees)) for r in extract(parse(read(path))).requests]


@pytest.mark.parametrize(
    "definition",
    [
        "NOW, THEREFORE, the APT and the PITA (the Parties) agree as follows:",
        'NOW, THEREFORE, the APT and the PITA (hereinafter referred to as the "Parties") agree as follows:',
        'NOW, THEREFORE, the APT and the PITA (each a "Party" and together the "Parties") agree as follows:',
    ],
)
def test_the_signatories_term_asked_is_their_own_undertaking(tmp_path: Path, definition: str) -> None:
    """``The Parties shall develop ...`` is what the signatories undertake together, no request; ``The APT invites the
    PITA to ...`` (one signatory asking the other) stays."""
    found = _requests(tmp_path, definition)
    assert all("parties" not in keys and "party" not in keys for _, keys in found)
    assert ("invite", ("pita",)) in found or any(v == "invite" for v, _ in found)


def test_an_agreements_parties_are_no_addressee_even_undefined(tmp_path: Path) -> None:
    """Under a title that names the document an agreement, ``The Parties shall ...`` is the signatories' undertaking
    though no bracket defines the term (decision 60)."""
    found = _requests(tmp_path, "NOW, THEREFORE, the APT and the PITA agree as follows:")
    assert found and all("parties" not in keys and "party" not in keys for _, keys in found)


def _extracted(tmp_path: Path, text: str) -> list[tuple[str, tuple[str, ...]]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [(r.verb, tuple(a.key for a in r.addressees)) for r in extract(parse(read(path))).requests]


_TITLES = [
    "MEMORANDUM OF UNDERSTANDING BETWEEN THE ARAB ICT ORGANIZATION AND THE AFRICAN TELECOMMUNICATIONS UNION",
    "Agreement on a Voluntary Contribution between the Kingdom of Norway and the International Telecommunication Union",
    "HOST COUNTRY AGREEMENT FOR THE REGIONAL DEVELOPMENT FORUM FOR THE AMERICAS, 2033",
]

_CLAUSES = """{title}

NOW, THEREFORE, the two organizations agree as follows:

1. Each Party shall designate a focal point. The focal points shall submit a joint work plan for 2034 to both heads \
of organization by 30 November 2033.

2. The African Telecommunications Union invites the Caribbean Telecommunications Union to take part in the joint \
training programme.

Signed in Rabat on 2 October 2033.

For the Arab ICT Organization:

Ms Yasmina Ould-Taleb

Secretary General

For the African Telecommunications Union:

Mr Faniry Ravelonandro

Secretary-General
"""


@pytest.mark.parametrize("title", _TITLES)
def test_an_agreements_decided_clause_is_an_undertaking(tmp_path: Path, title: str) -> None:
    """In an agreement, ``X shall ...`` is what the signatories undertake, no request
    (decision 60: ``shall`` asks no one); the verb of asking in the next clause stays."""
    found = _extracted(tmp_path, _CLAUSES.format(title=title))
    assert [v for v, _ in found] == ["invite"]


def test_a_meetings_decided_clause_stays_a_request(tmp_path: Path) -> None:
    """The undertaking is an agreement's: a record's ``agreed that the Secretariat shall prepare ...`` still asks
    the Secretariat (decision 38's directive modal), and ``the Parties to the Convention`` stay addressees."""
    text = (
        "Summary of the third meeting of the Regional Working Group on Spectrum Monitoring\n\n"
        "1. The Group agreed that the focal points shall submit a joint work plan by 30 November 2033.\n\n"
        "2. The Group invited the Parties to the Convention to share their monitoring data.\n"
    )
    found = _extracted(tmp_path, text)
    assert any(v == "agree" for v, _ in found)
    assert any("parties" in "-".join(keys) for _, keys in found)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("ITU and UNICEF (the Parties) agree as follows:", {"parties", "party"}),
        ("ESCAP and ECA (hereinafter called the Signatories) agree:", {"signatories", "signatory"}),
        ("The Parties to the Convention (COP) met in Bonn.", set()),
        ("The Parties shall meet once a year.", set()),
    ],
)
def test_the_term_is_read_from_a_bracketed_definition(tmp_path: Path, text: str, terms: set[str]) -> None:
    path = tmp_path / "t.txt"
    path.write_text(f"AGREEMENT\n\n{text}\n", encoding="utf-8")
    assert signatory_terms(parse(read(path))) == terms


def _asked(tmp_path: Path, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    path = tmp_path / "agreement.txt"
    path.write_text(text, encoding="utf-8")
    x = extract(parse(read(path)))
    return [(r.verb, r.requester.key, tuple(a.key for a in r.addressees)) for r in x.requests]


def test_the_parties_asking_are_each_signatory_of_the_signature_lines(tmp_path: Path) -> None:
    """``The Parties invite X to ...`` in an agreement signed ``For A:`` and ``For B:`` is one request per signatory
    (decision 59), each with every addressee."""
    text = _FRONT.format(
        definition="NOW, THEREFORE, the APT and the PITA (the Parties) agree as follows:\n\n"
        "4. The Parties invite the Secretariat of the Pacific Community (SPC) to host the first course in Suva."
    )
    got = _asked(tmp_path, text)
    assert ("invite", "apt", ("spc",)) in got
    assert ("invite", "pita", ("spc",)) in got


@pytest.mark.parametrize(
    ("front", "sentence", "verb", "askers"),
    [
        (
            "between the Kingdom of Tonga, represented by the Ministry of Meteorology, Energy and Information, "
            "and the International Telecommunication Union (ITU)",
            "The Parties request the Tonga Communications Corporation to provide office space for the project team.",
            "request",
            ["TON", "itu"],
        ),
        (
            "between the Republic of Chile and the Inter-American Telecommunication Commission (CITEL)",
            "Both Parties urge the regulators of the region to share their spectrum monitoring data with the project.",
            "urge",
            ["CHL", "citel"],
        ),
    ],
)
def test_the_parties_asking_are_each_signatory_the_front_names(
    tmp_path: Path, front: str, sentence: str, verb: str, askers: list[str]
) -> None:
    text = (
        "CONTRIBUTION AGREEMENT\n\n"
        f"{front}\n\n"
        'concerning the project "Rural broadband for island schools"\n\n'
        "Article 1 - Implementation\n\n"
        f"The project will be carried out from 2031 to 2033. {sentence}\n"
    )
    got = _asked(tmp_path, text)
    assert sorted(who for v, who, _ in got if v == verb) == sorted(askers)


def test_the_parties_ask_as_no_one_where_the_text_names_no_signatories(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Note on the consultation\n\nThe consultation was held online in May 2031. The Parties request the "
        "secretariat to circulate the summary.\n",
    )
    assert not any(who in ("TON", "itu", "CHL") for _, who, _ in got)
