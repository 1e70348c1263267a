"""Text normalisation shared by the readers and the parser.

:func:`normalize` undoes the artifacts that document conversion leaves in real
reports (bookmark markers, odd spaces, soft hyphens, ligatures, look-alike letters
from other scripts, OCR digits for letters inside a word (``Wor1d``, ``0ctober``), glued
ordinals and glued paragraph numbers).

Decisions:

* typographic quotes and dashes are **kept** as written (the text is quoted back to
  readers); code that compares text uses :func:`fold_dashes` / :func:`fold_quotes`,
  which treat ``–`` ``—`` ``‐`` ``-`` (and ``“”„`` / ``‘’``) alike;
* the non-breaking hyphen (U+2011) and the Unicode hyphen (U+2010) are conversion
  artifacts and become ``-``;
* whitespace (including tabs and line breaks) collapses to one space.

The look-alike table and the abbreviations that do not end a sentence are data
files in ``ingest/data/``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Iterable
from functools import lru_cache
from re import _casefix  # type: ignore[attr-defined]

from wsiskg.core.data_cache import remembered
from wsiskg.ingest.tables import data_rows

# ----------------------------------------------------------------- characters
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n\v\f"
_INVISIBLE = "\u00ad\u200b\u200e\u200f\u2060\ufeff"  # soft hyphen, zero-width space, marks, word joiner, BOM
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_HYPHENS = {"\u2010": "-", "\u2011": "-"}

_TRANSLATE = str.maketrans({**{c: " " for c in _SPACES}, **{c: None for c in _INVISIBLE}, **_LIGATURES, **_HYPHENS})

#: the dash set: hyphen-minus, Unicode hyphens, figure dash, en and em dashes, bar, minus
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
#: the dash set escaped for use inside a regex character class: ``rf"[^{DASH_CHARS}]"``
DASH_CHARS = re.escape(DASHES)
#: a regex matching one dash of the set
DASH = f"[{DASH_CHARS}]"
#: the dashes of the set that are no hyphen (figure dash, en and em dashes, bar, minus), escaped for a character
#: class: a label or a name may hold a hyphen (``Sub-Committee B``), not one of these
LONG_DASH_CHARS = re.escape("".join(c for c in DASHES if c != "-" and c not in _HYPHENS))
_FOLD_DASHES = str.maketrans({c: "-" for c in DASHES})
_FOLD_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
    }
)

#: upper- and lower-case Latin letters, accented ones included (Basic Latin to Latin Extended-B,
#: Latin Extended Additional: ``Š`` ``Ł`` ``Ø`` ``Þ`` ``Ọ``), for regex character classes: a name is
#: never cut at a letter outside ASCII
UPPER = "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
LOWER = "".join(c for c in map(chr, [*range(0x61, 0x250), *range(0x1E00, 0x1F00)]) if c.islower())


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (a cheap test before reading dates or numbers)."""
    return _DIGIT.search(text) is not None


_TWO_DIGITS = re.compile(r"\d\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOSING_YEAR = re.compile(r"\b((?:19|20)\d\d)$")


def has_two_digits(text: str) -> bool:
    """Whether ``text`` holds two decimal digits in a row (a two-digit year, a code's number)."""
    return _TWO_DIGITS.search(text) is not None


#: two digits of a year from which it is of the last century (``WTDC-94``, ``PP-98``, ``WRC-97``, a resolution's
#: ``(Rev. PP-98)``): no ITU event or resolution code names a year before 1950, and the reports' years run up to the
#: 2030s
_LAST_CENTURY = 50


def full_year(yy: int) -> int:
    """The year a code's two digits write: ``29`` -> 2029, ``94`` -> 1994 (:data:`_LAST_CENTURY`)."""
    return (1900 if yy >= _LAST_CENTURY else 2000) + yy


def has_year(text: str) -> bool:
    """Whether ``text`` holds a year as the patterns write it, ``(?:19|20)\\d\\d`` (a cheap test before
    running patterns that need one)."""
    return _YEAR.search(text) is not None


def closing_year(text: str) -> str | None:
    """The year that ends ``text`` as a word (``WSIS Forum 2031`` -> ``2031``), else None: an event's name cut at
    its year, a name whose last word dates it."""
    m = _CLOSING_YEAR.search(text)
    return m.group(1) if m else None


@lru_cache(maxsize=8192)
def squash(text: str) -> str:
    """Compare form of a name: lower case, only letters, digits and ``&`` (a name written with other
    spaces, hyphens or case squashes to the same string, and so does a text that contains it).
    Remembered: an extraction asks for the same few texts again and again (the sample's report
    3,780 times for 1,711 texts)."""
    return _NOT_SQUASHED.sub("", text.lower())


_NOT_SQUASHED = re.compile(r"[^a-z0-9&]")
_UPPER_OUTSIDE_ASCII = frozenset(UPPER) - frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def plural(phrase: str) -> str:
    """The regular plural of a noun or of a phrase ending in one (the one reader of plurals of heads, roles and
    groups): ``Working Party`` -> ``Working Parties``, ``Task Force`` -> ``Task Forces``, ``secretary`` ->
    ``secretaries``, ``chairman`` -> ``chairmen``, ``Branch`` -> ``Branches``, ``Day`` -> ``Days``."""
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    if phrase.endswith("y") and not phrase.endswith(("ay", "ey", "oy")):
        return phrase[:-1] + "ies"
    return phrase + ("es" if phrase.endswith(("s", "x", "ch", "sh")) else "s")


def upper_of(text: str) -> str:
    """The part of :data:`UPPER` that ``text`` holds, for a character class: ``A-Z`` and the other
    capitals found in it. A pattern built with it matches in ``text`` exactly what the one built
    with :data:`UPPER` matches, and compiles many times faster where the class is repeated (346
    letters each time: most of the size of a pattern of capitalised words)."""
    return "A-Z" + "".join(sorted(_UPPER_OUTSIDE_ASCII.intersection(text)))


#: combining diacritical marks (``ọ́`` has no precomposed form: it stays a letter and a mark)
MARKS = "\u0300-\u036f"

#: bullet glyphs that start a list item, any dash of the set among them
BULLETS = "·•‣▪◦●○■□➢➤►→✓✔*" + DASHES
#: a list item's mark (one of :data:`BULLETS`) for a regex: ``rf"^{LIST_MARK}\s+"``
LIST_MARK = f"[{re.escape(BULLETS)}]"
#: the marks that part a header line's fields between spaces (``Lima | 3-5 May 2031``, ``X Forum 2031 · Lima · 3-5
#: May 2031``); :data:`FIELD_BAR` is one of them for a regex
FIELD_BARS = "|·•"
FIELD_BAR = f"[{re.escape(FIELD_BARS)}]"

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]\s?", re.IGNORECASE)
_MULTISPACE = re.compile(r" {2,}")
_ORDINAL = re.compile(r"\b(\d{1,4})(st|nd|rd|th)(?=[A-Za-z])")
# "7 th", "21 st": an ordinal suffix split from its number (PDF layout)
_SPLIT_ORDINAL = re.compile(r"(?<![\w.,/])(\d{1,4}) (st|nd|rd|th)\b")
# "1.3.The", "5.4.1.Dr" at the start of a block: number glued to the next word
_GLUED_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*\.)(?=[^\W\d_])")
_WORD = re.compile(r"[^\s]+")
# OCR digits for letters inside a word of letters: "Sø1vberg", "Wor1d", "1eader", "0ctober", "GR0UP"
# (a 1 between two capitals, as in "SG1RGQ", and ordinals, "1st", are left alone)
_OCR_WORD = re.compile(r"(?<![\w./-])(?=[^\W_]*[^\W\d_])[^\W_]*[01][^\W_]*(?![\w/-])")
_OCR_ONE = re.compile(r"(?<=[^\W\d_])1(?=[^\W\d_A-Z]{2})|(?<=[a-zß-ÿ])1(?=[^\W\d_])|^1(?=[a-z]{3})")
_OCR_ZERO = re.compile(r"(?<=[^\W\d_])0(?=[^\W\d_])|^0(?=[^\W\d_]{3})")
# a hyphenated name whose capitalised parts hold an OCR digit: "0gunleye-Strand", "Lind-Ha1vorsen" (a part of
# lower-case letters after one capital; codes such as "WTDC-17" or "SG1-RGQ" have none)
_OCR_NAME = re.compile(r"(?<![\w./-])[A-Z0][a-zß-ÿ01]*(?:-[A-Z0][a-zß-ÿ01]*)+(?![\w/-])")
_OCR_NAME_PART = re.compile(r"[A-Z0][a-zß-ÿ01]*")
# OCR letters for digits inside a number: "2O14", "l5", "3l", "1O" (a digit and a look-alike, alone)
_OCR_NUMBER = re.compile(r"(?<![\w/.])(?=[0-9OoIl]*[0-9])(?=[0-9]*[OoIl])[0-9OoIl]{2,4}(?![\w/]|\.\d)")
#: a page number as a running header or footer writes it: ``- 2 -``, ``Page 2``, ``Page 2 of 5``
PAGE_MARK = rf"(?:(?:[Pp]age|PAGE|p\.)\s*\d{{1,4}}(?:\s*(?:of|/)\s*\d{{1,4}})?|{DASH}\s?\d{{1,4}}\s?{DASH})"
#: a document symbol written alone (``C04/27-E``, ``WSIS-II/PC-3/SC-A/5-E``, ``PP14/67(Rev.2)-E``,
#: with a space before its number: ``CWG-Internet 16/7-E``)
SYMBOL = r"(?:[A-Z][\w&.()\-]*(?: \d[\w&.()\-]*)?|\d[\w&.()\-]*)/[\w&.()/\-]+"
# a running header (a page number and a symbol) or a bare page number pasted inside running text
_INLINE_HEADER = re.compile(
    rf"(?<=[^\W\d_]|[,;)])\s+(?:{PAGE_MARK}\s+{SYMBOL}|{SYMBOL}\s+{PAGE_MARK}|{DASH}\s?\d{{1,4}}\s?{DASH})(?=\s+[^\W\d_(])"
)
_PAGE_HINT = re.compile(PAGE_MARK)
#: a page mark ending a text, or opening it before a space
_PAGE_MARK_ONLY = re.compile(rf"\s+{PAGE_MARK}$|^\s+{PAGE_MARK}(?=\s)")
#: words before a symbol that cite it (the symbol is then content, not a running header)
_CITING = frozenset({"document", "documents", "doc", "doc.", "see", "cf.", "ref.", "in", "and", "of", "to", "symbol"})
# the year of a numeric date: "30/01/2O18", "29.01.2O18"
_OCR_NUMERIC_DATE = re.compile(r"(?<![\w/.])(\d{1,2}[/.]\d{1,2}[/.])((?:19|20|l9|2O|I9)[0-9OoIl]{2})(?![\w/])")
_NUMERIC_HINT = re.compile(r"\d[/.](?:19|20|l9|2O|I9)[0-9OoIl]{2}")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})


def alternation(words: Iterable[str], each: Callable[[str], str] = re.escape, spaces: bool = False) -> str:
    """A regex alternation (no group) of ``words``, longest first then alphabetical, so that a
    longer form wins over its prefix; ``each`` turns a word into its regex (escaped by default);
    ``spaces=True`` lets a space in a word match any run of whitespace. Remembered: readers ask
    for the same list's alternation in every paragraph."""
    return _alternation(tuple(words), each, spaces)


@lru_cache(maxsize=2048)
def _alternation(words: tuple[str, ...], each: Callable[[str], str], spaces: bool) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if each is re.escape and ordered and "" not in ordered:
        tree = remembered("alternation", (tuple(ordered), spaces), lambda: _tree(ordered, spaces), code=[__name__])
        if tree is not None:
            return tree
    parts = []
    for word in ordered:
        regex = each(word)
        parts.append(regex.replace(r"\ ", r"\s+") if spaces else regex)
    return "|".join(parts)


def _tree(words: list[str], spaces: bool) -> str | None:
    """The prefix tree of ``words``, if it matches what their flat alternation matches."""
    tree = PrefixTree(words, spaced_char if spaces else re.escape)
    return tree.regex() if _tree_keeps_order(tree, spaces) else None


def spaced_char(c: str) -> str:
    """A word's character as a regex where a space matches any run of whitespace."""
    return r"\s+" if c == " " else re.escape(c)


#: the characters Python's regex engine takes for one another when it ignores case, beyond ``str.lower``
_CASE_KIN = {chr(k): chr(min(k, *kin)) for k, kin in _casefix._EXTRA_CASES.items()}


def _folded(word: str, spaces: bool) -> str | None:
    """``word`` as any text it may match reads whatever the case, one character for each of its own;
    ``None`` for a character whose lower case is more than one, and with ``spaces`` (a space matches
    any whitespace) for whitespace other than single spaces."""
    out = []
    for c in word:
        low = c.lower()
        if len(low) != 1 or (spaces and low.isspace() and low != " "):
            return None
        out.append(_CASE_KIN.get(low, low))
    folded = "".join(out)
    return None if spaces and "  " in folded else folded


def _tree_keeps_order(tree: PrefixTree, spaces: bool) -> bool:
    """Whether ``tree`` matches what the flat alternation of its words (longest first) matches, in any
    case and whatever surrounds it. The words that match one text at one place begin one another,
    as written or ignoring case (``ab`` and ``ABc``), and words that differ only in case match alike;
    so the two agree when, of two such lengths, the tree first tries a word of the longer one: always
    when the shorter word begins the longer as written (the longer continuation is tried first),
    otherwise as the branch where they part ranks (:meth:`PrefixTree.regex`)."""
    first: dict[str, int] = {}  # folded -> the place in the tree's order of its first word
    for place, word in enumerate(sorted(tree.words, key=tree.order)):
        folded = _folded(word, spaces)
        if folded is None:
            return False
        first.setdefault(folded, place)
    for folded, place in first.items():
        if any(first.get(folded[:end], place) < place for end in range(1, len(folded))):
            return False
    return True


_Trie = dict[str, "_Trie"]


def prefix_tree(
    words: Iterable[str], char: Callable[[str], str] = re.escape, only: Container[str] | None = None
) -> str:
    """The alternation of ``words`` (no group) as a prefix tree, each character written by
    ``char``: ``Council(?:\\s+Working\\s+Group)?`` rather than ``Council\\s+Working\\s+Group|Council``.
    At each branch the longer continuation is tried first and a word ending there is an optional
    tail, so a longer word still wins over its prefix; for catalogue-sized lists it compiles
    several times faster than the flat form (Python compiles each pattern at its first use). For
    case-sensitive words, or words all in one case inside ``(?i:...)``. With ``only``: see
    :meth:`PrefixTree.regex`."""
    return PrefixTree(words, char).regex(only)


class PrefixTree:
    """:func:`prefix_tree` of a list of words, kept to write the alternation of any part of it."""

    def __init__(self, words: Iterable[str], char: Callable[[str], str] = re.escape) -> None:
        self.words = frozenset(words)
        self.char = char
        self._whole: str | None = None
        #: the length of the longest word that starts with a prefix: a branch's rank
        self.longest: dict[str, int] = {}
        # the longest words first: the first word to reach a prefix is the longest with it, and the
        # prefixes kept are closed under shortening, so a word stops at its first prefix already kept
        for word in sorted(self.words, key=len, reverse=True):
            for i in range(len(word), 0, -1):
                if word[:i] in self.longest:
                    break
                self.longest[word[:i]] = len(word)

    def order(self, word: str) -> tuple[tuple[int, str], ...]:
        """Where :meth:`regex` tries ``word``, as a sort key: branch by branch the longer first (then
        by character), and a word before the words it begins."""
        return (*((-self.longest[word[: i + 1]], c) for i, c in enumerate(word)), (1, ""))

    def regex(self, only: Container[str] | None = None) -> str:
        """The alternation; with ``only``, of the words that are also in ``only``, their branches
        tried in the order the tree of all the words gives them: on a text where no other word can
        match, it matches exactly what the whole alternation matches (``body_names``: the names one
        document holds)."""
        if only is None and self._whole is not None:
            return self._whole
        tree: _Trie = {}
        for word in self.words if only is None else (w for w in self.words if w in only):
            node = tree
            for c in word:
                node = node.setdefault(c, {})
            node[""] = {}
        found = "|".join(self._branches(tree, ""))
        if only is None:
            self._whole = found
        return found

    def _branches(self, node: _Trie, prefix: str) -> list[str]:
        below = sorted((c for c in node if c), key=lambda c: (-self.longest[prefix + c], c))
        return [self.char(c) + self._emit(node[c], prefix + c) for c in below]

    def _emit(self, node: _Trie, prefix: str) -> str:
        alts = self._branches(node, prefix)
        if len(alts) <= 1:
            tail = alts[0] if alts else ""
            return f"(?:{tail})?" if "" in node and tail else tail
        return f"(?:{'|'.join(alts)}){'?' if '' in node else ''}"


_ROW_SEPARATORS = (re.compile(r"\s+\|\s+"), re.compile(r",\s+"))


def table_cells(
    text: str, sep: re.Pattern[str] | None = None, *, brackets: bool = True, chars: str | None = None
) -> list[tuple[int, int]]:
    """The spans of the cells of a table row as the readers write it: `` | `` between the cells of
    a text table, ``, `` between those of a Word table (:mod:`ingest.read`), or the cells ``sep``
    parts. With ``brackets`` a separator inside brackets parts nothing (``meeting (hybrid,
    Geneva)``). Each cell is stripped of ``chars`` (whitespace by default). A line with no separator
    is one cell. A row is parted once however many readers ask (a new list each time)."""
    if sep is None:
        sep = _ROW_SEPARATORS[0] if " | " in text else _ROW_SEPARATORS[1]
    return list(_table_cells(text, sep, brackets, chars))


@lru_cache(maxsize=1024)
def _table_cells(text: str, sep: re.Pattern[str], brackets: bool, chars: str | None) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    depth, counted = 0, 0  # brackets opened minus closed in text[:counted]
    for m in sep.finditer(text):
        if brackets:
            depth += text.count("(", counted, m.start()) - text.count(")", counted, m.start())
            counted = m.start()
            if depth > 0:
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        cell = text[a:b]
        out.append((a + len(cell) - len(cell.lstrip(chars)), a + len(cell.rstrip(chars))))
    return tuple(out)


def fold_dashes(text: str) -> str:
    """``–``, ``—``, ``‐``, ``−`` ... -> ``-`` (for comparing, not for storing)."""
    return text.translate(_FOLD_DASHES)


def fold_quotes(text: str) -> str:
    """Typographic quotes -> ASCII quotes (for comparing, not for storing)."""
    return text.translate(_FOLD_QUOTES)


@lru_cache(maxsize=1)
def _lookalikes() -> dict[str, str]:
    return {row["char"]: row["latin"] for row in data_rows("lookalikes.csv")}


@lru_cache(maxsize=1)
def _lookalike_chars() -> re.Pattern[str]:
    """Any one of the look-alike letters (a cheap test before reading a text's words)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(_lookalikes())) + "]")


def _script(ch: str) -> str:
    if "a" <= ch.lower() <= "z":
        return "latin"
    if not ch.isalpha():
        return "other"
    name = unicodedata.name(ch, "")
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith("GREEK"):
        return "greek"
    if name.startswith("LATIN"):
        return "latin"
    return "other"


def _fix_lookalikes(text: str) -> str:
    """Map Cyrillic/Greek look-alike letters to Latin inside Latin words and symbols.

    A token is mapped when all its Cyrillic/Greek letters have a Latin look-alike and it
    mixes scripts (``ΙΤU``), contains digits or symbol characters (``А/70/1``), or stands
    between Latin words with no real Cyrillic/Greek word next to it (``the СЕО of``).
    """
    table = _lookalikes()
    if not _lookalike_chars().search(text):
        return text
    tokens = _WORD.findall(text)
    kinds = [_token_kind(token, table) for token in tokens]
    out: list[str] = []
    index = 0
    position = 0
    for match in _WORD.finditer(text):
        out.append(text[position : match.start()])
        token, kind = match.group(0), kinds[index]
        if kind == "lookalike":
            neighbours = [
                k
                for k in (kinds[index - 1] if index else None, kinds[index + 1] if index + 1 < len(kinds) else None)
                if k
            ]
            has_latin_neighbour = any(k in ("latin", "mixed") for k in neighbours)
            if has_latin_neighbour and "foreign" not in neighbours:
                kind = "mixed"
        if kind == "mixed":
            token = "".join(table.get(ch, ch) if _script(ch) in ("cyrillic", "greek") else ch for ch in token)
        out.append(token)
        position = match.end()
        index += 1
    out.append(text[position:])
    return "".join(out)


def _token_kind(token: str, table: dict[str, str]) -> str:
    """latin | foreign (a real Cyrillic/Greek word) | lookalike (only look-alikes) | mixed (to map) | other."""
    foreign = [ch for ch in token if _script(ch) in ("cyrillic", "greek")]
    if not foreign:
        return "latin" if any(_script(ch) == "latin" for ch in token) else "other"
    if not all(ch in table for ch in foreign):
        return "foreign"
    if any(_script(ch) == "latin" for ch in token) or any(ch.isdigit() or ch in "/-_." for ch in token):
        return "mixed"
    return "lookalike"


def ordinal_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _fix_ordinal(match: re.Match[str]) -> str:
    number, suffix = match.group(1), match.group(2)
    if suffix.lower() != ordinal_suffix(int(number)):
        return match.group(0)
    return f"{number}{suffix} "


def _join_ordinal(match: re.Match[str]) -> str:
    number, suffix = match.group(1), match.group(2)
    return f"{number}{suffix}" if suffix == ordinal_suffix(int(number)) else match.group(0)


def _fix_ocr_word(m: re.Match[str]) -> str:
    word = m.group(0)
    if sum(ch.isdigit() for ch in word) != 1 or len(word) < 4 or re.search(r"\d(?:st|nd|rd|th)$", word):
        return word
    word = _OCR_ONE.sub("l", word)
    upper = word.isupper() or word[:1] == "0"
    return _OCR_ZERO.sub("O" if upper else "o", word)


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """The month names and abbreviations in lower case, without OCR's misread forms: :mod:`.months`'s forms (the
    one reader of ``months.csv``), imported at call time since that module builds on this one's
    :func:`alternation`."""
    from wsiskg.ingest.months import month_forms

    return frozenset(form.lower() for form in month_forms(upper=False, misread=False))


#: what follows a day read from OCR letters: the other end of a range (``l7 to 28``), then a word
_AFTER_DAY = re.compile(rf"(?:\s*(?:to|and|{DASH})\s*[0-9OoIl]{{1,2}}(?!\w))?\W{{0,3}}([^\W\d_]+)")


#: an acronym glued to a number by a dash or a plus, as an event's code is written (``WTDC-``, ``XYZ+``)
_CODE_HEAD = re.compile(rf"(?<![^\W\d_])[A-Z]{{2,}}(?:{DASH}|\+)$")


@lru_cache(maxsize=1)
def _numbered_label() -> re.Pattern[str]:
    """A noun that names a text or its part by the number after it (``numbered-labels.csv``: ``Resolution``,
    ``Study Group``, ``Document``, ``paragraph``), at the end of the words before an OCR'd number."""
    return re.compile(rf"(?<![^\W\d_])(?i:{alternation(r['word'] for r in data_rows('numbered-labels.csv'))})\s+$")


@lru_cache(maxsize=1)
def _lone_day_one() -> re.Pattern[str]:
    """A lone lower-case ``l`` before a month's full name (``months.csv``): the day ``1`` OCR read as a letter
    (``30 November - l December 2031``, ``from l March``); no English word is a lone ``l``."""
    return re.compile(rf"(?<![\w/.'’-])l(?= (?i:{alternation(_month_names())})\b)")


def _fix_ocr_number(m: re.Match[str]) -> str:
    """``2O14`` -> ``2014`` (a year), ``l5``/``3l`` -> ``15``/``31`` next to a month name (a day),
    ``l0``/``O6``/``1O`` as the two-digit number of a code (``WTDC-l0``, ``PP-O6``, ``WSIS+1O``:
    :data:`_CODE_HEAD`), ``l7``/``4l``/``l84`` after a label that names a text by its number (``Resolution l7``:
    :func:`_numbered_label`); anything else is left as written (``O2``, ``Il``, ``1O`` alone)."""
    token, text = m.group(0), m.string
    number = token.translate(_OCR_DIGITS)
    if len(number) == 4:
        return number if re.fullmatch(r"(?:19|20)\d\d", number) else token
    if len(number) == 2 and _CODE_HEAD.search(text, max(0, m.start() - 12), m.start()):
        return number
    if len(number) < 4 and _numbered_label().search(text, max(0, m.start() - 16), m.start()):
        return number  # "Resolution l7", "Study Group l6", "Document 4l-E": the number a label names
    if number.startswith("0") or not 1 <= int(number) <= 31:
        return token
    before = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 12) : m.start()])
    # the first day of a range: past its other end ("l7 to 28 February")
    after = _AFTER_DAY.match(text[m.end() : m.end() + 24])
    words = ([before[-1].lower()] if before else []) + ([after.group(1).lower()] if after else [])
    return number if any(w.rstrip(".") in _month_names() for w in words) else token


def _drop_inline_header(m: re.Match[str]) -> str:
    """A running header pasted inside a sentence is dropped, unless the word before cites the
    symbol (``Document C04/27-E - 2 -``: only the page number goes)."""
    before = m.string[: m.start()].split()
    if before and before[-1].lower() in _CITING and "/" in m.group(0):
        return _PAGE_MARK_ONLY.sub("", m.group(0))
    return ""


#: a word a hyphen (and a space) cuts: ``Com- mittee``, ``Organi-zation``
_BROKEN_WORD = re.compile(r"(?<![\w-])([A-Z]?[a-z]+)- ?([a-z]+)(?![\w-])")


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """The words of bodies' head nouns (``body-heads.csv``: ``committee``, ``organization``, ``commission``), in
    lower case, five letters or more."""
    words = (w for r in data_rows("body-heads.csv") for w in r["head"].split())
    return frozenset(w.lower() for w in words if w.isalpha() and len(w) >= 5)


def head_word_broken(head: str, tail: str) -> bool:
    """Whether ``head`` and ``tail``, a word a hyphen cut (``Com-`` + ``mittee``), are a word of a body's head noun
    (:func:`_head_words`), which no compound is: the one word of a name a line end broke, joined wherever it stands
    (:func:`normalize`, the layouts' ``pdf_layout.broken_word``) though the document prints it nowhere else."""
    return (head + tail).lower() in _head_words()


def normalize(text: str) -> str:
    """Clean one block of text from a converted document (see the module docstring)."""
    text = _BOOKMARK.sub("", text)
    text = unicodedata.normalize("NFC", text.translate(_TRANSLATE))
    text = _fix_lookalikes(text)
    text = _ORDINAL.sub(_fix_ordinal, text)
    text = _OCR_WORD.sub(_fix_ocr_word, text)
    if "-" in text:
        text = _OCR_NAME.sub(lambda m: _OCR_NAME_PART.sub(_fix_ocr_word, m.group(0)), text)
    text = _OCR_NUMBER.sub(_fix_ocr_number, text)
    if " l " in text:
        text = _lone_day_one().sub("1", text)
    if _NUMERIC_HINT.search(text):
        text = _OCR_NUMERIC_DATE.sub(lambda m: m.group(1) + m.group(2).translate(_OCR_DIGITS), text)
    if _PAGE_HINT.search(text):
        text = _INLINE_HEADER.sub(_drop_inline_header, text)
    text = _MULTISPACE.sub(" ", text).strip()
    if "-" in text:  # "the Regional Com- mittee": a body's head noun a line end broke, joined
        text = _BROKEN_WORD.sub(lambda m: m[1] + m[2] if head_word_broken(m[1], m[2]) else m[0], text)
    text = _SPLIT_ORDINAL.sub(_join_ordinal, text)
    text = _GLUED_NUMBER.sub(r"\1 ", text)
    return text


# ------------------------------------------------------------------ sentences
@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviations with a period, and their kind (honorific, reference, end)."""
    return {row["abbreviation"]: row["kind"] for row in data_rows("abbreviations.csv")}


_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_SECTION_NUMBER_TOKEN = re.compile(r"^\(?\d+(?:\.\d+)+\.$")


def no_split_after(token: str) -> bool:
    """True when ``token`` (the word ending at a period) does not end a sentence: the one answer, also
    for a line of a layout that ends with it (``pdf_layout``)."""
    table = abbreviations()
    bare = token.lstrip("([\"'“‘")
    if "/" in bare and table.get(bare.rsplit("/", 1)[1].capitalize()) == "reference":
        return True  # "PCC.I/RES. 131", "CITEL/DEC. 84": a symbol's last part is a reference abbreviation in capitals
    kind = table.get(bare) or table.get(bare[:1].upper() + bare[1:])
    if kind in ("honorific", "reference"):
        return True
    if re.fullmatch(r"[A-Z]\.", bare):  # an initial: "J. Smith"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.){2,}", bare):  # "U.N.", "H.E." not listed
        return True
    return bool(_SECTION_NUMBER_TOKEN.match(bare))


_CLAUSE_END = re.compile(r";(?=\s+\S)")


@lru_cache(maxsize=1)
def _lettered_labels() -> frozenset[str]:
    """The nouns a letter names a part of a document by (``lettered-labels.csv``: ``Part B``, ``Annex A``)."""
    return frozenset(row["word"] for row in data_rows("lettered-labels.csv"))


def _lettered_label(words: list[str]) -> bool:
    """Whether the last of ``words`` is a capital letter that names a part after its label noun (``Part B.``,
    ``(Annex A.``): the sentence ends there, the letter is no initial of a name."""
    return (
        len(words) >= 2
        and re.fullmatch(r"[A-Z]\.", words[-1]) is not None
        and words[-2].lstrip("([\"'“‘") in _lettered_labels()
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)`` character offsets: the one sentence splitter.

    The spans tile the text (each starts where the previous ends, leading spaces included) and
    are never only whitespace. A sentence ends at ``.`` ``!`` ``?`` (with closing quotes or
    brackets) before a space and a capital letter, a digit or an opening quote or bracket; not
    after honorifics and reference abbreviations (``Mr.``, ``H.E.``, ``No.``, ``Rev.``, ``e.g.``
    ... from ``ingest/data/abbreviations.csv``), initials, dotted abbreviations (``U.N.``) or a
    multi-level paragraph number (``5.4.1.``); never inside numbers and symbols (``1.3.2``,
    ``A/RES/76/189``: no space follows their periods). A semicolon does not end a sentence: it
    ends a clause (:func:`clause_spans`). Memoised (the extractors of a report ask for the
    same paragraph's sentences many times).
    """
    return list(_sentence_spans(text))


@lru_cache(maxsize=1024)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if text[match.start()] == ".":
            words = text[start : match.start() + 1].split()
            if no_split_after(words[-1] if words else "") and not _lettered_label(words):
                continue
        if text[start:end].strip():
            spans.append((start, end))
            start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` further cut after each semicolon (``a workshop on 3 May; a
    webinar on 5 June``: two clauses), as tiling ``(start, end)`` offsets. Memoised."""
    return list(_clause_spans(text))


@lru_cache(maxsize=1024)
def _clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for s0, s1 in _sentence_spans(text):
        start = s0
        for m in _CLAUSE_END.finditer(text, s0, s1):
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, s1))
    return tuple(spans)


def span_at(spans: list[tuple[int, int]], offset: int, length: int) -> tuple[int, int]:
    """The span of ``spans`` that contains ``offset``, else the whole text ``(0, length)``."""
    return next((s for s in spans if s[0] <= offset < s[1]), (0, length))


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (:func:`sentence_spans`) as stripped strings."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]


# ------------------------------------------------------------------ numbering
_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)(\.?)\s+(?=\S)")


def split_number(text: str) -> tuple[str | None, str]:
    """``"5.4.1. Dr X"`` -> ``("5.4.1", "Dr X")``; text without a paragraph number -> ``(None, text)``.

    Accepted: ``N.``, ``N.N.``, ``N.N`` (several levels may omit the final dot, but not
    when a lowercase word follows, as in ``3.5 million``). A single number without a
    dot (``2022 was``) is not a paragraph number.
    """
    text = normalize(text) if _GLUED_NUMBER.match(text) else text
    match = _NUMBER.match(text)
    if not match:
        return None, text
    number, dot = match.group(1), match.group(2)
    rest = text[match.end() :]
    if not dot:
        if "." not in number or rest[:1].islower():
            return None, text
    if rest[:1] in ")%]":
        return None, text
    return number, rest
