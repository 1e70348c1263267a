"""The three parts of a Word file the reader needs (body, styles, numbering), without python-docx.

Importing python-docx (and the hundred modules of its element classes) costs about 0.04 s of CPU,
and opening a document through it builds an object for every part; :mod:`.docx_reader` only walks
the XML of three parts with plain lxml calls. :func:`open_parts` opens the package itself (a zip:
``[Content_Types].xml``, the relationships, the parts), parsing the XML as python-docx does (the
same lxml parser settings), and accepts a file only when python-docx would open it to the same
parts: every part reachable by a relationship present and typed, every part python-docx parses
well-formed, one main document of the Word type with a ``w:body``, one styles part, at most one
numbering part. Anything else gives ``None``, and the reader opens the file with python-docx as
before, with its errors.
"""

from __future__ import annotations

import codecs
import io
import posixpath
import zipfile
from dataclasses import dataclass
from typing import Any

from lxml import etree

_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_OFFICE_DOCUMENT = _RT + "officeDocument"
_STYLES = _RT + "styles"
_NUMBERING = _RT + "numbering"
_IMAGE = _RT + "image"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_DOCUMENT_MAIN = _WML + "document.main+xml"
#: the content types whose parts python-docx parses when it opens a file (its part classes)
_PARSED = frozenset(
    {
        _DOCUMENT_MAIN,
        _WML + "comments+xml",
        _WML + "footer+xml",
        _WML + "header+xml",
        _WML + "numbering+xml",
        _WML + "settings+xml",
        _WML + "styles+xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
    }
)


@dataclass(frozen=True)
class _Rel:
    reltype: str
    target: str  # the part's name ("/word/styles.xml"), or the reference of an external target
    external: bool


@dataclass(frozen=True)
class DocxParts:
    """The ``w:body`` of the main document, the root of its styles part and of its numbering part
    (``None`` when it has none)."""

    body: Any
    styles: Any
    numbering: Any


#: zipfile decodes the names of members written without its UTF-8 flag (Word's) with cp437: the codec is
#: found here, at import, as lxml is imported (about 0.03 s of CPU), not inside the first ``.docx``'s reading
_MEMBER_NAMES = codecs.lookup("cp437")


def _parser() -> Any:
    return etree.XMLParser(remove_blank_text=True, resolve_entities=False)  # python-docx's settings


def _rels_name(partname: str) -> str:
    """The zip member of ``partname``'s relationships ("/" is the package)."""
    base, name = posixpath.split(partname)
    return posixpath.join(base, "_rels", f"{name}.rels")[1:]


class _Package:
    def __init__(self, data: bytes) -> None:
        self.etree, self.parser = etree, _parser()
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = set(self.zip.namelist())
        types = self.xml("[Content_Types].xml")
        self.overrides = {e.get("PartName", "").lower(): e.get("ContentType") for e in types.iter(f"{{{_CT}}}Override")}
        self.defaults = {e.get("Extension", "").lower(): e.get("ContentType") for e in types.iter(f"{{{_CT}}}Default")}

    def xml(self, member: str) -> Any:
        return self.etree.fromstring(self.zip.read(member), self.parser)

    def content_type(self, partname: str) -> str | None:
        found = self.overrides.get(partname.lower())
        return found if found is not None else self.defaults.get(posixpath.splitext(partname)[1][1:].lower())

    def rels(self, partname: str) -> list[_Rel]:
        member = _rels_name(partname)
        if member not in self.names:
            return []
        base = posixpath.dirname(partname) if partname != "/" else "/"
        out = []
        for e in self.xml(member).iter(f"{{{_PKG_RELS}}}Relationship"):
            mode, ref = e.get("TargetMode", "Internal"), e.get("Target")
            if ref is None or e.get("Type") is None or e.get("Id") is None or mode not in ("Internal", "External"):
                raise ValueError("a relationship python-docx would refuse")
            external = mode == "External"
            out.append(_Rel(e.get("Type"), ref if external else posixpath.abspath(posixpath.join(base, ref)), external))
        return out


def _one(rels: list[_Rel], reltype: str) -> _Rel | None:
    """The one relationship of ``reltype``; ``None`` when there is none; ValueError where python-docx
    would refuse (several, or an external one)."""
    found = [r for r in rels if r.reltype == reltype]
    if len(found) > 1 or (found and found[0].external):
        raise ValueError(f"python-docx refuses these {reltype} relationships")
    return found[0] if found else None


def _walk(pkg: _Package, rels: list[_Rel], parts: dict[str, tuple[list[_Rel], Any]]) -> bool:
    """Load into ``parts`` ({part name: (its relationships, its parsed XML or None)}) every part
    python-docx loads from ``rels``, in its order (depth first: a part is typed by the first
    relationship that reaches it); ``False`` where python-docx would refuse the file."""
    for rel in rels:
        if rel.external or rel.target in parts:
            continue
        member, kind = rel.target[1:], pkg.content_type(rel.target)
        if member not in pkg.names or kind is None:
            return False  # python-docx: a missing part, or one without a content type
        own = pkg.rels(rel.target)
        parsed = kind in _PARSED and rel.reltype != _IMAGE  # python-docx reads an image's part as bytes
        parts[rel.target] = (own, pkg.xml(member) if parsed else None)
        if not _walk(pkg, own, parts):
            return False
    return True


def open_parts(data: bytes) -> DocxParts | None:
    """The body, styles and numbering of the Word file ``data``; ``None`` when the file is not one
    this reader opens on its own (then python-docx opens it, and says what is wrong)."""
    try:
        pkg = _Package(data)
        top = pkg.rels("/")
        parts: dict[str, tuple[list[_Rel], Any]] = {}
        if not _walk(pkg, top, parts):
            return None
        main = _one(top, _OFFICE_DOCUMENT)
        if main is None or pkg.content_type(main.target) != _DOCUMENT_MAIN:
            return None
        rels, root = parts[main.target]
        styles, numbering = _one(rels, _STYLES), _one(rels, _NUMBERING)
        if styles is None or root.tag != f"{_W}document":
            return None
        body = root.find(f"{_W}body")
        if body is None:
            return None
        if pkg.content_type(styles.target) != _WML + "styles+xml" or (
            numbering and pkg.content_type(numbering.target) != _WML + "numbering+xml"
        ):
            return None  # python-docx gives such a part another class
        styles_root = parts[styles.target][1]
        numbering_root = parts[numbering.target][1] if numbering else None
        if styles_root is None or (numbering and numbering_root is None):
            return None  # reached first as an image: python-docx holds its bytes only
        return DocxParts(body, styles_root, numbering_root)
    except Exception:  # noqa: BLE001 - whatever goes wrong here, python-docx reads the file and reports it
        return None
