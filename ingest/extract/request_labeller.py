"""A learnt labeller of request parties inside a sentence (issue 8, round 11).

The detector of :mod:`.request_classifier` says that a sentence asks someone to act; this module
says where, in the sentence, the asked party (the addressee, tag ``A``) and the asking one (the
requester, tag ``R``) are written. It tags each token ``O``, ``B-A``, ``I-A``, ``B-R`` or ``I-R``
(BIO), left to right, with an averaged perceptron fitted by ``bench/request_party_weights.py`` on
the dev reports' annotated parties aligned to tokens (:func:`align`).

Features are generic (:func:`token_features`): the word as written in lower case when it is
written in lower case or is a function word, else its shape (``Xx``, ``XX``, ``X.``); the
lower-case form of a capitalised word only as a separate feature that the trainer keeps when the
word is also written in lower case in many reports (``Secretariat``/``secretariat``, never a
name); the previous and next words, the previous tags, the signed distance to the verb of asking
(or the modal) and whether ``to`` + a verb follows. No names, no numbers. The weights are data
(``ingest/data/request-party-weights.csv``: ``feature,tag,weight``), read once.

The spans are resolved to actors by the reader's own machinery (``objects``, ``resolve``), in
:mod:`.request_learnt`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from wsiskg.ingest.extract.gazetteer import determiners
from wsiskg.ingest.tables import data_rows, derived_from_data

from .request_verbs import _verbs
from .warnings import stopwords

#: a token: a word (with inner hyphens, apostrophes, dots of an acronym), a number, a punctuation mark
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:\.[A-Za-z]\.?)?|\d[\d.,/\-]*|[^\sA-Za-z\d]")
_MODALS = frozenset("shall should will would must".split())
TAGS = ("O", "B-A", "I-A", "B-R", "I-R")
#: a party span of more tokens than this is never aligned (nor tagged in training)
MAX_SPAN = 12
_DETERMINERS = frozenset(determiners("labeller"))


def tokenize(sentence: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of each token of ``sentence``."""
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(sentence)]


def _form(word: str) -> str:
    """How a feature sees a word: lower case when so written or a function word; else a shape."""
    low = word.lower()
    if word[0].isdigit():
        return "NUM"
    if not word[0].isalpha():
        return word
    if word[0].islower() or low in stopwords():
        return low
    if word.isupper() and len(word) > 1:
        return "XX"
    return "Xx"


def _anchors(sentence: str, toks: Sequence[tuple[int, int, str]]) -> list[int]:
    """Indexes of the tokens that open a verb of asking (``request-kinds.csv``) or a modal."""
    pattern, _ = _verbs()
    starts = {m.start() for m in pattern.finditer(sentence)}
    return [i for i, (s, _, w) in enumerate(toks) if s in starts or w.lower() in _MODALS]


def _distance(i: int, anchors: list[int]) -> str:
    if not anchors:
        return "none"
    d = min((a - i for a in anchors), key=abs)  # > 0: the verb is after the token
    if d == 0:
        return "0"
    sign = "+" if d > 0 else "-"
    d = abs(d)
    return f"{sign}{d if d <= 3 else '4-6' if d <= 6 else '7+'}"


def _to_ahead(forms: list[str], i: int) -> str:
    """What comes first after token ``i`` within 10 tokens: ``to`` + a lower-case verb, a modal,
    a clause mark, or nothing."""
    for k in range(i + 1, min(i + 11, len(forms) - 1)):
        f = forms[k]
        if f == "to" and forms[k + 1].isalpha() and forms[k + 1].islower() and forms[k + 1] != "the":
            return "to"
        if f in _MODALS:
            return "modal"
        if f in (",", ";", ":", "(", ")", "that"):
            return f"cut{f}"
    return "far"


#: what the labeller knows of a sentence besides its words (:func:`context_features`): the candidate
#: parties the rules' resolver finds in it, ``(start, end, kind, own)`` (``own``: the meeting's body
#: or the record's voice), whether the paragraph is a list item, and the sentence's index in it
Context = tuple[tuple[tuple[int, int, str, bool], ...], bool, int]
#: a form of ``be`` before a verb: the passive voice (``was requested``, ``are invited``)
_BE = frozenset("is are was were be been being".split())


def context_features(
    toks: Sequence[tuple[int, int, str]], forms: list[str], anchors: list[int], ctx: Context | None
) -> list[list[str]]:
    """Features of each token from the sentence's structure and the rules' candidates: inside a
    candidate party (its kind, first or inner token, the own meeting), in the phrase right before
    the first verb of asking (the subject), the voice of the nearest verb and a ``by`` agent, the
    list item and the sentence's place in its paragraph. Generic: no word of any report."""
    cands, item, position = ctx if ctx is not None else ((), False, 0)
    first = anchors[0] if anchors else len(toks)
    cut = max((k for k in range(first) if forms[k] in (",", ";", ":", "that", "(", ")")), default=-1)
    passive = {a for a in anchors if any(f in _BE for f in forms[max(0, a - 2) : a])}
    by = {k + 1 + j for k, f in enumerate(forms) if f == "by" for j in range(6)}
    place = f"{'item' if item else 'para'}{min(position, 2)}"
    out = []
    for i, (s, e, _) in enumerate(toks):
        inside = next((c for c in cands if c[0] <= s and e <= c[1]), None)
        near = min(anchors, key=lambda a: abs(a - i), default=None)
        voice = "none" if near is None else "pass" if near in passive else "act"
        side = "none" if near is None else "pre" if i < near else "at" if i == near else "post"
        cand = "none" if inside is None else f"{inside[2]}_{'B' if inside[0] == s else 'I'}"
        subj = cut < i < first
        feats = [
            f"c:{cand}",
            f"c_side:{cand}_{side}",
            f"vo:{voice}_{side}",
            f"subj:{subj}",
            f"subj_c:{subj}_{cand}",
            f"place:{place}",
            f"place_side:{place}_{side}",
        ]
        if inside is not None and inside[3]:
            feats += ["own", f"own_side:{side}"]
        if i in by:
            feats += [f"by:{voice}", f"by_c:{cand}"]
        out.append(feats)
    return out


def token_features(
    sentence: str, toks: Sequence[tuple[int, int, str]] | None = None, ctx: Context | None = None
) -> list[list[str]]:
    """The features of each token that do not depend on the tags (those are added while tagging);
    ``ctx``: the candidates and place of :func:`context_features` (none: the words alone)."""
    toks = tokenize(sentence) if toks is None else toks
    forms = [_form(w) for _, _, w in toks]
    anchors = _anchors(sentence, toks)
    more = context_features(toks, forms, anchors, ctx) if ctx is not None else None
    pad = ["<s>", "<s>", *forms, "</s>", "</s>"]
    out = []
    for i, (_, _, word) in enumerate(toks):
        f = forms[i]
        p1, p2, n1, n2 = pad[i + 1], pad[i], pad[i + 3], pad[i + 4]
        dist = _distance(i, anchors)
        feats = [
            "bias",
            f"w:{f}",
            f"p1:{p1}",
            f"p2:{p2}",
            f"n1:{n1}",
            f"n2:{n2}",
            f"p1w:{p1}_{f}",
            f"wn1:{f}_{n1}",
            f"d:{dist}",
            f"dw:{dist}_{f}",
            f"ahead:{_to_ahead(forms, i)}",
            f"ahead_w:{_to_ahead(forms, i)}_{f}",
        ]
        if f in ("Xx", "XX"):
            feats.append(f"cw:{word.lower()}")
        if i == 0:
            feats.append("first")
        if more is not None:
            feats += more[i]
        out.append(feats)
    return out


@cache
def weights() -> dict[str, dict[str, float]]:
    """``feature -> tag -> weight`` (``request-party-weights.csv``), read once (kept between runs of the
    command line: 6,000 rows)."""
    return derived_from_data("request-party-weights.csv", _read_weights, code=__name__)


def _read_weights() -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for r in data_rows("request-party-weights.csv"):
        out.setdefault(r["feature"], {})[r["tag"]] = float(r["weight"])
    return out


def _allowed(prev: str, tag: str) -> bool:
    """``I-X`` only after ``B-X`` or ``I-X``."""
    return not tag.startswith("I-") or prev[2:] == tag[2:]


def tag(
    feats: list[list[str]],
    w: dict[str, dict[str, float]] | None = None,
) -> list[str]:
    """The tags of a sentence's tokens (greedy, left to right, with the previous two tags)."""
    w = weights() if w is None else w
    tags: list[str] = []
    for i, base in enumerate(feats):
        prev = tags[i - 1] if i else "<s>"
        prev2 = tags[i - 2] if i > 1 else "<s>"
        scores = dict.fromkeys(TAGS, 0.0)
        for f in [*base, *tag_features(prev, prev2, base[1])]:
            for t, v in w.get(f, {}).items():
                scores[t] += v
        tags.append(max((t for t in TAGS if _allowed(prev, t)), key=lambda t: (scores[t], t == "O")))
    return tags


def tag_features(prev: str, prev2: str, word: str) -> list[str]:
    """The features of the tags before a token (``word``: its ``w:`` feature)."""
    return [f"t1:{prev}", f"t2:{prev2}_{prev}", f"t1w:{prev}_{word}"]


@lru_cache(maxsize=16)
def _tagged(sentence: str, ctx: Context | None = None) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The tokens of ``sentence`` and their tags (kept for a few sentences: addressees and
    requester are asked for in turn)."""
    toks = tokenize(sentence)
    return toks, tag(token_features(sentence, toks, ctx))


def spans(sentence: str, kind: str = "A", ctx: Context | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` in ``sentence`` of each span the labeller tags ``kind`` (``A``: addressee,
    ``R``: requester), given the sentence's :data:`Context`; empty when the weights are missing."""
    if not weights():
        return []
    toks, tags = _tagged(sentence, ctx)
    out: list[tuple[int, int]] = []
    for i, t in enumerate(tags):
        if t == f"B-{kind}":
            j = i
            while j + 1 < len(tags) and tags[j + 1] == f"I-{kind}":
                j += 1
            out.append((toks[i][0], toks[j][1]))
    return out


def align(
    party: str,
    toks: Sequence[tuple[int, int, str]],
    same: Callable[[str, str], bool] | None = None,
    sentence: str = "",
) -> tuple[int, int] | None:
    """The tokens ``[i, j)`` that write the annotated ``party``: its words in order, case aside (a
    leading determiner of the party dropped), else (with ``same``, the scorer's test of two names,
    and the ``sentence``) the shortest span of at most :data:`MAX_SPAN` tokens opening with a
    capital that ``same(party, span text)`` accepts. ``None``: the party is not written here."""
    want = [w.lower() for _, _, w in tokenize(party)]
    while want and want[0] in _DETERMINERS:
        want = want[1:]
    low = [w.lower() for _, _, w in toks]
    n = len(want)
    if n:
        for i in range(len(low) - n + 1):
            if low[i : i + n] == want:
                return i, i + n
    if same is None or not sentence:
        return None
    best: tuple[int, int] | None = None
    for i, (s, _, w) in enumerate(toks):
        if not w[0].isupper() or w.lower() in stopwords():
            continue
        for j in range(i + 1, min(i + MAX_SPAN, len(toks)) + 1):
            if toks[j - 1][2] in (",", ";", ":", "."):
                break
            if same(party, sentence[s : toks[j - 1][1]]):
                if best is None or j - i < best[1] - best[0]:
                    best = (i, j)
                break
    return best


def bio(n: int, parties: Sequence[tuple[tuple[int, int], str]]) -> list[str]:
    """The tags of ``n`` tokens given aligned spans ``((i, j), kind)``; a span overlapping an
    earlier one is dropped."""
    tags = ["O"] * n
    for (i, j), kind in parties:
        if j - i > MAX_SPAN or any(t != "O" for t in tags[i:j]):
            continue
        tags[i] = f"B-{kind}"
        for k in range(i + 1, j):
            tags[k] = f"I-{kind}"
    return tags
