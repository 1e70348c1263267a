"""One body under one key: a body outside the catalogue that two readers keyed two ways.

The report's own group is often found twice: once by its full name in a paragraph (``the Working
Group on Rural Coverage`` -> ``working-group-on-rural-coverage``) and once by the name it defines
with its short form in the title or elsewhere (``WORKING GROUP ON RURAL COVERAGE (WG-RC)`` ->
``wg-rc``). Both name the same body; the one the report gives a short form is kept, and every fact
that pointed at the other (the meeting, the parties of requests and decisions, posts, events'
organisers, a body's parent) points at it. Otherwise a request of ``The Group`` goes to a body
without its acronym (``docs/requests.md``, "Round 21, third wave (parties)")."""

from __future__ import annotations

from dataclasses import replace

from ..records import MEETING_NAME, AgentRef, Body, Extraction, ParsedReport, Post, Request
from .document import document
from .gazetteer import bodies as catalogue
from .keys import slug
from .meeting_owner_first import organ_short_forms


def _name_key(name: str) -> str:
    """A body's name compared without case, spacing, punctuation and a leading ``the``."""
    key = slug(name)
    return key[4:] if key.startswith("the-") else key


def body_aliases(found: tuple[Body, ...]) -> dict[str, str]:
    """The key of each body of ``found`` that is another's by name -> the key kept: among bodies
    outside the catalogue of one name, the one with a short form, when exactly one has one."""
    named: dict[str, list[Body]] = {}
    for b in found:
        if b.key not in catalogue() and b.kind != MEETING_NAME and b.name.strip():
            named.setdefault(_name_key(b.name), []).append(b)
    out: dict[str, str] = {}
    for same in named.values():
        keys = {b.key for b in same}
        short = {b.key for b in same if b.acronym}
        if len(keys) > 1 and len(short) == 1:
            kept = next(iter(short))
            out.update({k: kept for k in keys - short})
    return out


def spans_under_one_key(report: ParsedReport, found: tuple[Body, ...]) -> None:
    """The body spans recorded on ``report``'s document model, each under the key its body is kept under
    (:func:`body_aliases` of ``found``, the report's bodies): the readers after the bodies (events, requests)
    then name the body by one key (``the fourth meeting of the Steering Group on X`` and ``SGX ... its fourth
    meeting``: one meeting ``sgx-4``, the report's own meeting when it is the fourth)."""
    aliases = body_aliases(found)
    for para in document(report).paragraphs if aliases else ():
        if spans := para.spans.get("body"):
            para.spans["body"] = [replace(s, key=aliases.get(s.key, s.key)) for s in spans]


def _merged(kept: Body, others: list[Body], aliases: dict[str, str]) -> Body:
    """``kept`` with the paragraphs of ``others``, their kind when its own says no more than
    ``organization``, and its parent re-keyed."""
    kind = (
        next((o.kind for o in others if o.kind != "organization"), kept.kind)
        if kept.kind == "organization"
        else kept.kind
    )
    parent = kept.parent or next((o.parent for o in others if o.parent), None)
    refs = tuple(sorted({*kept.paragraphs, *(p for o in others for p in o.paragraphs)}))
    return replace(kept, kind=kind, parent=aliases.get(parent, parent) if parent else None, paragraphs=refs)


def _post_key(key: str, aliases: dict[str, str]) -> str:
    org, sep, role = key.partition("/")
    return aliases[org] + sep + role if sep and org in aliases else key


def _agent(ref: AgentRef, aliases: dict[str, str]) -> AgentRef:
    if ref.kind == "body" and ref.key in aliases:
        return replace(ref, key=aliases[ref.key])
    if ref.kind == "post":
        key = _post_key(ref.key, aliases)
        return ref if key == ref.key else replace(ref, key=key)
    return ref


def _posts(posts: tuple[Post, ...], aliases: dict[str, str]) -> tuple[Post, ...]:
    """``posts`` re-keyed, one post of each key (with the paragraphs of both)."""
    out: dict[str, Post] = {}
    for p in posts:
        p = replace(p, key=_post_key(p.key, aliases), org=aliases.get(p.org, p.org))
        had = out.get(p.key)
        out[p.key] = p if had is None else replace(had, paragraphs=tuple(sorted({*had.paragraphs, *p.paragraphs})))
    return tuple(out.values())


def _requests(requests: tuple[Request, ...], aliases: dict[str, str]) -> tuple[Request, ...]:
    return tuple(
        replace(r, requester=_agent(r.requester, aliases), addressees=_distinct(r.addressees, aliases))
        for r in requests
    )


def _distinct(refs: tuple[AgentRef, ...], aliases: dict[str, str]) -> tuple[AgentRef, ...]:
    out: list[AgentRef] = []
    for ref in (_agent(a, aliases) for a in refs):
        if all((ref.kind, ref.key) != (o.kind, o.key) for o in out):
            out.append(ref)
    return tuple(out)


def one_body_per_name(ex: Extraction) -> Extraction:
    """``ex`` with each body outside the catalogue that it found under two keys under one
    (:func:`body_aliases`), and the short form of the body that met that is an organ's words alone under it
    (:func:`.meeting_owner_first.organ_short_forms`)."""
    aliases = body_aliases(ex.bodies) | organ_short_forms(ex.meeting, ex.bodies)
    if not aliases:
        return ex
    others: dict[str, list[Body]] = {}
    for b in ex.bodies:
        if b.key in aliases:
            others.setdefault(aliases[b.key], []).append(b)
    bodies = tuple(
        _merged(b, others.get(b.key, []), aliases)
        if b.key in others
        else replace(b, parent=aliases.get(b.parent or "", b.parent))
        for b in ex.bodies
        if b.key not in aliases
    )
    decisions = tuple(replace(d, subject=_agent(d.subject, aliases)) for d in ex.decisions)
    return replace(
        ex,
        meeting=replace(ex.meeting, body=aliases.get(ex.meeting.body, ex.meeting.body)) if ex.meeting else None,
        bodies=bodies,
        posts=_posts(ex.posts, aliases),
        persons=tuple(
            replace(p, posts=tuple(dict.fromkeys(_post_key(k, aliases) for k in p.posts))) for p in ex.persons
        ),
        events=tuple(
            replace(e, organizers=tuple(dict.fromkeys(aliases.get(k, k) for k in e.organizers))) for e in ex.events
        ),
        resolutions=tuple(
            replace(r, issuer=aliases.get(r.issuer, r.issuer) if r.issuer else None) for r in ex.resolutions
        ),
        requests=_requests(ex.requests, aliases),
        decisions=decisions,
    )
