"""SDGs in paragraphs: stated references, and topic tags inferred with evidence.

**Stated references** (:func:`stated_codes`), at the precision the text gives, checked
against the UN SDG KOS (:mod:`wsiskg.core.sdg_kos`):

- goals: ``SDG 4``, ``SDG4``, ``SDG-16``, ``SDGs 9 and 17``, ``Goal 16``, ``Goals 5 and 10``,
  ``Sustainable Development Goal 4``; a goal's official short name in title case
  (``Climate Action``, ``Quality Education``);
- targets: ``target 9.c``, ``SDG target 17.8``, ``SDG 17.8``, ``targets 9.c and 17.8``;
- indicators: ``indicator 17.6.1``, ``SDG indicator 9.c.1`` (coded by the UN permanent code,
  ``C170601``: an indicator shared by several targets has several notations);
- the framework as a whole (code ``all``): ``the SDGs``, ``the Sustainable Development Goals``,
  ``the 2030 Agenda`` / ``Agenda 2030``.

A dotted number that is not in the KOS falls back to the precision that is (``SDG 9.9`` -> goal 9).

**Topic tags** (:func:`tag_topics`): a paragraph is about a goal (or a target) when terms of
the curated lexicon ``ingest/data/sdg-lexicon.csv`` occur in it. Each term has a weight in
(0, 1) (no term is certain evidence); a code's score is the noisy-OR ``1 - prod(1 - w)`` of its
distinct matched terms, rounded down to two decimals (so at most 0.99; a goal's score also
counts its targets' terms); a tag is kept when its score reaches
:data:`DEFAULT_THRESHOLD` (chosen on the benchmark, ``bench/sdg_tagger.py``). Terms whose
``source`` is ``target-text`` are phrases of the official target text (a test checks they
occur there); every goal's official short name (``Gender equality``) is a term too, read from
the KOS. Deterministic: same text, same tags, same scores.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from wsiskg.core.resources import read_text
from wsiskg.core.sdg_kos import kos
from wsiskg.ingest.extract.casing import is_title_cased
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.records import ParsedReport, TopicTag
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

__all__ = [
    "DEFAULT_THRESHOLD",
    "TAGGER_NAME",
    "LexiconTerm",
    "code_sort_key",
    "lexicon",
    "score_text",
    "stated_codes",
    "tag_topics",
    "tagger_version",
]

TAGGER_NAME = "wsiskg-sdg-tagger"
_TAGGER_RELEASE = "1.0"
#: the default score a tag needs (bench/sdg_tagger.py: pooled precision >= 0.85 on the kept-aside third)
DEFAULT_THRESHOLD = 0.6
#: weight of a goal's official short name ("Gender equality") as a topic term
SHORT_NAME_WEIGHT = 0.7
LEXICON_FILE = "sdg-lexicon.csv"
SOURCES = ("target-text", "curated", "short-name")

# ----------------------------------------------------------------------- stated references
_N = r"(?:1[0-7]|[1-9])(?:\.(?:\d{1,2}|[a-z])(?:\.\d{1,2})?)?"
_LIST = rf"{_N}(?:\s*(?:,\s*and|,|and|&|or)\s*{_N})*"
_HEADED = re.compile(
    rf"(?<![\w&/-])(?P<head>SDGs?|Goals?|Sustainable\s+Development\s+Goals?)"
    rf"(?:\s+(?P<kind>[Tt]argets?|[Ii]ndicators?))?[\s-]*(?P<list>{_LIST})(?![\w/]|\.\d)"
)
_BARE = re.compile(rf"(?<![\w&/-])(?P<kind>[Tt]argets?|[Ii]ndicators?)\s+(?P<list>{_LIST})(?![\w/]|\.\d)")
_GLUED = re.compile(rf"(?<![\w&/-])SDG(?P<list>{_N})(?![\w/]|\.\d)")
_ONE = re.compile(_N)
_FRAMEWORK = re.compile(
    r"\bSDGs\b(?![\s-]*\d)|\bSustainable\s+Development\s+Goals\b(?![\s-]*\d)"
    r"|(?<!Connect )\b2030\s+Agenda\b|\bAgenda\s+2030\b"
)
#: other numbered goals and targets ITU texts cite (the Connect 2030 Agenda, the Strategic Plan): a
#: bare "Goal 2" or "target 2.1" in a text naming them, or "Strategic Goal 2", is not an SDG reference
_OTHER_TARGETS = re.compile(r"Connect\s*2030|[Ss]trategic\s+[Pp]lan")


def _resolve(number: str, kind: str) -> str | None:
    """The KOS code a written number stands for, at the finest precision the KOS confirms."""
    k = kos()
    parts = number.split(".")
    goal = parts[0]
    if len(parts) == 3:
        indicator = k.indicator_by_notation.get(number)
        if indicator:
            return indicator
        parts = parts[:2]
    if len(parts) == 2:
        target = f"{goal}.{parts[1]}"
        if target in k.targets:
            return target
    if kind.lower().startswith(("target", "indicator")) and len(number.split(".")) == 1:
        return None  # "target 5" is not an SDG reference
    return goal


@cache
def _short_name_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {" ".join(g.short_label().lower().split()): str(n) for n, g in kos().goals.items() if g.short_label()}
    alts = alternation(names, spaces=True)
    return re.compile(rf"(?<![\w-])(?i:{alts})(?![\w-])"), names


def _other_framework(m: re.Match[str], text: str, other_targets: bool) -> bool:
    """A bare ``Goal N`` that is ITU's own (Strategic Plan, Connect 2030), not an SDG."""
    head = m.groupdict().get("head") or ""
    if not head.startswith("Goal"):
        return False
    return other_targets or re.search(r"[Ss]trategic\s+$", text[max(0, m.start() - 12) : m.start()]) is not None


def stated_codes(text: str) -> list[str]:
    """SDG codes stated in ``text`` (goal ``9``, target ``9.c``, indicator ``C090c01``, ``all``), in order."""
    found: list[tuple[int, str]] = []
    other_targets = _OTHER_TARGETS.search(text) is not None
    for pattern in (_HEADED, _BARE, _GLUED):
        if pattern is _BARE and other_targets:
            continue
        for m in pattern.finditer(text):
            if _other_framework(m, text, other_targets):
                continue
            kind = m.groupdict().get("kind") or ""
            for n in _ONE.finditer(m.group("list")):
                code = _resolve(n.group(0), kind)
                if code:
                    found.append((m.start("list") + n.start(), code))
    pattern, names = _short_name_pattern()
    for m in pattern.finditer(text):
        if is_title_cased(m.group(0)):
            found.append((m.start(), names[" ".join(m.group(0).lower().split())]))
    for m in _FRAMEWORK.finditer(text):
        found.append((m.start(), "all"))
    out: list[str] = []
    for _, code in sorted(found, key=lambda t: t[0]):
        if code not in out:
            out.append(code)
    return out


def code_sort_key(code: str) -> tuple[int, int, str]:
    """Order: the framework, then goals, targets and indicators by goal number."""
    if code == "all":
        return (0, 0, "")
    concept = kos().concept(code)
    goal = concept.goal if concept else 99
    return (goal, len(code), code)


# ----------------------------------------------------------------------- topic tagging
@dataclass(frozen=True)
class LexiconTerm:
    code: str  # goal "5" or target "9.c"
    term: str
    weight: float
    source: str  # "target-text" | "curated" | "short-name"


@cache
def lexicon() -> tuple[LexiconTerm, ...]:
    """The curated lexicon plus every goal's official short name; bad rows raise ValueError."""
    k = kos()
    terms: list[LexiconTerm] = []
    for line, row in enumerate(data_rows(LEXICON_FILE), 2):
        code, term, source = row["code"], row["term"], row["source"]
        weight = float(row["weight"])
        if not (code.isdigit() and int(code) in k.goals) and code not in k.targets:
            raise ValueError(f"{LEXICON_FILE}:{line}: {code!r} is neither an SDG goal nor a target")
        if not 0 < weight < 1 or source not in SOURCES or not term:
            raise ValueError(f"{LEXICON_FILE}:{line}: weight must be in (0, 1), source one of {SOURCES}")
        terms.append(LexiconTerm(code, term, weight, source))
    for n, goal in k.goals.items():
        if goal.short_label():
            terms.append(LexiconTerm(str(n), goal.short_label(), SHORT_NAME_WEIGHT, "short-name"))
    return tuple(terms)


_TOKEN = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _variants(term: str) -> list[tuple[str, ...]]:
    """Token sequences a term matches: words split on spaces and hyphens (``e-health`` also as
    ``ehealth``); a final ``*`` is kept on the last token (any ending)."""
    stem = term.endswith("*")
    base = term.rstrip("*").strip()
    split = tuple(_tokens(base))
    joined = tuple(tok for word in base.split() for tok in _tokens(word.replace("-", "")))
    out = [split] + ([joined] if joined != split else [])
    return [v[:-1] + (v[-1] + "*",) if stem else v for v in out if v]


@cache
def _matcher() -> dict[str, list[tuple[tuple[str, ...], tuple[LexiconTerm, ...]]]]:
    """First token -> [(token sequence, the terms it stands for)], longest sequence first. A term
    listed under several codes counts for each of them."""
    by_term: dict[str, list[LexiconTerm]] = {}
    for t in lexicon():
        by_term.setdefault(t.term.lower(), []).append(t)
    index: dict[str, list[tuple[tuple[str, ...], tuple[LexiconTerm, ...]]]] = {}
    for terms in by_term.values():
        for seq in _variants(terms[0].term):
            index.setdefault(seq[0].rstrip("*"), []).append((seq, tuple(terms)))
    for entries in index.values():
        entries.sort(key=lambda e: (-len(e[0]), e[0]))
    return index


def _fits(seq: tuple[str, ...], words: list[str], i: int) -> bool:
    if i + len(seq) > len(words):
        return False
    for want, got in zip(seq, words[i : i + len(seq)], strict=True):
        if want.endswith("*") and got.startswith(want[:-1]) or want == got:
            continue
        return False
    return True


def _matches(text: str) -> list[tuple[tuple[LexiconTerm, ...], str]]:
    """Non-overlapping term matches, left to right, longest first: (terms, text as written)."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [text[s:e].lower() for s, e in spans]
    out, i = [], 0
    while i < len(words):
        for seq, terms in _entries(words[i]):
            if _fits(seq, words, i):
                out.append((terms, " ".join(text[spans[i][0] : spans[i + len(seq) - 1][1]].split())))
                i += len(seq)
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=16384)
def _entries(word: str) -> tuple[tuple[tuple[str, ...], tuple[LexiconTerm, ...]], ...]:
    """The entries a term ``word`` starts may be (its own, then those of the stems it extends),
    looked up once per word rather than at each of its occurrences."""
    index = _matcher()
    return (*index.get(word, []), *_stem_entries(index, word))


def _stem_entries(
    index: dict[str, list[tuple[tuple[str, ...], tuple[LexiconTerm, ...]]]], word: str
) -> list[tuple[tuple[str, ...], tuple[LexiconTerm, ...]]]:
    """Entries whose first token is a stem (``agricultur*``) that ``word`` extends."""
    return [e for key in _stems().get(word[:1], ()) if word.startswith(key) and word != key for e in index[key]]


@cache
def _stems() -> dict[str, tuple[str, ...]]:
    """The stems (``agricultur``), in order, by their first letter (a word is looked up in its own)."""
    stems = sorted({seq[0][:-1] for entries in _matcher().values() for seq, _ in entries if seq[0].endswith("*")})
    by_initial: dict[str, tuple[str, ...]] = {}
    for stem in stems:
        by_initial[stem[:1]] = (*by_initial.get(stem[:1], ()), stem)
    return by_initial


@cache
def tagger_version() -> str:
    """``{release}-{hash}``: the hash covers the lexicon file and the default threshold."""
    digest = hashlib.sha256((read_text("ingest", "data", LEXICON_FILE) + repr(DEFAULT_THRESHOLD)).encode())
    return f"{_TAGGER_RELEASE}-{digest.hexdigest()[:8]}"


def score_text(text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    """Every goal/target with evidence in ``text``: code -> (score, matched terms as written)."""
    evidence: dict[str, dict[str, tuple[float, str]]] = {}
    for terms, written in _matches(text):
        for term in terms:
            for code in dict.fromkeys((term.code, term.code.split(".")[0])):
                best = evidence.setdefault(code, {}).get(term.term.lower())
                if best is None or best[0] < term.weight:
                    evidence[code][term.term.lower()] = (term.weight, written)
    out: dict[str, tuple[float, tuple[str, ...]]] = {}
    for code, hits in evidence.items():
        miss = 1.0
        for weight, _ in hits.values():
            miss *= 1 - weight
        surfaces = tuple(dict.fromkeys(w for _, w in hits.values()))
        out[code] = (math.floor((1 - miss) * 100 + 1e-9) / 100, surfaces)
    return out


def tag_topics(report: ParsedReport, threshold: float = DEFAULT_THRESHOLD) -> tuple[TopicTag, ...]:
    """The inferred SDG topics of every paragraph scoring at least ``threshold`` (read from the
    report's document model, like every other extractor)."""
    tags: list[TopicTag] = []
    for p in document(report).paragraphs:
        scores = score_text(p.text)
        for code in sorted(scores, key=code_sort_key):
            score, written = scores[code]
            if score >= threshold and written:
                tags.append(TopicTag(code, p.order, score, written))
    return tuple(tags)
