"""A learnt detector of sentences that ask someone to act (issue 8, round 10).

The rules of :mod:`.requests` read a request from a verb of asking (``request-kinds.csv``). This
module scores a whole sentence instead: a linear model (an averaged perceptron fitted by
``bench/request_clause_weights.py`` on the annotated dev reports) over generic features of the
sentence (:func:`features`): its lower-case words and word pairs, the shape of a modal or an
infinitive after a name, whether the paragraph is a list item, where the sentence stands in its
paragraph, its heading's words and its length. Names, numbers and capitalised words never become
features (a capitalised word is ``CAP`` unless it is a function word of
``english-stopwords.csv``), so the weights carry no report's tokens.

The weights are data (``ingest/data/request-clause-weights.csv``: ``feature,weight``; the row
``__bias__`` is the bias, ``__threshold__`` the score above which a sentence is a request), read
once. Scoring is one dict lookup per feature. :func:`aligns` is the distant supervision: a sentence
is a request's when it holds most of the content words of the annotated action.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.tables import data_rows, derived_from_data

from .warnings import stopwords

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d.,/\-]*")
#: a list item's marker at the start of a paragraph: ``a)``, ``(b)``, ``3.``, ``iv)``, ``-``, ``•``
_ITEM = re.compile(r"^\s*(?:\(?[a-z]\)|\(?[ivx]+\)|\d+(?:\.\d+)*\.?\s|[-•–·*]\s)")
_MODALS = frozenset("shall should will would must may could".split())
_BIAS, _THRESHOLD = "__bias__", "__threshold__"
#: words of the action's alignment below this count are too few to place it
_MIN_WORDS = 2


def tokens(text: str) -> list[str]:
    """The sentence's words as features see them: lower case; a capitalised word that is no
    function word is ``CAP``; a number ``NUM``."""
    out: list[str] = []
    stop = stopwords()
    for w in _WORD.findall(text):
        low = w.lower()
        if w[0].isdigit():
            out.append("NUM")
        elif w[0].isupper() and low not in stop:
            out.append("CAP")
        else:
            out.append(low)
    return out


def content_words(text: str) -> set[str]:
    """The lower-case words of ``text`` that are no function words (alignment's unit)."""
    stop = stopwords()
    return {w.lower() for w in _WORD.findall(text) if not w[0].isdigit() and w.lower() not in stop and len(w) > 2}


def aligns(action: str, sentence: str, share: float = 0.7) -> bool:
    """``sentence`` states the annotated ``action``: it holds at least ``share`` of the action's
    content words (and at least two of them)."""
    wanted = content_words(action)
    if len(wanted) < _MIN_WORDS:
        return False
    return len(wanted & content_words(sentence)) >= share * len(wanted)


def _shapes(words: list[str]) -> list[str]:
    """Patterns around the would-be verb: a modal after a name (``CAP shall``), an infinitive after
    a name (``CAP to do``), a passive of asking (``are to``/``be asked``), a colon lead."""
    out: list[str] = []
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w in _MODALS:
            out.append(f"modal:{w}>{nxt}" if nxt not in ("CAP", "NUM") else f"modal:{w}")
            if i > 0 and words[i - 1] == "CAP":
                out.append("CAP+modal")
        if w == "to" and i > 0 and nxt not in ("CAP", "NUM", "the"):
            out.append(f"to>{nxt}")
            if words[i - 1] == "CAP":
                out.append("CAP+to")
    return out


def features(sentence: str, position: int = 0, item: bool = False, heading: str = "") -> list[str]:
    """The generic features of one sentence: words, word pairs, shapes, where it stands
    (``position``: its index in the paragraph), a list item, its heading's words, its length."""
    words = tokens(sentence)
    feats = [f"w:{w}" for w in words if w != "NUM"]
    feats += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    feats += _shapes(words)
    feats.append(f"first:{words[0]}" if words else "first:")
    feats.append("pos:0" if position == 0 else "pos:1" if position == 1 else "pos:2+")
    feats.append(f"len:{min(len(words) // 10, 5)}")
    if item or _ITEM.match(sentence):
        feats.append("item")
    if sentence.rstrip().endswith(":"):
        feats.append("colon")
    feats += [f"h:{w}" for w in tokens(heading) if w not in ("CAP", "NUM")]
    return list(dict.fromkeys(feats))


@cache
def weights() -> dict[str, float]:
    """``feature -> weight`` (``request-clause-weights.csv``), read once (kept between runs of the command
    line: 3,000 rows)."""
    return derived_from_data("request-clause-weights.csv", _read_weights, code=__name__)


def _read_weights() -> dict[str, float]:
    return {r["feature"]: float(r["weight"]) for r in data_rows("request-clause-weights.csv")}


def score(feats: list[str]) -> float:
    """The model's score of a sentence's features (above :func:`threshold`: a request)."""
    w = weights()
    return w.get(_BIAS, 0.0) + sum(w.get(f, 0.0) for f in feats)


def threshold() -> float:
    """The score above which a sentence asks someone to act (fitted with the weights)."""
    return weights().get(_THRESHOLD, 0.0)


def asks(sentence: str, position: int = 0, item: bool = False, heading: str = "") -> bool:
    """The model reads ``sentence`` as asking someone to act, with confidence."""
    return score(features(sentence, position, item, heading)) > threshold()
