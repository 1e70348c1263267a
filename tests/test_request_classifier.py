"""The learnt request-sentence detector: its features, its alignment and its weights (invented sentences)."""

from __future__ import annotations

from wsiskg.ingest.extract import request_classifier as rc
from wsiskg.ingest.tables import data_rows


def test_tokens_drop_names_and_numbers_but_keep_function_words() -> None:
    assert rc.tokens("The Kelvor Board shall submit 3 drafts by 2031") == [
        "the",
        "CAP",
        "CAP",
        "shall",
        "submit",
        "NUM",
        "drafts",
        "by",
        "NUM",
    ]


def test_features_carry_no_name_and_read_modal_and_infinitive_shapes() -> None:
    feats = rc.features("Ostrava Telecom Agency to circulate the revised table.", position=2, item=True)
    assert "CAP+to" in feats and "to>circulate" in feats and "item" in feats and "pos:2+" in feats
    assert not any("ostrava" in f.lower() or "telecom" in f.lower() for f in feats)
    feats = rc.features("The Liaison Office should prepare a summary.", heading="Follow-up actions")
    assert "CAP+modal" in feats and "modal:should>prepare" in feats
    assert "h:actions" in feats and "h:follow-up" not in feats  # a capitalised heading word is dropped


def test_alignment_needs_most_of_the_action_words() -> None:
    action = "prepare a glossary of broadband terms for the working party"
    assert rc.aligns(
        action, "It agreed that the Bureau would prepare a glossary of broadband terms for the working party."
    )
    assert not rc.aligns(action, "The glossary was discussed at length.")
    assert not rc.aligns("act", "The Bureau will act.")  # too few words to place an action


def test_detector_marks_requests_of_each_form_and_not_their_look_alikes() -> None:
    pairs = [
        # a modal after the asked party
        (
            "The Regional Desk shall compile the replies of the administrations and report to the next meeting.",
            "The Regional Desk compiled the replies of the administrations last year.",
        ),
        # decided that X shall ...
        (
            "The Group decided that its Vice-Chair shall present a progress report to the next plenary.",
            "The Group decided that its Vice-Chair presented a progress report to the last plenary.",
        ),
        # an active verb of asking
        (
            "They asked BDT to organize a regional workshop on spectrum monitoring jointly with the regulators.",
            "They thanked BDT for organizing a regional workshop on spectrum monitoring jointly with the regulators.",
        ),
        # a verb of asking
        (
            "Participants were invited to submit contributions on spectrum pricing before the next session.",
            "Participants discussed contributions on spectrum pricing at the session.",
        ),
    ]
    for asking, stating in pairs:
        assert rc.asks(asking), asking
        assert not rc.asks(stating), stating


def test_weights_file_loads_once_and_is_small() -> None:
    rows = data_rows("request-clause-weights.csv")
    assert 100 < len(rows) <= 5000
    assert {"__bias__", "__threshold__"} <= {r["feature"] for r in rows}
    assert rc.weights() is rc.weights()
    assert not any(f.startswith("w:") and f[2:3].isupper() and f != "w:CAP" for f in rc.weights())
