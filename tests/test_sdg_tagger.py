"""The SDG topic tagger (ingest/extract/sdgs.py): evidence, scores, provenance in the graph, shapes."""

from __future__ import annotations

import csv
import io
import re

import pytest
from extract_support import one_section_report, sample_report
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV, SDO, XSD

from wsiskg.core.resources import read_text
from wsiskg.core.sdg_kos import kos
from wsiskg.core.vocab import OA, WSIS
from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.sdgs import (
    DEFAULT_THRESHOLD,
    TAGGER_NAME,
    lexicon,
    score_text,
    tag_topics,
    tagger_version,
)
from wsiskg.ingest.model import to_graph
from wsiskg.ingest.validate import validate

BASE = "https://example.org/kg/"
TEXT = "Telemedicine platforms allowed rural clinics to consult specialists, and girls in ICT programmes grew."


def test_scores_are_noisy_or_of_distinct_terms_rounded_down() -> None:
    scores = score_text("Telemedicine and e-health reached clinics.")
    score, terms = scores["3"]
    assert terms == ("Telemedicine", "e-health", "clinics")
    assert score == 0.99  # 1 - 0.05 * 0.05 * 0.4 = 0.999, rounded down; never 1
    assert score_text("Nothing about development here.") == {}


def test_target_terms_count_for_the_target_and_its_goal() -> None:
    scores = score_text("Universal and affordable access to the Internet in least developed countries.")
    assert scores["9.c"][0] >= DEFAULT_THRESHOLD
    assert scores["9"][0] >= scores["9.c"][0]


def test_goal_short_names_from_the_kos_are_terms() -> None:
    assert "5" in score_text("Progress on gender equality was reviewed.")
    assert any(t.source == "short-name" and t.term == "Gender equality" for t in lexicon())


def test_tags_need_the_threshold_and_a_matched_term() -> None:
    report = one_section_report(TEXT, "The agenda was adopted.", "Some health.")
    tags = tag_topics(report)
    assert {(t.paragraph, t.code) for t in tags} == {(1, "3"), (1, "5")}
    for t in tags:
        assert t.terms and 0 < t.score < 1
        for term in t.terms:
            assert term.lower() in report.paragraphs[t.paragraph - 1].text.lower()
    assert (3, "3") in {(t.paragraph, t.code) for t in tag_topics(report, threshold=0.4)}


def test_tagging_is_deterministic() -> None:
    report = one_section_report(TEXT, "E-waste and recycling of end-of-life devices.")
    assert tag_topics(report) == tag_topics(report)


def test_tags_in_the_graph_are_annotations_with_provenance() -> None:
    g = to_graph(extract(one_section_report(TEXT)), BASE, "r")
    tag = URIRef(BASE + "id/report/r/sdg-tag/1-3")
    assert {WSIS.TopicTag, OA.Annotation} <= set(g.objects(tag, RDF.type))
    assert g.value(tag, OA.hasTarget) == URIRef(BASE + "id/report/r/para/1")
    assert g.value(tag, OA.hasBody) == URIRef(BASE + "id/sdg/3")
    assert g.value(tag, OA.motivatedBy) == OA.classifying
    score = g.value(tag, WSIS.score)
    assert isinstance(score, Literal) and score.datatype == XSD.decimal and 0 < float(score) < 1
    assert {str(t) for t in g.objects(tag, WSIS.matchedTerm)} == {"Telemedicine", "clinics"}
    activity = g.value(tag, PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in g
    agent = g.value(activity, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in g
    assert g.value(agent, SDO.name) == Literal(TAGGER_NAME)
    assert g.value(agent, SDO.softwareVersion) == Literal(tagger_version())
    # inferred tags are never stated mentions
    assert (URIRef(BASE + "id/report/r/para/1"), WSIS.mentions, URIRef(BASE + "id/sdg/3")) not in g
    assert validate(g).conforms


def test_matched_terms_are_written_as_in_the_paragraph() -> None:
    """Holds by construction (no SHACL-SPARQL check: it tripled validation time): over the sample."""
    report = sample_report()
    texts = {p.order: " ".join(p.text.split()) for p in report.paragraphs}
    tags = tag_topics(report)
    assert len(tags) > 10
    for t in tags:
        for term in t.terms:
            assert term in texts[t.paragraph], (t, term)


def test_hyphens_spaces_and_stems() -> None:
    assert score_text("eHealth")["3"][1] == ("eHealth",)
    assert score_text("e health services")["3"][1] == ("e health",)
    assert score_text("agricultural extension")["2"][1] == ("agricultural",)
    assert "3" not in score_text("the healthy debate")  # "health" is a whole word, not a stem


def test_version_changes_with_the_lexicon() -> None:
    assert re.fullmatch(r"\d+\.\d+-[0-9a-f]{8}", tagger_version())


# ----------------------------------------------------------------- the lexicon data file
def test_lexicon_rows_are_well_formed() -> None:
    rows = list(csv.DictReader(io.StringIO(read_text("ingest", "data", "sdg-lexicon.csv"))))
    assert len(rows) > 200
    seen = set()
    for row in rows:
        assert (row["code"], row["term"].lower()) not in seen, row
        seen.add((row["code"], row["term"].lower()))
    assert {t.code.split(".")[0] for t in lexicon()} == {str(n) for n in range(1, 18)}


def test_target_text_terms_occur_in_the_official_text() -> None:
    """Terms marked ``target-text`` are phrases of the official English text of their target (or
    of the goal or one of its targets, for a goal code): the lexicon is built from those texts."""
    k = kos()
    for t in lexicon():
        if t.source != "target-text":
            continue
        concept = k.concept(t.code)
        assert concept is not None, t
        texts = [concept.label()] + ([c.label() for c in k.children(t.code)] if t.code.isdigit() else [])
        assert any(t.term.rstrip("*").lower() in x.lower() for x in texts), t


@pytest.mark.parametrize("row", ["99,telemedicine,0.9,curated", "3,telemedicine,1,curated", "3,x,0.5,guess"])
def test_bad_lexicon_rows_are_refused(monkeypatch: pytest.MonkeyPatch, row: str) -> None:
    from wsiskg.core import resources
    from wsiskg.ingest.extract import sdgs

    monkeypatch.setattr(resources, "read_text", lambda *_: "code,term,weight,source\n" + row + "\n")
    sdgs.lexicon.cache_clear()
    resources._parsed.cache_clear()  # each CSV is parsed once: read the patched text
    try:
        with pytest.raises(ValueError, match="sdg-lexicon.csv:2"):
            sdgs.lexicon()
    finally:
        sdgs.lexicon.cache_clear()
        resources._parsed.cache_clear()
