"""A pronoun for either sex as the one asked (``He or she is requested to ...``, ``He/she is invited to ...``): the
person the sentence before it opens with by a lower-case noun of what the person does (``The evaluator is expected to
...``: evaluator, as written), else a person or post named before as ``he`` would be; never the pronouns as two
groups ``He`` and ``she`` (ingest/extract/agent_resolver.py, ``Resolver._agent_noun_before``; the noun's endings in
``addressee-words.csv`` kind ``agent-ending``). Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_TERMS = """Telecommunication Development Bureau
Terms of reference for a consultancy
Geneva, 2 March 2034

1. Background. The Bureau will engage an expert team for the regional survey of rural connectivity.

2. {sentence}

Yours faithfully,
Ines Arrieta
Director
"""


def _asked(tmp_path: Path, sentence: str) -> list[list[str]]:
    return [r[2] for r in labelled_requests(extract(parsed_text(tmp_path, _TERMS.format(sentence=sentence))))]


def test_he_or_she_after_the_evaluator(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "The evaluator is expected to work from May to July 2034. He or she is requested to present an outline by "
        "20 May 2034.",
    )
    assert got == [["evaluator"]]


def test_he_slash_she_after_the_consultant(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "The consultant will be based in Windhoek. He/she is invited to submit a work plan within two weeks.",
    )
    assert got == [["consultant"]]


def test_either_pronoun_after_a_person_named_with_a_post(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Ms Lerato Dube, Chief of the Projects Department, supervises the work. She or he is requested to approve "
        "the work plan.",
    )
    assert got == [["Lerato Dube"]]


def test_never_the_pronouns_as_groups(tmp_path: Path) -> None:
    got = _asked(tmp_path, "The survey will start in May 2034. He or she is requested to send the forms to the Bureau.")
    assert all(a not in ("He", "she", "She", "he") for x in got for a in x)
