"""Whether a header names the person who delivers a statement (decision 40 of ``docs/annotation-guide.md``).

A Member State's statement may carry its country's line under the language field (``Original: English`` /
``Republic of X``), as a contribution does, and still be a speech: its header says who delivers it, by name
(``POLICY STATEMENT`` / ``delivered at the third plenary meeting by H.E. Ms NAME, Minister of ...``,
``Statement by the Honourable NAME, MP``, ``STATEMENT BY THE HEAD OF DELEGATION OF X`` / ``Dr NAME, Vice-Minister
...``). Its requests are the speaker's, not the country's (decisions 40 and 23). A statement of a country that
names no one (``Statement of the Republic of X``, ``Statement by the delegation of X``) stays the country's.

Read by :func:`.genre.report_genre`: a speech's byline that names a person decides over the submitter's line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

from .gazetteer import honorifics, preposition_alternation


@cache
def speech_title() -> re.Pattern[str]:
    """A title that ends with a speech's name or names it before whose it is (``MODERATOR'S
    INTRODUCTORY AND CLOSING REMARKS``, ``POLICY STATEMENT``, ``Closing remarks of the Chairman of the Council``: the
    ``line`` cues of the speech genre in ``genre_cues.csv``)."""
    cues = [r["cue"] for r in data_rows("genre_cues.csv") if r["genre"] == "speech" and r["match"] == "line"]
    return re.compile(
        rf"^.{{0,60}}(?<![\w-])(?i:{alternation(cues, spaces=True)})"
        rf"(?:\s+(?i:{preposition_alternation('origin')})\s.{{1,80}})?[\s.:]*$"
    )


@cache
def _delivered_by() -> re.Pattern[str]:
    """``by`` (maybe after a connector, ``delivered``, and a few words of where and when) and an honorific opening a
    name (``by H.E. Mr NAME``, ``by the Honourable NAME``, ``BY DR NAME``)."""
    titles = alternation(sorted(honorifics()), spaces=True)
    return re.compile(rf"(?<![\w-])(?i:by)\s+(?P<who>(?:(?i:the)\s+)?(?i:{titles})(?![\w-])\s*[A-Z])")


@cache
def _opens_with_honorific() -> re.Pattern[str]:
    """A byline that opens with an honorific and a capitalised name, then a comma and who the person is (``Dra.
    NAME, Vice-Minister ...``), ending with no stop, comma or colon (no salutation: ``Mr President,``)."""
    titles = alternation(sorted(honorifics()), spaces=True)
    return re.compile(rf"^\W*(?:(?i:the)\s+)?(?i:{titles})(?![\w-])\s*[A-Z][\w'’-]+[^,]*,\s*\S.*(?<![.,:;!])$")


@cache
def _connector_line() -> re.Pattern[str]:
    """A header line that goes on from the speech's title above it (``delivered at the third plenary meeting ...
    by``): it opens with a ``connector`` word of ``genre_cues.csv`` and words of where or when before ``by``
    (``Delivered by NAME`` is a header cue of its own, read with what follows it: ``on behalf of X``)."""
    connectors = [r["cue"] for r in data_rows("genre_cues.csv") if r["match"] == "connector"]
    return re.compile(rf"^\W*(?i:{alternation(connectors, spaces=True)})(?![\w-])(?!\s+(?i:by)\b)")


def delivered_at(line: str) -> int | None:
    """Where the name starts in a line that goes on from a speech's title above it and says who delivers it
    (``delivered at the second plenary meeting, 4 May 2031, by H.E. Ms NAME, ...``: the honorific's offset in
    ``line``), else ``None``."""
    if not _connector_line().match(line) or (found := _delivered_by().search(line)) is None:
        return None
    return found.start("who")


def names_deliverer(lines: list[str], line_genre: Callable[[str], str | None]) -> bool:
    """Whether a header line of a speech (a line with a speech's cue, :func:`.genre.line_genre` ``line_genre``; or a
    title that ends with a speech's name, :func:`speech_title`) names the person who delivers it: ``by`` and an
    honorific on that line, or on the next line when that one goes on from it (``delivered ... by H.E. Mr NAME``:
    :func:`delivered_at`), or a next line that opens with an honorific and a name (``Dr NAME, Minister of ...``)."""
    speech = [i for i, line in enumerate(lines) if line_genre(line) == "speech" or speech_title().match(line.strip())]
    for i in speech:
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if _delivered_by().search(lines[i]) or delivered_at(below) is not None:
            return True
        if _opens_with_honorific().match(below) and len(below) <= _BYLINE:
            return True
    return False


#: a byline under a speech's title is no longer (a name, a post and a body)
_BYLINE = 200
