"""Title case: the one reading of a text written in capitals as a name is written, and the one test
of whether a line is written as a name.

Two questions, one answer each:

- :func:`title_cased` -- *make it title case*: the words in capitals of a text written as a name's
  words are, letter for letter at the same places (``REPUBLIC OF THE GAMBIA`` -> ``Republic of the
  Gambia``). Small words (``ingest/data/small-words.csv`` and the ``of``/``and`` words of
  ``body-connectors.csv``: ``of``, ``from``, ``de``, ``et``) in lower case but the first; each part of
  a hyphenated word capitalised (``SECRETARY-GENERAL`` -> ``Secretary-General``); an elided article
  before an apostrophe as a small word (``CÔTE D'IVOIRE`` -> ``Côte d'Ivoire``), ``O'`` capitalised
  (``O'Brien``) and a suffix after one in lower case (``MINISTER'S`` -> ``Minister's``); ``Mc`` names
  (``MCDONALD`` -> ``McDonald``). Kept as written: a one-letter word (an initial, ``H.E.``,
  ``Sub-Committee A``), a word with a digit (a code: ``C31``, ``WSIS+20``), a word in brackets (an
  acronym: ``(ITSO)``), a Roman numeral (``Committee II``, ``Part IV``), a catalogue body's acronym
  that is no English word (``ITU``, ``ITU-D``). Words with a small letter are as written, so a caller
  that wants only whole lines in capitals asks ``text.isupper()`` first.
- :func:`is_title_cased` -- *is this line written as a name?*: every word capitalised, a small word
  or a number (``Standing Committee on Administration``, ``Financial Plan for 2032-2035``, ``Côte
  d'Ivoire``); not a sentence (``Committee 4 recommends that``, ``Committee was held``).

The small words themselves are a word list, read with the others in :mod:`.gazetteer`
(:func:`~.gazetteer.small_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Literal

from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies
from wsiskg.ingest.extract.gazetteer import body_connectors, determiners, possessives, small_words
from wsiskg.ingest.extract.ordinals import roman_value
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

#: a word: letters with the hyphens, apostrophes, dots and codes inside it, or a word in brackets
_WORD = re.compile(r"\([^()\s]*\)|[^\W_]+(?:[-'’.+/&][^\W_]+)*\.?")
#: a run of letters inside a word (a hyphenated word's parts, the two sides of an apostrophe)
_LETTERS = re.compile(r"[^\W\d_]+")
#: an elided article or an Irish ``O'`` before an apostrophe
_ELIDED = re.compile(r"^(?P<head>[^\W\d_])['’](?=[^\W\d_])")


@cache
def name_joiners(places: bool = True) -> frozenset[str]:
    """The small words that join the words of a body's name (``of``, ``on``, ``and``, ``the``, ``&``, and
    ``de``, ``des``, ``du``, common in names in an English text): the rows marked ``joins`` of
    ``small-words.csv`` and ``body-connectors.csv``, a subset of :func:`small_words` without the articles
    ``a``/``an`` and the prepositions no body's name is cut at (``by``, ``with``). ``places=False``: without
    the ones that also open a place after a name (column ``place``: ``in``, ``at``), for a name read
    without the catalogue, which would run into ``in Lima``."""
    rows = [*data_rows("small-words.csv"), *data_rows("body-connectors.csv")]
    return frozenset(r["word"] for r in rows if r["joins"] == "yes" and (places or r.get("place") != "yes"))


@cache
def name_connectors() -> frozenset[str]:
    """The small words inside a body's name in English or another language: :func:`name_joiners` and the
    ``of``/``and``/``the`` words of ``body-connectors.csv`` (``del``, ``la``, ``et``, ``y``, ``für``)."""
    foreign = (r["word"] for r in data_rows("body-connectors.csv") if r["role"] in ("of", "and", "the"))
    return name_joiners() | frozenset(foreign)


def small_word_alternation(words: Iterable[str], capitalised: bool = False) -> str:
    """A regex alternation (no group) of small ``words`` (:func:`small_words`, :func:`name_joiners`,
    :func:`name_connectors`) that ends at a word's end: ``&`` ends anywhere, a letter word before no
    letter (``of`` not ``office``). ``capitalised``: the words as a title capitalises them (``Of``,
    ``The``), a sign dropped."""
    listed = {w[:1].upper() + w[1:] if capitalised else w for w in words if w[:1].isalpha() or not capitalised}
    return alternation(sorted(listed), _whole_word)


@cache
def joiner_alternation(places: bool = False) -> str:
    """The regex alternation of :func:`name_joiners` (without those that open a place unless ``places``) for
    the small words between the capitalised words of a name read without the catalogue (``Ministry of
    Transport and Works``, ``Comité de Pilotage``)."""
    return small_word_alternation(name_joiners(places=places))


@cache
def name_links() -> tuple[str, ...]:
    """The lower-case phrases that link a group's name to what its members answer for (``name-links.csv``:
    ``in charge of``, ``responsible for``, ``with responsibility for``): part of the name (``ECOWAS Ministers
    responsible for Energy``, ``the Conference of Ministers in charge of Transport``), the one list every reader
    of where such a name ends shares (:func:`name_link`; an addressee's remit, ``addressee_phrases.remits``)."""
    return tuple(r["phrase"] for r in data_rows("name-links.csv"))


@cache
def name_link() -> str:
    """A lower-case link of :func:`name_links` inside a name, between its words and the capitalised rest (``the
    Conference of Ministers in charge of Telecommunications``, ``Ministers responsible for the Digital Economy``):
    the spaces around it and an article after it, for a pattern of capitalised words to go on over."""
    return rf"\s+(?:{name_link_alternation()})\s+(?:the\s+)?"


@lru_cache(maxsize=16)
def remit_tail(word: str) -> str:
    """Where a name linked to a remit ends, for every reader of one: the link (:func:`name_link`) and the
    capitalised words after it (``word``: the reader's regex of one), joined by a name's small words and an
    article (``responsible for the Digital Economy``, ``in charge of Transport and Works``); a group, no topic."""
    joiner = rf"(?:\s+(?:(?:{joiner_alternation()})(?:\s+the)?\s+)?)"
    return rf"(?:{name_link()}{word}(?:{joiner}{word})*)"


@cache
def name_link_alternation() -> str:
    """The regex alternation (no group) of :func:`name_links`, a space in a phrase any run of spaces."""
    return alternation(name_links(), spaces=True)


@cache
def line_joiners() -> frozenset[str]:
    """The small words a name read alone on a line may hold between its capitalised words (column ``line`` of
    ``small-words.csv``: ``of``, ``on``, ``for``, ``and``, ``the``, ``to``, ``in``, ``&``): ``in`` but not
    ``at``, which opens the place or time after a name (``Forum on Data in Society``, not ``Forum at Lima``)."""
    return frozenset(r["word"] for r in data_rows("small-words.csv") if r["line"] == "yes")


@cache
def line_joiner_alternation(capitals: bool = False) -> str:
    """The regex alternation of :func:`line_joiners`; ``capitals``: its words in capitals (``OF``, ``IN``), a
    sign dropped, for a name written in capitals."""
    if capitals:
        return alternation(sorted(w.upper() for w in line_joiners() if w.isalpha()), _whole_word)
    return small_word_alternation(line_joiners())


@cache
def english_small_words() -> frozenset[str]:
    """The small words of a title in English (``a``, ``the``, ``of``, ``with``, ``about``): the words of
    ``small-words.csv`` without its signs (``&``) and the articles of another language (``la``, ``le``: role
    ``the`` of ``body-connectors.csv``), none of which a run of English capitalised words holds."""
    foreign = set(body_connectors("the"))
    return frozenset(
        r["word"] for r in data_rows("small-words.csv") if r["word"].isalpha() and r["word"] not in foreign
    )


@cache
def party_small_words() -> frozenset[str]:
    """The words in lower case that a party named by its name may hold (``the Board of the Agency and its
    members``): :func:`line_joiners`, the joiners of a name in another language (``de``, ``du``, ``des``), its
    articles (``la``, ``le``; ``body-connectors.csv``, role ``the``) and a body's possessives (``its``,
    ``their``; ``pronouns.csv``); any other word in lower case makes a clause of it."""
    foreign = set(name_joiners(places=False)) | set(body_connectors("the"))
    return frozenset(w for w in line_joiners() | foreign | possessives("body") if w.isalpha())


def _whole_word(word: str) -> str:
    """``word`` as a regex that ends where a word ends (a sign, ``&``, anywhere)."""
    return re.escape(word) + (r"\b" if word[-1:].isalnum() else "")


def name_words(text: str) -> list[str]:
    """The words of ``text`` in one case to compare them with a name's words, whatever case the text is
    written in: a small word in lower case, any other capitalised and the rest of it in lower case
    (``STANDING COMMITTEE ON ITU`` -> ``Standing``, ``Committee``, ``on``, ``Itu``); not for display
    (:func:`title_cased` keeps acronyms)."""
    small = small_words()
    return [w.lower() if w.lower() in small else w[:1].upper() + w[1:].lower() for w in text.split()]


@cache
def _small_ends() -> re.Pattern[str]:
    """Small words, in lower case or capitalised (not a capital alone: ``Committee A``), that end a text or
    one of its comma parts."""
    lower = small_word_alternation(small_words())
    capital = small_word_alternation([w for w in small_words() if len(w) > 1], capitalised=True)
    return re.compile(rf"(?:\s+(?:{lower}|{capital}))+(?=\s*(?:,|$))")


def without_small_ends(text: str) -> str:
    """``text`` without the small words that end it or one of its comma parts, a name or a title cut short
    (``Vice-Minister Of`` -> ``Vice-Minister``, ``Senior Adviser to the, X`` -> ``Senior Adviser, X``); a
    capital letter alone stays (``Chair of Committee A``)."""
    return _small_ends().sub("", text)


#: how :func:`without_article` reads its words: ``initial`` (its first letter in either case: ``the``, ``The``),
#: ``lower`` (as listed: a phrase read or written in lower case), ``any`` (every letter in either case: ``THE``)
ArticleCase = Literal["initial", "lower", "any"]


@cache
def leading_article(words: tuple[str, ...] = ("the",), case: ArticleCase = "initial") -> re.Pattern[str]:
    """One of ``words`` (an article or a determiner, in lower case) opening a text, with the spaces after it,
    written as ``case`` says (:data:`ArticleCase`)."""
    each = either_initial if case == "initial" else re.escape
    return re.compile(rf"^(?:{alternation(words, each)})\s+", re.IGNORECASE if case == "any" else 0)


def without_article(text: str, *words: str, case: ArticleCase = "initial") -> str:
    """``text`` without the article that opens it (``The Expert Group`` -> ``Expert Group``), or without any of
    ``words`` there (``the``, ``all``; ``the``, ``this``; ``the``, ``our``, ``its``) as ``case`` reads them
    (:func:`leading_article`); one word only, the first."""
    return leading_article(words or ("the",), case).sub("", text)


def either_initial(word: str) -> str:
    """``word`` as a regex with its first letter in either case (``the`` -> ``[Tt]he``)."""
    return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"


@cache
def either_initial_determiners(role: str) -> str:
    """The determiners of column ``role`` of ``determiners.csv`` with either initial, as a regex alternation (no
    group): ``[Tt]his|[Tt]he`` of ``anaphor``."""
    return alternation(determiners(role), either_initial)


@cache
def _acronyms() -> frozenset[str]:
    """The catalogue bodies' acronyms in capitals that are no English word (``ITU``, ``ITU-D``, not ``WHO``)."""
    found = (b.acronym for b in gazetteer_bodies().values() if b.acronym and b.acronym.isupper())
    return frozenset(a for a in found if a.lower() not in stopwords())


def _lower(text: str) -> str:
    """``text`` in lower case letter for letter (a letter whose lower case is two, ``İ``, as written)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _capitalised(part: str) -> str:
    """One run of letters in capitals capitalised (``MCDONALD`` -> ``McDonald``)."""
    if len(part) > 3 and part[:2] == "MC":
        return "Mc" + part[2] + _lower(part[3:])
    return part[:1] + _lower(part[1:])


def _kept(word: str) -> bool:
    """A word written in capitals that stays so: an initial, a code, an acronym in brackets or of the
    catalogue, a Roman numeral, a word with a small letter."""
    letters = "".join(_LETTERS.findall(word))
    return (
        len(letters) < 2
        or not letters.isupper()
        or any(c.isdigit() for c in word)
        or word.startswith("(")
        or word.rstrip(".") in _acronyms()
        or roman_value(word.rstrip(".").lower()) is not None
        or "." in word.rstrip(".")
    )


def _word_cased(word: str, first: bool) -> str:
    if _kept(word):
        return word
    if not first and _lower(word.rstrip(".")) in small_words():
        return _lower(word)
    elided = _ELIDED.match(word)
    head = ""
    if elided:  # "D'IVOIRE", "L'ÉCONOMIE", "O'BRIEN"
        letter = elided.group("head")
        head = (letter if first or letter == "O" else _lower(letter)) + word[1]
        word = word[2:]
    parts = _LETTERS.split(word)
    runs = _LETTERS.findall(word)
    out = [parts[0]]
    for i, run in enumerate(runs):
        after_apostrophe = parts[i] in ("'", "’")
        out.append((_lower(run) if after_apostrophe else _capitalised(run)) + parts[i + 1])
    return head + "".join(out)


#: two capitals in a row: a text without them holds no word in capitals (read as it is, at once)
_TWO_CAPITALS = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u024f]{2}")


@lru_cache(maxsize=4096)
def title_cased(text: str, opening: bool = True) -> str:
    """The words in capitals of ``text`` written as a name's words, letter for letter at the same places
    (``CONTRIBUTION FROM THE REPUBLIC OF THE PHILIPPINES`` -> ``Contribution from the Republic of the
    Philippines``; ``STATEMENT BY H.E. MR. AMADOU SY-BERG, MINISTER OF ICT`` -> ``Statement by H.E. Mr. Amadou
    Sy-Berg, Minister of Ict``); the module's docstring gives the rules. ``opening``: whether ``text`` opens a
    title, its first word capitalised even when small (``THE BAHAMAS`` -> ``The Bahamas``); a part cut from
    a line after a cue is not one (``CONTRIBUTION OF`` | ``THE REPUBLIC OF X`` -> ``the Republic of X``)."""
    if not _TWO_CAPITALS.search(text):
        return text
    found = list(_WORD.finditer(text))
    out: list[str] = []
    last = 0
    for i, m in enumerate(found):
        out.append(text[last : m.start()])
        out.append(_word_cased(m.group(0), opening and i == 0))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


#: the quotes and brackets around a word, and the punctuation after it
_AROUND = "\"“”‘’'()[],:;.!?"


def is_title_cased(text: str) -> bool:
    """Whether ``text`` is written as a name: every word opens with a capital letter or a digit or is a small
    word (``of``, ``de``, an elided ``d'Ivoire``); quotes, brackets and punctuation around words aside."""
    small = small_words()
    for raw in text.split():
        word = raw.strip(_AROUND)
        if not word or not word[0].isalpha():
            continue
        elided = _ELIDED.match(word)
        if word[0].isupper() or _lower(word) in small or (elided and word[2:3].isupper()):
            continue
        return False
    return True


def name_goes_on(line: str) -> bool:
    """Whether ``line`` goes on with a name the line above it broke: it opens with a bracket (the name's acronym,
    ``(CWG-X), second meeting``) or with a small word that joins a name's words (``AND HUMAN RESOURCES (CWG-FHR)``,
    :func:`name_joiners`)."""
    words = line.split(None, 1)
    # a capitalised word opens a sentence ("The Group met ..."); in capitals or in lower case it goes on with a name
    joins = bool(words) and words[0].casefold() in name_joiners(places=False) and words[0] != words[0].capitalize()
    return line.lstrip().startswith("(") or joins
