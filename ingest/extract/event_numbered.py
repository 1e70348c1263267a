"""Numbered meetings and sessions of bodies named in a text (kind 2 of :mod:`.events`).

``the twenty-seventh session of the Commission on Science and Technology for Development`` -> ``cstd-27``,
``its 53rd session`` (the body ``its`` means), ``the 27th session of the Commission`` after the Commission is
named (a body's head noun), lists (``the twelfth and thirteenth meetings of the Group``, ``the Group's 33rd
and 34th meetings``), meetings of bodies paired with their dates by ``respectively``, a numbered meeting no body
is named for (:func:`unnamed_numbered_mentions`), and numbered plenary meetings. The key of a meeting is
``<body>-<number>``, as for the report's own meeting. Read by :func:`.event_prose.event_mentions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from wsiskg.ingest.extract.date_vocabulary import date_words
from wsiskg.ingest.extract.dates import DateSpan, find_dates, listed_days
from wsiskg.ingest.extract.event_dates import event_noun_pattern, is_due_at, own_dates, says_future
from wsiskg.ingest.extract.event_forms import (
    body_heads,
    head_body,
    held_regex,
    numbered_mention,
    spanned_head,
    subject_after,
)
from wsiskg.ingest.extract.event_listed_one_dated import one_dated
from wsiskg.ingest.extract.event_met import MADE_ASIDE, named_holder
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, modal_alternation, preposition_alternation
from wsiskg.ingest.extract.keys import numbered_key, slug
from wsiskg.ingest.extract.meeting import BodyIndex, BodyName, body_index, has_ordinal, number_value, ordinal_regex
from wsiskg.ingest.extract.ordinals import final_words
from wsiskg.ingest.extract.organizers import BodySpan
from wsiskg.ingest.records import Meeting
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, alternation, clause_spans, ordinal_suffix, squash


def _body_kind_default(body: BodyName | None) -> str:
    return "meeting" if body and body.kind in ("working-group", "expert-group") else "session"


_WHAT = r"(?i:session|meeting)"


@cache
def _modifiers() -> str:
    """Up to three words before a noun, no verb among them (``inter-regional``, ``regional``, ``training``; not
    ``will`` in ``the sixth WTPF will review``)."""
    verbs = f"(?:{modal_alternation()}|{auxiliary_alternation()}|to)"
    return rf"(?:(?!{verbs}\b)[\w\-]+\s+){{0,3}}"


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _numbered_forms(body: str) -> tuple[re.Pattern[str], ...]:
    """``the 5th meeting of X``, ``X ... its 5th session``, ``X 5th meeting``, ``the 5th X meeting``."""
    ordinal, what = ordinal_regex(), _WHAT
    forms = [
        rf"(?P<num>{ordinal})\s+(?P<what>{what})\s+of\s+(?:the\s+)?(?P<body>{body})(?![\w\-&]|\s+[A-Z][a-z])",
        rf"(?P<body>{body})(?:\s*\([^)]{{1,40}}\))?(?:\s+(?:for\s+|at\s+|during\s+)?its|,\s+whose)\s+(?P<num>{ordinal})\s+(?P<what>{what})",
        rf"(?P<body>{body})\s+(?P<num>{ordinal})\s+(?P<what>{what})",
        # not "the fourth APT preparatory meeting", "the first APT Preparatory Group meeting", "the second
        # ITU inter-regional workshop", "the third UNESCO forum": another event or body, the ordinal its
        # (an event noun of any kind up to three words on), nor "the second IGF Open Consultations": a name goes on
        rf"(?P<num>{ordinal})\s+(?P<body>{body})(?:\s+(?P<what>{what})|(?!\s+{_modifiers()}{event_noun_pattern()}|\s+[A-Z][\w\-]*[a-z]))",
    ]
    return tuple(re.compile(f) for f in forms)


def _numbered_mentions(
    text: str, bodies: tuple[BodyName, ...], meeting: Meeting | None = None, body_spans: Sequence[BodySpan] = ()
) -> list[EventMention]:
    if not has_ordinal(text):  # every form below needs an ordinal
        return []
    index = body_index(bodies)
    ordinal, what = ordinal_regex(), _WHAT
    out: list[EventMention] = []
    taken: list[tuple[int, int]] = []
    for form in _numbered_forms(index.regex(text).pattern):
        for m in form.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            key = index.keys.get(squash(m.group("body")))
            n = number_value(m.group("num"))
            if key is None or n is None or (" its " in m.group(0) and _subject_antecedent(text, m.start(), body_spans)):
                continue  # "It adopted its report to the Council at its 33rd meeting": the subject's
            kind = m.group("what").lower() if m.group("what") else _body_kind_default(index.names.get(key))
            label = index.label(key, m.group("body"))
            taken.append(m.span())
            out.append(numbered_mention(key, n, kind, label, m.span()))
    # "its 53rd session": the body named last before it in the sentence
    for m in re.finditer(rf"\bits\s+(?P<num>{ordinal})\s+(?P<what>{what})", text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        n = number_value(m.group("num"))
        key = _its_body(text, m, index, meeting, body_spans)
        if n is None:
            continue
        if key:
            kind = m.group("what").lower()
            label = index.label(key)
            out.append(numbered_mention(key, n, kind, label, m.span()))
    heads = _head_numbered_mentions(text, index, taken, meeting, body_spans)
    held = _held_listed_mentions(text, index, meeting, body_spans)  # "the Group's 33rd and 34th meetings"
    return out + heads + _listed_mentions(text, index, meeting) + held


def _its_body(
    text: str, m: re.Match[str], index: BodyIndex, meeting: Meeting | None, body_spans: Sequence[BodySpan]
) -> str | None:
    """The body ``its`` means in ``m`` (``its 53rd session``, ``its 12th and 13th meetings``): the subject
    of an earlier sentence when this one opens with ``It`` (:func:`_subject_antecedent`), else the last
    body named before it in the clause (the body extractor's spans first: ``the Group ... its twelfth
    meeting``), else after ``at``/``during`` opening the clause the subject after it."""
    s0 = max((a for a, _ in clause_spans(text) if a <= m.start()), default=0)
    if named_holder(text, m.start(), body_spans, index):
        return None  # "the Advisory Panel on X held its third meeting": a body no reader found (:func:`_named_holder`)
    key = _subject_antecedent(text, m.start(), body_spans)
    # not a body named in how the subject was made (", established by Council Decision 612,")
    made = [x.span() for x in MADE_ASIDE.finditer(text, s0, m.start())]
    # nor the issuer of a text adopted on the report of the body "its" means ("ECOSOC resolution 2031/4 on the
    # report of its ninth session": the session of the body whose report it is)
    made += [(a, b) for a, b, _ in body_spans if _cited_on_report().fullmatch(text, b, m.start())]
    spans_before = [k for a, b, k in body_spans if s0 <= a and b <= m.start() and not _inside(a, b, made)]
    before = [b for b in index.regex(text).finditer(text, s0, m.start()) if not _inside(*b.span(), made)]
    before = [b for b in before if not _cited_on_report().fullmatch(text, b.end(), m.start())]
    # not a bureau or a secretariat, which holds no numbered meetings ("the Board asked the Bureau ... at its 53rd")
    spans_before = [k for k in spans_before if _holds_meetings(index, k)]
    before = [b for b in before if _holds_meetings(index, index.keys.get(squash(b.group(0))))]
    if key is None and spans_before:
        key = spans_before[-1]
    elif key is None and before:
        key = index.keys.get(squash(before[-1].group(0)))
    if key is None and re.match(r"\s*(?i:at|during)\s", text[s0 : m.start()]):
        key = subject_after(text, m.end(), index, meeting)
    return key if _holds_meetings(index, key) else None


#: the catalogue's kinds of body (``bodies.csv``, column ``kind``) that serve meetings and hold none of their own
_SERVING_KINDS = frozenset(("bureau", "secretariat"))


def _holds_meetings(index: BodyIndex, key: str | None) -> bool:
    """Whether body ``key`` may hold a numbered meeting: not an ITU Bureau nor a secretariat (``bodies.csv``,
    kinds ``bureau``, ``secretariat``), which serve the meetings of others."""
    body = index.names.get(key) if key else None
    return body is None or body.kind not in _SERVING_KINDS


@cache
def _cited_on_report() -> re.Pattern[str]:
    """What stands between the issuer of a cited resolution or decision (``resolution-numbers.csv``, column
    ``text``) and ``its`` when the text is on a body's report (``date_words.csv``, role ``text``): `` resolution
    2031/4 on the report of``."""
    words = alternation({r["text"] for r in data_rows("resolution-numbers.csv")})
    texts = alternation(date_words("text"), spaces=True)
    return re.compile(rf"\s+(?i:{words})s?\s+[^\s,;()]+\s+on\s+the\s+(?i:{texts})\s+of\s+")


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``start``..``end`` lies within one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


def _subject_antecedent(text: str, at: int, body_spans: Sequence[BodySpan]) -> str | None:
    """``The Group met twice. It held its 26th meeting in May``: in a sentence whose subject is
    ``It``, ``its`` is the body that is the subject of an earlier sentence of the paragraph (its
    key in ``body_spans``), not the last body named before it (``It adopted its report to the
    Council at its 33rd meeting``)."""
    starts = [0] + [x.end() for x in _SENTENCE_END.finditer(text, 0, at)]
    if not re.match(r"It\s", text[starts[-1] :]):
        return None
    subjects = [key for a, _, key in body_spans if a in starts[:-1]]
    return subjects[-1] if subjects else None


def _respective_mentions(
    text: str, bodies: tuple[BodyName, ...], body_spans: Sequence[BodySpan], dates: Sequence[DateSpan]
) -> list[EventMention]:
    """``The chairs of Study Group 4 and Study Group 9 reported on the first meetings of their
    groups, held on 2-6 May 2031 and 9-13 May 2031 respectively``: the numbered meetings of the
    bodies named before in the sentence, paired in order with the dates before ``respectively``
    (each mention is dated, :func:`event_mentions` keeps its dates)."""
    out: list[EventMention] = []
    if "respectively" not in text:
        return out
    pattern = (
        rf"(?P<num>{ordinal_regex()})\s+(?P<what>meeting|session)s\s+of\s+(?:their|the|both)\b[^.;]*?\brespectively\b"
    )
    for m in re.finditer(pattern, text):
        n = number_value(m.group("num"))
        s0 = ([0] + [x.end() for x in _SENTENCE_END.finditer(text, 0, m.start())])[-1]
        keys = list(dict.fromkeys(key for a, _, key in body_spans if s0 <= a < m.start()))
        days = [d for d in dates if m.start() <= d.span[0] < m.end() and d.precision == "day"]
        days = listed_days(text, days[0]) if len(days) == 1 else days  # "held on 3 and 17 May respectively"
        if n is None or len(days) < 2 or len(keys) < len(days):
            continue
        what = m.group("what")
        for key, d in zip(keys[-len(days) :], days, strict=True):
            label = body_index(bodies).label(key)
            out.append(numbered_mention(key, n, what, label, m.span(), d.start, d.end))
    return out


def _head_numbered_mentions(
    text: str,
    index: BodyIndex,
    taken: list[tuple[int, int]],
    meeting: Meeting | None,
    body_spans: Sequence[BodySpan] = (),
) -> list[EventMention]:
    """``the Commission on Science and Technology for Development (CSTD) ... the twenty-seventh
    session of the Commission``: a numbered session of a body named by its head noun
    (``ingest/data/body-heads.csv``) is one of the last body named before it with that noun;
    with none named, of the report's meeting body when its name has that noun (``It is proposed
    to hold the tenth meeting of the Group in February 2031``); a body the catalogue does not know is
    the last the body extractor found before it with that noun (``the Radio Regulations Board (RRB)
    ... the 75th meeting of the Board``: :func:`~.event_forms.spanned_head`)."""
    out = []
    pattern = (
        # the head in lower case too: "the seventh meeting of the group will take place on ..."
        rf"(?P<num>{ordinal_regex()})\s+(?P<what>session|meeting)\s+of\s+the\s+(?P<head>(?i:{body_heads()}))\b"
        # "of the Commission", not "of the Commission on X"
        rf"(?!\s+(?:(?:{preposition_alternation('topic')})\s+(?:the\s+)?)?[A-Z])"
    )
    for m in re.finditer(pattern, text):
        n = number_value(m.group("num"))
        if n is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        kind = m.group("what")
        if key := head_body(text, m.start(), m.group("head"), index, meeting):
            label = index.label(key)
            out.append(numbered_mention(key, n, kind, label, m.span()))
        elif spanned := spanned_head(text, m.end(), m.group("head"), body_spans):
            key, name = spanned
            out.append(numbered_mention(key, n, kind, name, m.span()))
    return out


#: the last of a body's meetings, named by no number (``the final meeting in Dubai on 27-28 October``)
_FINAL_WORD = re.compile(rf"\b(?:{alternation(final_words())})\s+(?:\w+\s+)?(?:meeting|session)\b")


@cache
def _unnamed_numbered() -> re.Pattern[str]:
    """``its 18th meeting``, ``the third meeting``, ``our forty-fifth session``, ``its sixth physical
    meeting``: a numbered meeting whose body is not named after it (not ``... meeting of X``)."""
    mode = alternation([r["word"].lower() for r in data_rows("event_modifiers.csv") if not r["qualifies"]])
    return re.compile(
        rf"\b(?:(?:[Ii]ts|[Tt]he|[Oo]ur|[Tt]heir)\s+(?P<num>{ordinal_regex()})"
        rf"|(?:[Ii]ts|[Tt]he|[Oo]ur|[Tt]heir|[Aa])\s+(?P<final>{alternation(final_words())}))"
        rf"\s+(?:(?:{mode})\s+)?(?P<what>meeting|session)\b(?!s|\s+of\b|{DASH})"
    )


def unnamed_numbered_mentions(text: str, dates: Sequence[DateSpan], about: Meeting | None) -> list[EventMention]:
    """A numbered meeting no body is named for, with its own dates after it (:func:`own_dates`):
    ``The Group agreed to hold its 18th meeting on 4 May 2031``, ``before the third meeting, which is
    scheduled for 1 and 2 February 2031``, ``At its 24th meeting, on 17 November 2031, ...``. It is
    the meeting of the report's meeting body (or of the meeting a contribution is for, ``about``), else
    the meeting as written after a pronoun (``its``, ``our``) or before a verb of holding (:func:`_held_between`);
    the forms that name its body
    (:func:`_numbered_mentions`, a generic event's ``the second physical meeting``) come first."""
    if not has_ordinal(text) and not _FINAL_WORD.search(text):
        return []
    out = []
    for m in _unnamed_numbered().finditer(text):
        n = number_value(m.group("num")) if m.group("num") else m.group("final")
        d = own_dates(text, m.end(), dates, bare=True)
        if n is None or d is None or (about is not None and (about.number == n or about.start == d.start)):
            continue  # the report's own meeting
        if about is None and m.group(0)[:3].lower() == "the" and m.group("num") and not _held_between(text, m, d):
            continue  # "the 7th meeting (18 February 2030)" in a report of no meeting: whose, is not said
        what = m.group("what").lower()
        nth = n if isinstance(n, str) else f"{n}{ordinal_suffix(n)}"
        if holder := named_holder(text, m.start()):  # "The Advisory Panel on X held its second meeting on ..."
            written = " ".join(holder.group("name").split())
            key, name = numbered_key(body_index().written_key(written), n), f"{nth} {what} of the {written}"
        elif about is not None:
            key, name = numbered_key(about.body, n), f"{nth} {what} of the {body_index().label(about.body)}"
        else:
            key, name = slug(f"{what} {n}"), f"{nth} {what}"
        out.append(EventMention(key, name, what, m.span()))
    return out


def _held_between(text: str, m: re.Match[str], d: DateSpan) -> bool:
    """Whether a verb of holding in the future tense stands between a numbered meeting and its dates
    (``The 12th meeting will take place in Oslo on 8-10 October``): in a report whose own meeting is not
    found, the next meeting of the body the report is of, named as the report names it (``12th meeting``)."""
    return held_regex().search(text, m.end(), d.span[0]) is not None and says_future(text, m.end(), d.span[0])


_PLURAL_OF = re.compile(r"(?:meeting|session)s\s+of\s")


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _listed_form(body: str) -> re.Pattern[str]:
    """``the twelfth and thirteenth meetings of the X``, ``the 5th, 6th and 7th sessions of the Group``."""
    ordinal = ordinal_regex()
    return re.compile(
        rf"(?P<nums>{ordinal}(?:\s*,\s*{ordinal})*,?\s+(?:and|&)\s+{ordinal})\s+(?P<what>{_WHAT})s\s+of\s+(?:the\s+)?"
        rf"(?:(?P<body>{body})(?![\w\-&]|\s+[A-Z][a-z])|(?P<head>(?i:{body_heads()}))\b(?!\s+(?:(?:{preposition_alternation('topic')})\s+(?:the\s+)?)?[A-Z]))"
    )


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _held_listed_form(body: str) -> re.Pattern[str]:
    """``the Group's 33rd and 34th meetings``, ``its eleventh, twelfth and thirteenth sessions``: a list of
    ordinals after the holder (a body's or a head noun's possessive, ``its``/``their``), no ``of`` after."""
    ordinal = ordinal_regex()
    return re.compile(
        rf"(?:\b(?P<poss>{body}|(?i:{body_heads()}))['’]s|\b(?P<pron>[Ii]ts|[Tt]heir))\s+"
        rf"(?P<nums>{ordinal}(?:\s*,\s*{ordinal})*,?\s+(?:and|&)\s+{ordinal})\s+(?P<what>{_WHAT})s\b(?!\s+of\s)"
    )


def _held_listed_mentions(
    text: str, index: BodyIndex, meeting: Meeting | None, body_spans: Sequence[BodySpan]
) -> list[EventMention]:
    """``introduced the report on the group's 33rd and 34th meetings``, ``The Council Working Group on X
    submits its 36th and 37th meetings' outcomes``: a numbered meeting of the holder for each ordinal of the
    list (a catalogue body by its name; a head noun: :func:`~.event_forms.head_body`, else the body
    extractor's last body with that noun; ``its``: :func:`_its_body`); only when no day or month follows in
    the sentence (a dated list is paired with its dates by :func:`~.event_forms.body_meeting_mentions`; a
    year is no date:
    ``its 36th and 37th meetings to Council 2032``)."""
    if not re.search(r"(?:meeting|session)s\b", text):
        return []
    out = []
    for m in _held_listed_form(index.regex(text).pattern).finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        numbers = [n for o in re.finditer(ordinal_regex(), m.group("nums")) if (n := number_value(o.group(0)))]
        one = one_dated(text, m.end(), len(numbers))  # ", the latter held on 13 May": that one's date
        if one is None and any(
            d.precision != "year" for d in find_dates(text[m.end() : end.start() if end else len(text)])
        ):
            continue
        holder, key, label = m.group("poss"), None, None
        if holder is not None:
            key = index.keys.get(squash(holder)) or head_body(text, m.start(), holder, index, meeting)
            spanned = None if key else spanned_head(text, m.start(), holder, body_spans)
            key, label = spanned if spanned else (key, None)
        else:
            key = _its_body(text, m, index, meeting, body_spans)
        if key is None:
            continue
        out += _listed_numbered(key, numbers, one, m.group("what").lower(), index.label(key, label), m.span())
    return out


def _listed_numbered(
    key: str, numbers: list[int], one: list[DateSpan | None] | None, kind: str, label: str, span: tuple[int, int]
) -> list[EventMention]:
    """The numbered meetings of a list, undated; of a list one of which the clause after it dates
    (:func:`~.event_listed_one_dated.one_dated`), only that one, dated (the clause's days are not the others')."""
    out = []
    for n, d in zip(numbers, one or [None] * len(numbers), strict=True):
        if one is None or d is not None:
            out.append(numbered_mention(key, n, kind, label, span, *((d.start, d.end, d.precision) if d else ())))
    return out


def _listed_mentions(text: str, index: BodyIndex, meeting: Meeting | None) -> list[EventMention]:
    """``the report of the twenty-second and twenty-third meetings of the Group``: a numbered meeting
    of the body for each ordinal of the list (the body by its name, or by its head noun:
    :func:`~.event_forms.head_body`); only when no date follows in the sentence (dated lists are paired with
    their dates by the readers of dated meetings, :func:`~.event_forms.body_meeting_mentions`)."""
    if not _PLURAL_OF.search(text):
        return []
    out = []
    for m in _listed_form(index.regex(text).pattern).finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        numbers = [n for o in re.finditer(ordinal_regex(), m.group("nums")) if (n := number_value(o.group(0)))]
        one = one_dated(text, m.end(), len(numbers))  # ", the latter held on 13 May": that one's date
        if one is None and re.search(r"\d", text[m.end() : end.start() if end else len(text)]):
            continue
        if m.group("body"):
            key = index.keys.get(squash(m.group("body")))
        else:
            key = head_body(text, m.start(), m.group("head"), index, meeting)
        if key is None:
            continue
        out += _listed_numbered(key, numbers, one, m.group("what").lower(), index.label(key, m.group("body")), m.span())
    return out


def _meeting_body_mentions(text: str, meeting: Meeting | None, bodies: tuple[BodyName, ...]) -> list[EventMention]:
    """``3rd meeting (18 February 2011)``, ``the fifth meeting, held in ...``: an ordinal meeting
    named without a body is a meeting of the report's meeting body (the report's own one is
    dropped later; a meeting of another body, ``4th meeting of the X``, is a longer mention)."""
    if meeting is None or not has_ordinal(text):
        return []
    label = body_index(bodies).label(meeting.body)
    out = []
    for m in re.finditer(
        rf"(?<![\w-])(?P<num>{ordinal_regex()})\s+(?i:meeting)\b(?!\s+(?:{preposition_alternation('topic')})\b)", text
    ):
        n = number_value(m.group("num"))
        if n is not None:
            out.append(numbered_mention(meeting.body, n, "meeting", label, m.span()))
    return out


@cache
def _plenary_pattern() -> re.Pattern[str]:
    """``the tenth plenary meeting``, ``Third Plenary Meeting``: an ordinal and a plenary sitting."""
    return re.compile(
        rf"(?<![\w\-])(?:(?P<the>[Tt]he)\s+)?(?P<num>{ordinal_regex()})\s+(?i:plenary)\s+(?P<what>(?i:meeting|session))\b"
        # or the conference's Plenary named alone, a sitting by its own dates: "to the Plenary on 15 November"
        rf"|(?<![\w\-])(?:(?P<its>[Tt]he)\s+|(?<={DASH}\s))(?P<alone>Plenary)\b(?!\s+(?i:meeting|session|hall|room))"
    )


def _plenary_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """A numbered plenary meeting of a body the text does not name, with its own dates after it
    (``adopted at the tenth plenary meeting, 25 May 2031``, ``General Debate – Third Plenary
    Meeting, 11 December 2031``): that meeting, named as written (a body's, ``its tenth plenary
    meeting``, is :func:`_numbered_mentions`'); keyed by its number and day."""
    if "lenary" not in text.casefold():
        return []
    out = []
    for m in _plenary_pattern().finditer(text):
        n = number_value(m.group("num")) if m.group("num") else 0
        d = own_dates(text, m.end(), dates, bare=True)
        if n is None or d is None or d.precision != "day" or is_due_at(text, d.span[0]):
            continue
        if m.group("alone"):
            name, key = "Plenary", slug(f"plenary {d.start.isoformat()}")
        else:
            name = " ".join(m.group(0).split()[1:] if m.group("the") else m.group(0).split())
            key = slug(f"plenary {m.group('what')} {n} {d.start.isoformat()}")
        mention = EventMention(key, name, "meeting", (m.start("alone"), m.end()) if m.group("alone") else m.span())
        out.append(replace(mention, start=d.start, end=d.end))
    return out
