"""The lines a document is signed on, for :func:`.persons.find_actors`.

A name the parser took for the title that signs above a post line after the last sentence
(``_title_signature``); the post line of a name in a stack of names then as many posts (``_own_post_line``);
a name alone, or a name and its post, ending a message after its last sentence with no closing formula
(``_ends_message``); a post line above a name that signs last (``_post_above``); a closing formula right
before a name (``_after_closing``: ``Yours faithfully,``, ``[Original signed]``, ``Signed:``); a post line
without its brackets and who delivered the message (``_post_line``); whether a line is only a name
(``_only_a_name``). The signature itself is read by the actor reader
(:meth:`.actor_reader._ActorReader.read_signature`, :mod:`.person_signatures`).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.actor_reader import _TITLE, _ActorReader
from wsiskg.ingest.extract.author_cues import cue_alternation
from wsiskg.ingest.extract.genre import report_genre, voice_genres
from wsiskg.ingest.extract.name_finder import _bare_name_re, _person_re
from wsiskg.ingest.extract.person_signatures import SENTENCE_END, courtesy_sentence, post_line_above
from wsiskg.ingest.extract.person_titles import title_at
from wsiskg.ingest.text import DASH_CHARS


def _title_signature(reader: _ActorReader) -> None:
    """A letter or a speech with no heading, whose signature's name the parser took for the title: the name
    signs above the last paragraph that starts with a post right after a sentence (``... consideration.`` /
    ``Secretary-General``)."""
    title, paragraphs = (reader.report.title or "").strip(), reader.report.paragraphs
    if not title or not _only_a_name(reader, title):
        return
    for i in range(len(paragraphs) - 1, 0, -1):
        line = _post_line(paragraphs[i].text)  # "[Post - message read by X]"
        if title_at(line, 0) is not None and paragraphs[i - 1].text.rstrip().endswith((".", ",", "!")):
            reader.read_signature(_TITLE, title, [line, *(p.text for p in paragraphs[i + 1 : i + 3])], True)
            return
    if paragraphs and _after_closing([paragraphs[-1].text]):  # "Yours sincerely," last, the name taken for the title
        reader.read_signature(_TITLE, title, [], True)


def _own_post_line(reader: _ActorReader, i: int) -> int:
    """Where the post line of the signatory named in paragraph ``i`` is: the next line, but in a stack of
    names then as many posts (``A`` / ``B`` / ``Permanent Representative of X`` / ``Permanent Representative of
    Y``) the post in the same place among the posts as the name among the names."""
    paragraphs = reader.report.paragraphs
    if not _only_a_name(reader, paragraphs[i].text):
        return i + 1
    first, last = i, i
    while first > 0 and _only_a_name(reader, paragraphs[first - 1].text):
        first -= 1
    while last + 1 < len(paragraphs) and _only_a_name(reader, paragraphs[last + 1].text):
        last += 1
    posts = paragraphs[last + 1 : last + 2 + last - first]
    if first == last or len(posts) <= last - first or not all(title_at(p.text.strip(), 0) for p in posts):
        return i + 1
    return last + 1 + i - first


def _only_a_name(reader: _ActorReader, text: str) -> bool:
    text = text.strip()
    return (
        len(text) <= 60
        and not text.isupper()
        and bool(_person_re().fullmatch(text) or (_bare_name_re().fullmatch(text) and reader.finder.plain_name(text)))
    )


#: a note between a letter's closing formula and the signature: "[Original signed]", "(signed)"
_SIGNED_NOTE = re.compile(r"[\[(][^\[\]()]{1,30}[\])]")


#: a line that opens a signature as a closing formula does, with or without one before it: "Signed:"
_SIGNED_LABEL = re.compile(r"(?i:signed)\s*:")


#: what a post line under a message's name adds after a dash: who delivered it (``Secretary-General of X -
#: message read by Mr A``), in lower case
_DELIVERY_NOTE = re.compile(rf"\s+[{DASH_CHARS}]\s+[a-z].*$", re.DOTALL)


def _post_line(text: str) -> str:
    """A post line under a message's name without its brackets and what a dash adds after the post (who
    delivered it): ``[Secretary-General of X - message read by Mr A]`` is ``Secretary-General of X``."""
    return _DELIVERY_NOTE.sub("", text.strip().lstrip("[")).rstrip("]").strip()


def _ends_message(reader: _ActorReader, i: int) -> bool:
    """Whether paragraph ``i`` signs a document right after its last sentence, with no closing formula, only
    bracketed notes or a letter's trailing fields after it (:func:`_trailing_field`), as a name after ``Yours
    sincerely,`` does: a name alone ending a message or a letter (``... behind.`` / ``NAME``), or in any document a
    name and its post on one line (``... 2031.`` / ``NAME Director, BDT``: a line break of the signature read as a
    space; ``NAME Director`` / ``Distribution: Administrations ...``)."""
    paragraphs = reader.report.paragraphs
    rest = paragraphs[i + 1 :]
    if not (
        0 < i
        and all(p.text.strip().startswith("[") or _trailing_field().match(p.text) for p in rest)
        and SENTENCE_END.search(paragraphs[i - 1].text) is not None
    ):
        return False
    text = paragraphs[i].text.strip()
    if report_genre(reader.report) in voice_genres("first-person") and _only_a_name(reader, text):
        return True
    if len(text) > 120 or SENTENCE_END.search(text):  # "The UN Secretary-General's envoy spoke.": a sentence
        return False
    inline = reader._name_then_post(text)
    return inline is not None and _only_a_name(reader, inline[0])


@cache
def _trailing_field() -> re.Pattern[str]:
    """A field a letter ends with under its signature: ``Distribution: ...``, ``Annexes: 2``, ``cc: ...`` (the
    ``trailing`` and ``copies`` cues of ``author-cues.csv``, then a colon)."""
    return re.compile(rf"^\s*(?i:{cue_alternation('trailing', 'copies')})\s*:")


def _post_above(reader: _ActorReader, i: int) -> str | None:
    """The post line above a name alone that signs a document post first (:func:`post_line_above`)."""
    paragraphs = reader.report.paragraphs
    line = post_line_above(paragraphs, i)
    return line if line is not None and _only_a_name(reader, paragraphs[i].text) else None


def _after_closing(before: list[str]) -> bool:
    """Whether the paragraphs right ``before`` one end with a closing formula (``Yours faithfully,``),
    maybe followed by a note that it was signed (``[Original signed]``), or with a line ``Signed:``."""
    if before and _SIGNED_LABEL.fullmatch(before[-1].strip()):
        return True
    if before and _SIGNED_NOTE.fullmatch(before[-1].strip()):
        before = before[:-1]
    if before and courtesy_sentence().search(before[-1]):
        return True  # "Please accept, Excellency, the assurances of my highest consideration." / "NAME"
    return bool(before) and len(before[-1]) < 40 and before[-1].rstrip().endswith(",")
