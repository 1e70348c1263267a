"""Who asks in a company's contribution (issue 8, round 38): the company named as the subject of its proposals
with a legal suffix in capitals that is also a word (``Fjordlink Networks AS proposes that the Study Group:``:
``AS`` closes the name, it is no ``as`` that makes the verb a noun; ``request_verbs.no_verb_before``), or named
without its legal suffix (``Kvasir Datanett proposes that TSAG:`` in a contribution of Kvasir Datanett hf.;
``request_subjects._author_short``). Every name, code and sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text, parties

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.request_verbs import no_verb_before


def _requests(tmp_path: Path, text: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    """``(verb, kind:requester, addressees, action)`` of each request the whole extractor reads in ``text``."""
    return [(*parties(x), x.action) for x in extract(parsed_text(tmp_path, text)).requests]


_HEADER = "CONTRIBUTION\n\nSource: {source}\n\nTitle: Shared backhaul in remote villages\n\n"


@pytest.mark.parametrize(
    ("source", "lead", "key", "addressee"),
    [
        (
            "Fjordlink Networks AS (Norway)",
            "Fjordlink Networks AS proposes that the Study Group: a) include the case study in the annex of the "
            "report; b) invite administrations to share similar experiences.",
            "body:fjordlink-networks-as",
            "collective:study-group",
        ),
        (
            "Brattvoll Radio AS (Norway), ITU-D Sector Member",
            "Brattvoll Radio AS invites the Working Group to: - include the case study in the annex of the report; "
            "- invite administrations to share similar experiences.",
            "body:brattvoll-radio-as",
            "collective:working-group",
        ),
        (
            "Granholm Mobil AS (Sweden)",
            "3 Proposals\n\nGranholm Mobil AS proposes that TDAG:\n\n- include the case study in the annex of the "
            "report;\n\n- invite administrations to share similar experiences.",
            "body:granholm-mobil-as",
            "body:tdag",
        ),
    ],
)
def test_a_company_whose_suffix_is_a_word_asks(
    tmp_path: Path, source: str, lead: str, key: str, addressee: str
) -> None:
    text = _HEADER.format(source=source) + "1 Background\n\nThe pilots ran in four villages.\n\n" + lead + "\n"
    got = [
        (requester, addressees, action.rstrip(".")) for _, requester, addressees, action in _requests(tmp_path, text)
    ]
    assert got == [
        (key, (addressee,), "include the case study in the annex of the report"),
        (key, (addressee,), "invite administrations to share similar experiences"),
    ]


@pytest.mark.parametrize(
    ("source", "subject", "key"),
    [
        ("Kvasir Datanett hf. (Iceland)", "Kvasir Datanett", "body:kvasir-datanett-hf"),
        ("Brattvoll Radio AS (Norway), ITU-T Sector Member", "Brattvoll Radio", "body:brattvoll-radio-as"),
        ("Selkirk Fibre Ltd (United Kingdom)", "Selkirk Fibre", "body:selkirk-fibre-ltd"),
        ("Tanjung Satelit Sdn Bhd (Malaysia)", "Tanjung Satelit", "body:tanjung-satelit-sdn-bhd"),
    ],
)
def test_a_company_named_without_its_legal_suffix_is_the_author(
    tmp_path: Path, source: str, subject: str, key: str
) -> None:
    """The contribution's author named by its name without ``hf.``, ``AS``, ``Ltd`` or ``Sdn Bhd`` asks, as
    it does under its full name; a passive after it (``TSAG is further invited``) is its request too."""
    text = (
        _HEADER.format(source=source)
        + f"1 Background\n\nRemote delegates find it hard to ask for the floor.\n\n2 Proposals\n\n{subject} "
        "proposes that TSAG:\n\n- establish a Rapporteur group on hybrid meetings;\n\n- instruct TSB to publish "
        "guidelines for chairs by 30 September 2031.\n\nTSAG is further invited to call upon Member States to "
        "send feedback to the TSAG Chair.\n"
    )
    assert [(verb, requester, addressees) for verb, requester, addressees, _ in _requests(tmp_path, text)] == [
        ("propose", key, ("body:tsag",)),
        ("propose", key, ("body:tsag",)),
        ("invite", key, ("body:tsag",)),
    ]


@pytest.mark.parametrize(
    ("source", "subject", "apposition", "key"),
    [
        (
            "Brattvoll Radio AS",
            "Brattvoll Radio",
            "an operator with 900 000 subscribers in Norway",
            "brattvoll-radio-as",
        ),
        ("Selkirk Fibre Ltd", "Selkirk Fibre", "a wholesale carrier in the Scottish Borders", "selkirk-fibre-ltd"),
        ("Kvasir Datanett hf.", "Kvasir Datanett", "which runs the rural network of two fjords", "kvasir-datanett-hf"),
    ],
)
def test_the_author_named_short_in_the_prose_before_asks(
    tmp_path: Path, source: str, subject: str, apposition: str, key: str
) -> None:
    """``Contribution by X AS (Sector Member)`` then ``X, an operator ..., has worked ...`` and ``X invites the
    Working Group to: - ...``: the author asks, though the prose named it short before."""
    text = (
        "Council Working Group on Child Online Protection\n\nGeneva, 4 March 2031\n\nDocument CWG-COP 9/7\n\n"
        f"Contribution by {source} (Sector Member, ITU-D) Safer prepaid cards for children\n\n"
        f"{subject}, {apposition}, has worked since 2029 on filters for children's prepaid cards.\n\n"
        f"{subject} invites the Working Group to: - encourage operators to offer filters by default; - request the "
        "secretariat to add the material to the resource library.\n"
    )
    assert [(requester, addressees) for _, requester, addressees, _ in _requests(tmp_path, text)] == [
        (f"body:{key}", ("body:cwg-cop",))
    ] * 2


def test_another_company_named_short_is_not_the_author(tmp_path: Path) -> None:
    """Only the author's own name without its suffix is the author: another company's name asks as itself
    (here no body the text knows, so no request), never as the author."""
    text = (
        _HEADER.format(source="Kvasir Datanett hf. (Iceland)")
        + "1 Background\n\nRemote delegates find it hard to ask for the floor.\n\n2 Proposals\n\nBifrost Telekom "
        "proposes that TSAG establish a Rapporteur group on hybrid meetings.\n"
    )
    assert all(requester != "body:kvasir-datanett-hf" for _, requester, _, _ in _requests(tmp_path, text))


@pytest.mark.parametrize(
    ("pre", "no_verb"),
    [
        ("Fjordlink Networks AS ", False),  # a company's suffix closing its name
        ("Norðurljós Radio AS ", False),
        ("the draft was amended, as ", True),  # "as requested": no verb of the sentence
        ("AS ", True),  # no name before the capitals
        ("ACTION TAKEN AS ", True),  # a heading in capitals: the word, not a suffix
        ("the ", True),
        ("The Bureau ", False),
    ],
)
def test_a_word_before_a_verb_form_makes_it_no_verb_unless_it_closes_a_name(pre: str, no_verb: bool) -> None:
    assert no_verb_before(pre) is no_verb
