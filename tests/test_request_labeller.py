"""The learnt labeller of request parties (``request_labeller.py``). Every sentence is invented."""

from __future__ import annotations

import csv
from pathlib import Path

from wsiskg.ingest.extract import request_labeller as lab


def _words(sentence: str, span: tuple[int, int] | None) -> str:
    assert span is not None
    toks = lab.tokenize(sentence)
    return " ".join(w for _, _, w in toks[span[0] : span[1]])


def test_alignment_finds_the_party_as_written_case_and_article_aside() -> None:
    s = "The Board invited the regional offices of the Zantor Agency to compile a roster by 9 March 2033."
    toks = lab.tokenize(s)
    assert (
        _words(s, lab.align("Regional Offices of the Zantor Agency", toks)) == "regional offices of the Zantor Agency"
    )
    assert _words(s, lab.align("the Board", toks)) == "Board"
    assert lab.align("Kestrel Forum", toks) is None  # not written here


def test_alignment_takes_the_shortest_capitalised_span_a_name_test_accepts() -> None:
    s = "Delegates asked the Quorvan Standards Bureau (QSB) to publish the draft."
    toks = lab.tokenize(s)

    def same(gold: str, got: str) -> bool:  # a stand-in for the scorer's test: the name or its acronym
        return gold == "Quorvan Standards Bureau" and got in ("QSB", "Quorvan Standards Bureau")

    assert _words(s, lab.align("the Quorvan Standards Bureau", toks)) == "Quorvan Standards Bureau"
    assert _words(s, lab.align("Quorvan Standards Bureau", toks, same, s)) == "Quorvan Standards Bureau"
    assert (
        _words(
            s.replace("the Quorvan Standards Bureau (QSB)", "QSB"),
            lab.align(
                "Quorvan Standards Bureau",
                lab.tokenize(s.replace("the Quorvan Standards Bureau (QSB)", "QSB")),
                same,
                s.replace("the Quorvan Standards Bureau (QSB)", "QSB"),
            ),
        )
        == "QSB"
    )
    assert lab.align("Telvar Council", toks, same, s) is None
    assert lab.align("Telvar Council", toks) is None  # without the test: the words only


def test_bio_tags_spans_and_drops_an_overlapping_one() -> None:
    assert lab.bio(6, [((1, 3), "A"), ((0, 1), "R"), ((2, 4), "A")]) == ["B-R", "B-A", "I-A", "O", "O", "O"]


def test_features_carry_no_name_and_no_number() -> None:
    s = "The Orlaven Committee shall submit 3 reports to Mr Tasso Berin by 2034."
    feats = [f for fs in lab.token_features(s) for f in fs]
    for name in ("orlaven", "tasso", "berin", "2034", "Orlaven"):
        assert not any(name in f and not f.startswith("cw:") for f in feats), name
    assert "w:shall" in feats and "w:Xx" in feats and "w:NUM" in feats
    assert "d:-1" in feats  # "Committee" is one token before the modal
    shall = lab.token_features(s)[3]
    assert "d:0" in shall and "w:shall" in shall


def test_features_read_the_distance_to_the_asking_verb_and_an_infinitive_ahead() -> None:
    s = "The meeting urged all operators to report outages."
    by_word = dict(zip([w for _, _, w in lab.tokenize(s)], lab.token_features(s), strict=False))
    assert "d:0" in by_word["urged"]
    assert "d:+1" in by_word["meeting"] and "d:-2" in by_word["operators"]
    assert "ahead:to" in by_word["operators"]


def test_weights_file_loads_once_and_is_small() -> None:
    lab.weights.cache_clear()
    w = lab.weights()
    assert w is lab.weights()
    rows = sum(len(t) for t in w.values())
    assert 100 < rows <= 8000
    assert all(t in lab.TAGS for tv in w.values() for t in tv)
    path = Path(__file__).resolve().parents[1] / "ingest" / "data" / "request-party-weights.csv"
    assert path.stat().st_size < 160_000
    with path.open() as fh:
        names = {r["feature"] for r in csv.DictReader(fh)}
    written = {f[2:] for f in names if f.startswith("w:")}
    assert not any(w[:1].isupper() for w in written - {"Xx", "XX", "NUM"})  # no capitalised word as written


def test_the_labeller_tags_the_addressee_of_plain_requests() -> None:
    cases = {
        "The Assembly requested the Director of the Velmar Bureau to circulate the survey.": (
            "Director of the Velmar Bureau"
        ),
        "The Panel encouraged Member States to nominate experts by 4 June 2035.": "Member States",
        "The Committee agreed that the Secretariat should prepare a synthesis of the replies.": "Secretariat",
        "The meeting invited the administrations of the region to share their plans.": "administrations",
    }
    for sentence, addressee in cases.items():
        # the context the reader gives: the first body (the subject) is the meeting's own; the
        # addressee a candidate where the resolver knows it (a post, a body), not a collective
        own = sentence.index(" ", 4)
        cands = [(4, own, "body", True)]
        if addressee[0].isupper() and addressee != "Member States":
            at = sentence.index(addressee)
            cands.append((at, at + len(addressee), "post" if "Director" in addressee else "body", False))
        got = [sentence[s:e] for s, e in lab.spans(sentence, "A", (tuple(cands), False, 0))]
        assert addressee in got or any(addressee.endswith(g) or g.endswith(addressee) for g in got), (sentence, got)


def _ctx_features(sentence: str, ctx: lab.Context) -> dict[str, list[str]]:
    toks = lab.tokenize(sentence)
    return dict(zip([w for _, _, w in toks], lab.token_features(sentence, toks, ctx), strict=False))


def test_context_features_read_the_candidates_the_subject_and_the_own_body() -> None:
    s = "The Varnel Forum invited the Ostrava Office to draft a plan."
    ctx: lab.Context = (((4, 16, "body", True), (29, 43, "body", False)), False, 0)
    by_word = _ctx_features(s, ctx)
    assert "c:body_B" in by_word["Varnel"] and "c:body_I" in by_word["Forum"]
    assert "own" in by_word["Forum"] and "own" not in by_word["Office"]
    assert "subj:True" in by_word["Forum"] and "subj:False" in by_word["Office"]
    assert "c_side:body_B_post" in by_word["Ostrava"]
    assert "vo:act_pre" in by_word["Forum"] and "place:para0" in by_word["draft"]
    for name in ("varnel", "ostrava"):  # no name in a context feature
        assert not any(name in f.lower() for fs in by_word.values() for f in fs if not f.startswith("cw:")), name


def test_context_features_read_the_passive_voice_its_agent_and_a_list_item() -> None:
    s = "b) the regional offices are requested by the Pellin Council to report annually."
    toks = lab.tokenize(s)
    start = s.index("Pellin")
    ctx: lab.Context = (((start, start + len("Pellin Council"), "body", False),), True, 1)
    by_word = _ctx_features(s, ctx)
    assert "vo:pass_pre" in by_word["offices"] and "place:item1" in by_word["offices"]
    assert "by:pass" in by_word["Pellin"] and "by_c:body_B" in by_word["Pellin"]
    assert not any(f.startswith("c:") and f != "c:none" for f in by_word["offices"])
    assert len(lab.token_features(s, toks, ctx)[0]) > len(lab.token_features(s, toks)[0])  # words alone: fewer
