"""The records of persons and the spans a phrase resolves to, for the actor reader (:mod:`.actor_reader`).

A person's record (``_person_record``) keeps the job titles worth keeping beside the posts held
(``_kept_titles``: a title that repeats a post's role, or says less than another title with the same head,
is dropped); a text's spans have their person keys resolved to the report's persons (``_resolve_spans``,
what :class:`.agent_resolver.Resolver` asks about a phrase: aliases followed, ambiguous short forms dropped).
``_TITLE_HEAD`` is where a title's head ends (also read for presiding officers).
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.extract.name_finder import _Finder, _PersonDraft
from wsiskg.ingest.extract.person_titles import title_role
from wsiskg.ingest.records import Person, Span

# where a title's head ends: "Chair" in "Chair of the Group", "Chief" in "Chief, X Division"
_TITLE_HEAD = re.compile(rf",|\s+(?:{preposition_alternation('title-head')})\s+")


#: what a title is of, or its organisation, after it: "Secretary[ of the Committee]", "Chief Executive[, X Trust]"
_EXTENDED = re.compile(r",\s|\s+(?:of|for)\s")


def _kept_titles(titles: list[str], posts: list[str]) -> tuple[str, ...]:
    """The job titles worth keeping beside the posts held: a title whose role (its head: ``Chair``
    in ``Chair of X``) is that of a post held only repeats it, and a bare role (``Chair``) says
    less than a title with the same head (``Chair of the Open Consultation Process``), and so does any title
    beside itself with what it is of or its organisation (``Secretary`` beside ``Secretary of the Committee``,
    ``Chief Executive`` read from a table's cell beside ``Chief Executive, X Trust`` from the row)."""
    held = {p.split("/")[1] for p in posts}
    low = [t.lower() for t in titles]
    titles = [
        t
        for t, lt in zip(titles, low, strict=True)
        if not any(_EXTENDED.match(u, len(lt)) for u in low if u.startswith(lt))
    ]
    heads = [title_role(_TITLE_HEAD.split(t, maxsplit=1)[0]) for t in titles]
    bare = [title_role(t) is not None for t in titles]
    out, kept = [], set()
    for title, head, alone in zip(titles, heads, bare, strict=True):
        if head is not None and head in held:
            continue
        if alone and (head in kept or any(h == head and not b for h, b in zip(heads, bare, strict=True))):
            continue  # "Chair" beside "Chair of X", or a second "Chairman" beside "Chair": the role once
        kept.add(head)
        out.append(title)
    return tuple(out)


def _person_record(d: _PersonDraft) -> Person:
    return Person(
        d.key,
        d.name,
        d.honorific,
        d.country,
        tuple(d.posts),
        tuple(sorted(d.paragraphs)),
        job_titles=_kept_titles(d.job_titles, d.posts),
    )


def _resolve_spans(
    finder: _Finder, text: str, alias: dict[str, str], known: frozenset[str], ambiguous: frozenset[str] = frozenset()
) -> list[Span]:
    out = []
    for s in finder.spans(text):
        if s.kind == "person":
            key = alias.get(s.keys[0], s.keys[0])
            if key in ambiguous:
                continue
            if key not in known:
                longer = [k for k in known if k.endswith("-" + key)]
                key = longer[0] if len(longer) == 1 else key
            s = Span(s.start, s.end, "person", (key,), s.text)
        out.append(s)
    return out
