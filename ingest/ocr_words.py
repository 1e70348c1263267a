"""Words broken by OCR or a PDF text layer, mended with the document's own vocabulary.

:func:`wsiskg.ingest.text.normalize` cleans one block at a time, by rules that need no context
(look-alike letters, ``Wor1d``, ``2O14``). The repairs here need to know which words exist, so
they read the whole document first (:meth:`Lexicon.of`) and then mend each block
(:meth:`Lexicon.repair`):

* a digit read for a letter (``Counci1``, ``wi11``, ``a1l``, ``Fo11ow-up``) or a capital inside a
  lower-case word (``organizatiOns``): the word with ``l``/``o`` is taken when it is a known
  word and the word as printed is not;
* a word split by a space (``Secre tariat``, ``Counci l``, ``Deve lopment``) or by a hyphen
  (``Indic-ators``, ``Telecomm-unication``): the parts are joined when the joined word is
  known and the parts are not words on their own.

A word is *known* when the document prints it whole elsewhere, or when the project's own word
lists and gazetteers have it (:func:`known_words`: body names, roles, months, numbers, SDG
terms ...). The repairs are conservative, so that a correct text is never changed: a function
word (``a broad``, ``every one``, ``may be``) or a prefix before a hyphen (``co-operation``,
``re-elected``) is never joined (``ingest/data/ocr-words.csv``); a split is joined on the
project's word lists alone only when neither part is a word the lists or the document know;
a hyphenated form the document prints elsewhere is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources.abc import Traversable

import pycountry

from wsiskg.core.data_cache import derived
from wsiskg.core.resources import listdir, resource

from .tables import csv_rows, data_rows
from .text import SYMBOL, alternation

#: a word of letters (``Télécommunications``), not touching a digit or another word character
_LETTERS = re.compile(r"(?<![\w])[^\W\d_]+(?![\w])")
#: the lower-cased words of a text for counting: runs of letters, hyphens and digits split apart
_COUNTED = re.compile(r"[^\W\d_]+")
#: a word with an OCR digit (``Counci1``, ``wi11``, ``C0ntributions``) or a capital O/I after a
#: lower-case letter (``organizatiOns``); not inside a symbol (no ``/`` or ``.`` next to it)
_OCR_TOKEN = re.compile(r"(?<![\w./])(?=(?:[^\W_]*?[^\W\d_]){2})[^\W_]*(?:[01]|(?<=[a-z])[OI])[^\W_]*(?![\w/])")
#: a name's last letter l read as a one, after another capitalised word (``Ms Ana Vida1``)
_NAME_ONE = re.compile(r"(?<![\w-])([A-Z][^\W\d_]*\.? )([A-Z][a-zß-ÿ]{3,})1(?![\w/-])")
#: a word that may hold a misread letter: ``lnternational``/``lTU`` (l for I at the start),
#: ``rneeting`` (rn for m)
_LETTER_TOKEN = re.compile(r"(?<![\w./-])(?:l[^\W\d_]+|[^\W\d_]*rn[^\W\d_]*)(?![\w/-])")
#: lists whose cells are no words of a text: letter tables, the OCR list itself, and word endings
#: (``addressee-words.csv`` holds ``ment``, an ending, which would keep ``Develop-ment`` split), and a
#: learnt models' weights (``*-weights.csv``: features such as ``w:ment``, not words; thousands of rows)
_FILES_SKIPPED = frozenset({"lookalikes.csv", "letter-folds.csv", "ocr-words.csv", "addressee-words.csv"})
_WEIGHTS_SUFFIX = "-weights.csv"


_WORD_LISTS = (("ingest", ("data",)), ("ontology", ("gazetteers",)))


def _word_lists() -> list[tuple[str, tuple[str, ...], Traversable]]:
    return [
        (area, parts, node)
        for area, parts in _WORD_LISTS
        for node in listdir(area, *parts)
        if node.name.endswith(".csv") and node.name not in _FILES_SKIPPED and not node.name.endswith(_WEIGHTS_SUFFIX)
    ]


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Lower-cased words of the project's word lists (``ingest/data``) and gazetteers
    (``ontology/gazetteers``): the vocabulary of the texts the extractor reads. Kept between runs
    of the command line (:mod:`wsiskg.core.data_cache`)."""
    files = [node for *_, node in _word_lists()] + [resource("ingest", "data", "ocr-words.csv")]
    return derived("known-words", _gather_words, files=files, code=[__name__, "wsiskg.core.resources"])


def _gather_words() -> frozenset[str]:
    words: set[str] = set()
    for area, parts, node in _word_lists():
        for row in csv_rows(area, *parts, node.name):
            words |= row_words(row)
    roles = _roles()
    return frozenset(words | roles.get("function", frozenset()) | roles.get("word", frozenset()))


#: a word list's column of prose about a row (why it is there, an example sentence): no vocabulary of the texts
_PROSE_COLUMNS = frozenset({"note"})


def row_words(row: dict[str, str]) -> set[str]:
    """The lower-cased words (two letters or more) of a word list's row, its ``note`` column left out: a note
    explains the row in the developers' prose (``"The Parties shall develop ..."``), and a word there is no evidence
    that reports print it (``develop`` as a known word would keep ``Develop-ment`` split). The report words that
    only notes once held are listed in ``ocr-words.csv`` (role ``word``), where the OCR vocabulary is kept."""
    return {
        w.lower()
        for column, value in row.items()
        if column not in _PROSE_COLUMNS and value
        for w in _LETTERS.findall(value)
        if len(w) > 1
    }


@cache
def _role(role: str) -> frozenset[str]:
    return _roles().get(role, frozenset())


@lru_cache(maxsize=1)
def _roles() -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for row in data_rows("ocr-words.csv"):
        roles.setdefault(row["role"], set()).add(row["word"].lower())
    return {role: frozenset(words) for role, words in roles.items()}


def _function_word(word: str) -> bool:
    return word in _role("function")


def _prefix(word: str) -> bool:
    return word in _role("prefix")


@dataclass
class Lexicon:
    """What one document prints (:meth:`of`): its lower-cased words counted, its text, and the
    symbols it prints alone on a line."""

    words: Counter[str] = field(default_factory=Counter)
    #: the document's texts, one per line (split forms are counted in it only when needed)
    text: str = ""
    #: the document symbols it prints alone on a line (running headers, the document's own symbol)
    headers: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, texts: Iterable[str]) -> Lexicon:
        texts = list(texts)
        lexicon = cls(text="\n".join(texts))
        lexicon.words.update(_COUNTED.findall(lexicon.text.lower()))
        lexicon.headers.update(t.strip() for t in texts if "/" in t and re.fullmatch(SYMBOL, t.strip()))
        return lexicon

    def _split_count(self, head: str, sep: str, tail: str) -> int:
        """How often the document prints ``head`` and ``tail`` apart (by ``sep``)."""
        pattern = rf"(?<![\w-]){re.escape(head)}{re.escape(sep)}{re.escape(tail)}(?![\w-])"
        return len(re.findall(pattern, self.text, re.IGNORECASE))

    def repair(self, text: str) -> str:
        """``text`` with its OCR-broken words mended (see the module docstring)."""
        if not text:
            return text
        text = self._drop_headers(text)
        text = _OCR_TOKEN.sub(self._misread, text)
        if "rn" in text or "l" in text:
            text = _LETTER_TOKEN.sub(self._misread, text)
        if "1" in text:
            text = _NAME_ONE.sub(self._name_one, text)
        return _rejoin(text, self)

    def _drop_headers(self, text: str) -> str:
        """A running header's symbol pasted inside a sentence (``He XY-3/SR/4-E requested``) is
        dropped: a symbol the document prints alone on a line, after a word that does not cite it
        (``Document``, ``in``, ``the`` ...) and before a word in lower case."""
        for symbol in self.headers:
            if symbol not in text[1:]:
                continue
            pattern = rf"(?<=([^\W\d_]|[,;)]))\s+{re.escape(symbol)}(?=\s+[a-z])"
            text = re.sub(pattern, lambda m: m.group(0) if _cites(m) else "", text)
        return text

    def _misread(self, m: re.Match[str]) -> str:
        """A word with a misread letter mended (:func:`_readings`), when the mended word is known
        and the word as printed is neither a known word nor printed elsewhere by the document; printed
        elsewhere too, when the document prints the mended word as well (``rneeting`` three times and
        ``meeting`` once: the same misreading repeated, not the document's spelling)."""
        word = m.group(0)
        if len(word) < 3 or _listed(word.lower()):
            return word
        readings = [r for r in _readings(word) if r != word and self._form_known(r.lower())]
        if self._form_known(word.lower(), elsewhere=True):
            readings = [r for r in readings if _listed(r.lower()) and self.words[r.lower()]]
        return next(iter(readings), word)

    def _name_one(self, m: re.Match[str]) -> str:
        """``Ana Vida1`` -> ``Ana Vidal``: a capitalised word ending in a one after another
        capitalised word is a name ending in l, unless the word before the one is a known word
        (``Study Group1``)."""
        before, stem = m.group(1), m.group(2)
        known = stem.lower() in known_words() or f"{stem}1".lower() in known_words()
        return m.group(0) if known else f"{before}{stem}l"

    def _form_known(self, word: str, elsewhere: bool = False) -> bool:
        """Is ``word`` (lower case) or its singular a known word? ``elsewhere``: printed more than
        once by the document counts too (the word as printed is then its spelling)."""
        least = 1 if elsewhere else 0
        known = known_words()
        if word in known or self.words[word] > least:
            return True
        singular = word[:-1] if word.endswith("s") and len(word) > 3 else ""
        return bool(singular) and (singular in known or self.words[singular] > least)

    def joins(self, head: str, sep: str, tail: str) -> bool:
        """Are ``head`` and ``tail`` (split by ``sep``, a space or a hyphen) one word broken in two?"""
        a, b, joined = head.lower(), tail.lower(), (head + tail).lower()
        if not self._form_known(joined) or a in known_words() or b in known_words():
            return False  # cheap tests first: most pairs of words stop here
        if _function_word(a) or _function_word(b) or (sep == "-" and _prefix(a)):
            return False
        capitals = head.isupper() and tail.isupper() and len(head) > 1 and len(tail) > 1  # MEET ING
        if not (tail.islower() and (head.islower() or head[:1].isupper() and head[1:].islower()) or capitals):
            return False
        split = self._split_count(head, sep, tail)
        if split > 1:
            return False  # the document prints the two parts apart more than once: it is its spelling
        return not self._word(a, split) and not self._word(b, split)

    def _word(self, part: str, split: int) -> bool:
        """Is ``part`` a word: in the word lists, or printed elsewhere than in the split form?"""
        return part in known_words() or len(part) > 1 and self.words[part] > split


def _cites(m: re.Match[str]) -> bool:
    before = m.string[: m.start()].split()
    return not before or before[-1].lower().strip("(") in _role("citing")


def _listed(word: str) -> bool:
    """Is ``word`` (lower case) or its singular a word of the project's lists (:func:`known_words`)?"""
    known = known_words()
    return word in known or word.endswith("s") and len(word) > 3 and word[:-1] in known


def _readings(word: str) -> list[str]:
    """The readings of a word with misread letters, most likely first: digits for letters
    (``Counci1``, ``wi11``, ``C0ntributions``), a capital O/I inside a lower-case word
    (``organizatiOns``, ``FinaI``), ``l`` for a capital I at the start (``lnternational``, ``lTU``),
    ``rn`` for ``m`` (``rneeting``)."""
    upper = sum(c.isupper() for c in word) > sum(c.islower() for c in word)
    mended = re.sub(r"(?<=[a-z])[OI]", lambda c: "o" if c.group(0) == "O" else "l", word)
    mended = mended.replace("1", "L" if upper else "l").replace("0", "O" if upper else "o")
    readings = [mended]
    if mended.startswith("l") and len(mended) > 1 and mended[1] not in "aeiouy":
        readings.append("I" + mended[1:])
    if "rn" in mended:
        readings.append(mended.replace("rn", "m"))
    return readings


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The one-word role forms of the role gazetteer (``roles.csv``), lower case, and each part of a
    hyphenated one (``chairman``, ``rapporteur``, ``director``, ``secretary``, ``general``)."""
    words: set[str] = set()
    for row in csv_rows("ontology", "gazetteers", "roles.csv"):
        for form in [row["label"], *row["aliases"].split(";")]:
            if form and " " not in form.strip():
                words.update(w.lower() for w in [form.strip(), *form.strip().split("-")] if len(w) > 3)
    return frozenset(words)


@lru_cache(maxsize=1)
def _hyphen_break() -> re.Pattern[str]:
    """A hyphenated role form broken after its hyphen by a space or a line end (``Vice- Chairman``,
    ``Co-\nRapporteur``), any case; group 1 is its first part."""
    forms = {
        form.strip()
        for row in csv_rows("ontology", "gazetteers", "roles.csv")
        for form in [row["label"], *row["aliases"].split(";")]
        if "-" in form and " " not in form.strip()
    }
    broken = alternation(forms, each=lambda f: re.escape(f).replace(r"\-", r"-\s+", 1))
    return re.compile(rf"(?i)(?<![\w-])(?=(?:{broken})(?![\w]))([^\W\d_]+)-\s+")


def _role_join(head: str, tail: str) -> bool:
    """Are ``head`` and ``tail`` a role word split by OCR (``Ch airman``, ``Chair man``, ``Rappor teur``,
    ``Direc tor``)? The joined word is a role form of the gazetteer and neither part is one: a word of
    the lists on one side (``Ch``, ``man``) does not keep it apart, as it does for other words
    (:meth:`Lexicon.joins`), since no role is written as two such words."""
    joined = (head + tail).lower()
    if (
        len(joined) < 6
        or joined not in _role_words()
        or head.lower() in _role_words()
        and tail.lower() in _role_words()
    ):
        return False
    return tail.islower() or (head.isupper() and tail.isupper())


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """The one-word forms of the verbs of ``request-kinds.csv`` (``recommended``, ``invites``, ``urged``, ``noted``),
    lower case."""
    forms = (
        form.strip().lower()
        for row in csv_rows("ontology", "gazetteers", "request-kinds.csv")
        for form in row["forms"].split(";")
    )
    return frozenset(f for f in forms if f.isalpha())


def _verb_join(head: str, tail: str) -> bool:
    """Are ``head`` and ``tail`` a verb of asking or deciding split by OCR (``re commended``, ``in vited``, ``en
    couraged``, ``reques ted``, ``no ted``)? The joined word is a one-word form of ``request-kinds.csv`` and not
    both parts are words of the lists: a prefix or a function word on one side (``re``, ``in``, ``en``) does not keep
    it apart, as it does for other words (:meth:`Lexicon.joins`), since no such verb is written as a prefix and a
    word, and no English text writes ``in vited``. The tail is in lower case, the head too or capitalised."""
    joined = (head + tail).lower()
    if len(joined) < 5 or joined not in _verb_forms() or len(head) < 2 or len(tail) < 2:
        return False
    if head.lower() in known_words() and tail.lower() in known_words() and not _prefix(head.lower()):
        return False  # "as king": two words
    return tail.islower() and (head.islower() or head[:1].isupper() and head[1:].islower())


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The one-word country names of ISO 3166 (pycountry: name, common name) and of ``country-aliases.csv``
    (``Paraguay``, ``Switzerland``, ``Türkiye``), lower case."""
    names = [n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n]
    names += [row["alias"] for row in csv_rows("ontology", "gazetteers", "country-aliases.csv")]
    return frozenset(n.lower() for n in names if n.isalpha())


def _country_join(head: str, tail: str) -> bool:
    """Are ``head`` and ``tail`` a country's one-word name split by OCR (``Para guay``, ``Switzer land``, ``Niger
    ia``; round 55: a dateline's place, ``Asunción, Para guay, 13-15 June 2031``, was no place)? The joined word is
    a country's name and not both parts are words of the lists (``To go``, ``Nor way`` stay two words): one known
    part (``para``, ``land``) does not keep it apart, as it does for other words (:meth:`Lexicon.joins`), since the
    other is no word. The head is capitalised, the tail in lower case, as in :func:`_verb_join`."""
    joined = (head + tail).lower()
    if len(joined) < 5 or len(head) < 2 or len(tail) < 2 or joined not in _country_words():
        return False
    if head.lower() in known_words() and tail.lower() in known_words():
        return False
    return tail.islower() and head[:1].isupper() and head[1:].islower()


@lru_cache(maxsize=1)
def _cue_words() -> dict[str, frozenset[str]]:
    """The first word of each two-word header cue of ``author-cues.csv`` (``report``, ``note``,
    ``contribution``), lower case, and the words that follow it there (``by``, ``of``, ``from``)."""
    cues: dict[str, set[str]] = {}
    for row in data_rows("author-cues.csv"):
        words = row["phrase"].split()
        if row["kind"] == "header" and len(words) > 1 and words[0].isalpha():
            cues.setdefault(words[0], set()).add(words[1])
    return {word: frozenset(after) for word, after in cues.items()}


def _cue_join(head: str, tail: str, rest: str) -> bool:
    """Are ``head`` and ``tail`` a header cue's first word split by OCR (``Rep ort by``, ``No te by``,
    ``CONTRI BUTION FROM``)? The joined word opens a cue of ``author-cues.csv`` and the word after it
    (``rest`` opens with it) is the cue's next word: a byline, whatever words the two parts are."""
    following = _cue_words().get((head + tail).lower())
    if not following:
        return False
    after = re.match(r"\s+([^\W\d_]+)", rest)
    if after is None or after.group(1).lower() not in following:
        return False
    return head[:1].isupper() and (tail.islower() and head[1:].islower() or head.isupper() and tail.isupper())


#: a word hyphenated at a line end and joined to the next line by a space (``Telecommunication Develop- ment Bureau``,
#: ``to con- tinue``): letters, a hyphen, one space or line end, then letters in lower case
_LINE_END_HYPHEN = re.compile(r"(?<![\w-])([^\W\d_]{2,})-[ \n]([^\W\d_A-Z][^\W\d_]+)(?![\w-])")


def _line_end_joined(m: re.Match[str], lexicon: Lexicon) -> str:
    """The word a line-end hyphen broke, joined when the joined word is known (the document prints it, or the word
    lists have it) and the second part is no function word (``pre- and post-session``, ``Thirty- one`` stay)."""
    joined = m.group(1) + m.group(2)
    if _function_word(m.group(2).lower()) or not lexicon._form_known(joined.lower()):
        return m.group(0)
    return joined


def _rejoin(text: str, lexicon: Lexicon) -> str:
    """``text`` with the two parts of each broken word joined (:meth:`Lexicon.joins`): the runs
    of letters of the text, taken two by two where one space or one hyphen is between them and
    neither is a word of the lists (most pairs stop at that test)."""
    if "- " in text or "-\n" in text:  # a hyphen then a space or a line end: rare, so the pattern runs rarely
        text = _hyphen_break().sub(r"\1-", text)
        text = _LINE_END_HYPHEN.sub(lambda m: _line_end_joined(m, lexicon), text)
    runs = list(_COUNTED.finditer(text))
    known = known_words()
    unknown = [m.group(0).lower() not in known for m in runs]
    out: list[str] = []
    position = 0
    for i in range(len(runs) - 1):
        first, second = runs[i], runs[i + 1]
        role = text[first.end() : second.start()] == " " and (
            _role_join(first.group(0), second.group(0))
            or _verb_join(first.group(0), second.group(0))
            or _country_join(first.group(0), second.group(0))
            or _cue_join(first.group(0), second.group(0), text[second.end() :])
        )
        if not (unknown[i] and unknown[i + 1] or role):
            continue
        sep = text[first.end() : second.start()]
        if sep not in (" ", "-") or first.start() < position:
            continue
        before = text[first.start() - 1] if first.start() else " "
        if (before.isalnum() or before in "-_") and not (role and before == "-"):  # "Vice-Chair man"
            continue
        after = second.end() < len(text) and (text[second.end()].isalnum() or text[second.end()] in "-_")
        if after and not (role and text[second.end()] == "-"):  # "Direc tor-General": a role's first part
            continue
        if role or lexicon.joins(first.group(0), sep, second.group(0)):
            out.append(text[position : first.start()] + first.group(0) + second.group(0))
            position = second.end()
    out.append(text[position:])
    return "".join(out)
