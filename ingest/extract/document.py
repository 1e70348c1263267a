"""The document model: one per report, built once, read by every extractor.

:func:`document` returns the :class:`Document` of a :class:`ParsedReport` (the same object for
the same report: the extractors of one report share it). It holds each paragraph's text with
its sentences and clauses as character spans (computed once, on first use) and its text with
dashes and quotes folded (for comparing), the section headings, and the **typed spans** the
extractors found (``person``, ``body``, ``post``, ``country``, ``event``, ``document``,
``date`` ...), so that a later extractor reads what an earlier one found instead of finding it
again (requests read the events and documents of their sentence).

Competing spans of one kind are decided by one policy, :func:`longest_first`: the longest
wins, then the first (as a rule-based NLP span ruler's filter does).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from wsiskg.ingest.pdf_layout import vocabulary
from wsiskg.ingest.records import Paragraph, ParsedReport
from wsiskg.ingest.text import PrefixTree, clause_spans, fold_dashes, fold_quotes, sentence_spans, squash

T = TypeVar("T")


def longest_first(items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """The items whose spans do not overlap, the longest first, then the leftmost (the first
    given among equal spans); returned in text order. The one overlap policy of the extractor."""
    chosen: list[T] = []
    taken: list[tuple[int, int]] = []
    for item in sorted(items, key=lambda i: (span(i)[0] - span(i)[1], span(i)[0])):
        a, b = span(item)
        if all(b <= x or a >= y for x, y in taken):
            chosen.append(item)
            taken.append((a, b))
    return sorted(chosen, key=lambda i: span(i))


@dataclass(frozen=True)
class TypedSpan:
    """Something an extractor found in a paragraph: ``kind`` and ``key`` at ``start:end``."""

    start: int
    end: int
    kind: str
    key: str
    text: str = ""


class DocParagraph:
    """One paragraph of the document model."""

    def __init__(self, paragraph: Paragraph) -> None:
        self.paragraph = paragraph
        self.order = paragraph.order
        self.text = paragraph.text
        self.spans: dict[str, list[TypedSpan]] = {}

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (:func:`~wsiskg.ingest.text.sentence_spans`)."""
        return sentence_spans(self.text)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """Clause spans: the sentences cut after semicolons (:func:`~wsiskg.ingest.text.clause_spans`)."""
        return clause_spans(self.text)

    @cached_property
    def folded(self) -> str:
        """The text with dashes and quotes folded to ASCII (same length, same offsets)."""
        return fold_quotes(fold_dashes(self.text))


class Document:
    """A report read once: paragraphs with sentences, headings, and the spans found in them."""

    def __init__(self, report: ParsedReport) -> None:
        self.report = report
        self.paragraphs = tuple(DocParagraph(p) for p in report.paragraphs)
        self._by_order = {p.order: p for p in self.paragraphs}
        self._kinds: set[str] = set()
        #: what readers derive once per document (:func:`scope_of`), by a key of their own
        self.memo: dict[object, Any] = {}
        self._held: dict[str, bool] = {}
        #: whether ``extract`` is reading it (:func:`once_per_document` keeps answers only then)
        self.reading = False

    def texts(self) -> Iterator[str]:
        """Every text of the report as read: its title, its headings and its paragraphs."""
        yield self.report.title or ""
        yield from self.headings.values()
        yield from (p.text for p in self.paragraphs)

    @cached_property
    def vocabulary(self) -> Counter[str]:
        """The lower-cased words every text of the report prints (:func:`.pdf_layout.vocabulary`)."""
        return vocabulary(list(self.texts()))

    @cached_property
    def squashed(self) -> str:
        """Every text squashed (:func:`~wsiskg.ingest.text.squash`) and joined in order."""
        return "".join(squash(t) for t in self.texts())

    @cached_property
    def _pieces(self) -> set[str]:
        """Every run of four characters of :attr:`squashed`."""
        s = self.squashed
        return {s[i : i + 4] for i in range(len(s) - 3)}

    def holds_squashed(self, squashed: str) -> bool:
        """Whether :attr:`squashed` holds ``squashed`` (a squashed name): a name whose first or last four
        characters the text never has in a row is not searched for (most of a word list's names)."""
        pieces = self._pieces
        if len(squashed) >= 4 and (squashed[:4] not in pieces or squashed[-4:] not in pieces):
            return False
        return squashed in self.squashed

    @cached_property
    def joined(self) -> str:
        """Every text as written, joined by line breaks."""
        return "\n".join(self.texts())

    def holds(self, text: str) -> bool:
        """Whether ``text`` is part of the document, or of two texts in a row (a line and the next),
        compared squashed. Asked thousands of times a report, of few texts: remembered."""
        found = self._held.get(text)
        if found is None:
            found = self._held[text] = self.holds_squashed(squash(text))
        return found

    def para(self, order: int) -> DocParagraph:
        return self._by_order[order]

    @cached_property
    def headings(self) -> dict[str, str]:
        """Section number -> heading."""
        return {s.number: s.heading for s in self.report.sections}

    def add(self, order: int, spans: Iterable[TypedSpan]) -> None:
        """Record spans found in paragraph ``order`` (each kind kept in text order)."""
        para = self._by_order[order]
        for s in spans:
            para.spans.setdefault(s.kind, []).append(s)
            self._kinds.add(s.kind)
        for found in para.spans.values():
            found.sort(key=lambda s: (s.start, s.end))

    def has(self, kind: str) -> bool:
        """Whether an extractor has recorded spans of ``kind`` (then an absent span means none)."""
        return kind in self._kinds

    def found(self, kind: str) -> None:
        """Mark ``kind`` as read for the whole document, even where nothing was found."""
        self._kinds.add(kind)

    def spans(self, order: int, kind: str, start: int = 0, end: int | None = None) -> list[TypedSpan]:
        """The spans of ``kind`` in paragraph ``order`` that start within ``start:end``."""
        stop = len(self._by_order[order].text) if end is None else end
        return [s for s in self._by_order[order].spans.get(kind, ()) if start <= s.start < stop]


_LAST: list[Document] = []


def new_document(report: ParsedReport) -> Document:
    """A fresh document model of ``report``, the one :func:`document` returns from now on
    (``extract`` starts with it, so spans of an earlier run are never read again)."""
    doc = Document(report)
    _LAST[:] = [doc]
    return doc


def current_document() -> Document | None:
    """The document model read last (``extract``'s, while it runs), if any."""
    return _LAST[0] if _LAST else None


def scope_of(text: str) -> Document | None:
    """The document being read, when ``text`` is part of it (:meth:`Document.holds`): a reader that
    looks for a long list of names in ``text`` can then look for those the document holds only, in
    a regex that compiles far faster and matches the same (``body_names``, ``countries``)."""
    doc = current_document()
    return doc if doc is not None and doc.holds(text) else None


def once_per_document(key: tuple[Any, ...], build: Callable[[], T], *kept: object) -> T:
    """What ``build()`` returns, worked out once per document model (the one being read) for the same
    ``key``: for a reader asked the same question of the same text several times a report, whose
    answer depends on its arguments and the document alone. ``key`` may hold ids of arguments: those
    objects are passed as ``kept``, held with the answer and compared by identity, so that an id used
    again by another object is never taken for theirs. Outside ``extract`` (a reader called on its
    own, whose word lists may have changed since), ``build()`` every time."""
    doc = current_document()
    if doc is None or not doc.reading:
        return build()
    entry = doc.memo.get(key)
    if entry is None or any(a is not b for a, b in zip(entry[0], kept, strict=True)):
        entry = doc.memo[key] = (kept, build())
    found: T = entry[1]
    return found


def held_items(
    text: str,
    items: tuple[T, ...],
    surfaces: Callable[[T], Iterable[str]],
    literals: Callable[[T], Iterable[str]] = lambda _: (),
) -> tuple[T, ...]:
    """Those of ``items`` (a tuple made once, by a cached loader) with a surface (compared squashed)
    or a literal (compared as written: a code matched case and all) that the document ``text`` is
    part of holds (:func:`scope_of`), in their order and worked out once per document; all of them
    when ``text`` is no part of it. A reader that runs one pattern per item (a series of events)
    then compiles and runs those alone, and finds the same."""
    doc = scope_of(text)
    if doc is None:
        return items
    key = (held_items, id(items))
    if key not in doc.memo:
        doc.memo[key] = tuple(
            i
            for i in items
            if any(doc.holds_squashed(squash(s)) for s in surfaces(i)) or any(w in doc.joined for w in literals(i))
        )
    found: tuple[T, ...] = doc.memo[key]
    return found


def held_alternation(text: str, tree: PrefixTree) -> str:
    """The alternation of ``tree`` to read ``text`` with: of the words the document ``text`` is part
    of holds (:func:`scope_of`; the same matches, a pattern that compiles far faster), worked out
    once per document; of every word when ``text`` is no part of it."""
    doc = scope_of(text)
    if doc is None:
        return tree.regex()
    key = (held_alternation, id(tree))
    if key not in doc.memo:
        doc.memo[key] = tree.regex({w for w, squashed in _squashed_words(tree) if doc.holds_squashed(squashed)})
    found: str = doc.memo[key]
    return found


#: id of a prefix tree -> (the tree, its words with their squashed forms): squashed once, not per document
_SQUASHED: dict[int, tuple[PrefixTree, tuple[tuple[str, str], ...]]] = {}


def _squashed_words(tree: PrefixTree) -> tuple[tuple[str, str], ...]:
    entry = _SQUASHED.get(id(tree))
    if entry is None or entry[0] is not tree:  # the tree is kept, so its id is not reused meanwhile
        entry = _SQUASHED[id(tree)] = (tree, tuple((w, squash(w)) for w in tree.words))
    return entry[1]


def document(report: ParsedReport) -> Document:
    """The document model of ``report``: built on first use, then the same object for the same
    report (identity, not equality: comparing two reports would cost a pass over both)."""
    if _LAST and _LAST[0].report is report:
        return _LAST[0]
    doc = Document(report)
    _LAST[:] = [doc]
    return doc
