"""The text as the symbols' patterns read it (:mod:`.symbols`).

OCR confusions undone where they break a citation, at the same length so that spans stay valid
(:func:`ocr_fixed`: ``l``/``I``/``O`` for ``1``/``0`` inside a symbol or number, a hyphen splitting a
citation word; also read by :mod:`.resolutions`), and Cyrillic/Greek look-alike letters read as Latin
(:func:`_lookalikes`, the one table of ``ingest/data/lookalikes.csv``).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.tables import data_rows


@cache
def _lookalike_table() -> dict[int, str]:
    """Cyrillic/Greek letters read as the Latin ones they look like (``ingest/data/lookalikes.csv``,
    the one table of look-alikes, also used by :func:`wsiskg.ingest.text.normalize`)."""
    return str.maketrans({r["char"]: r["latin"] for r in data_rows("lookalikes.csv") if len(r["char"]) == 1})


def _lookalikes(text: str) -> str:
    return text.translate(_lookalike_table())


#: a token that looks like a document symbol or a number, where OCR confuses digits and letters
_OCR_TOKEN = re.compile(
    r"(?<![\w&/.\-])(?=[\w&/.()\-]*\d)(?=[\w&/.()\-]*[lIO])[A-Z0-9lIO&/.()\-]*[A-Z0-9lIO)](?![\w&/\-])"
)
#: citation words split by an OCR hyphen: ``Resolut-ion``, ``Docu- ment``
_OCR_WORD = re.compile(
    r"\b(?:"
    + "|".join(
        f"[{w[0].upper()}{w[0]}]" + "".join(rf"(?:-\s?)?{ch}" for ch in w[1:]) + "s?"
        for w in ("resolution", "document", "decision")
    )
    + r")\b"
)


#: where an OCR confusion may sit: a digit or a slash next to ``l``, ``I`` or ``O``
_OCR_HINT = re.compile(r"[\d/][lIO]|[lIO][\d/]")


def _ocr_token(m: re.Match[str]) -> str:
    """``C04/l3`` -> ``C04/13``, ``CO4/12`` -> ``C04/12``, ``WSIS/PC-3/DT/l`` -> ``WSIS/PC-3/DT/1``, ``l40``
    -> ``140``: a lower-case ``l`` next to a digit or between marks is a one (not in ``All/11``);
    ``I`` and ``O`` next to a digit are a one and a zero."""
    token = m.group(0)
    if "/" not in token and not re.fullmatch(r"[0-9lIO]{2,}", token):
        return token
    if "/" not in token and sum(ch.isdigit() for ch in token) < 2:
        return token
    out = list(token)
    for i, ch in enumerate(token):
        near = token[i - 1 : i] + token[i + 1 : i + 2]
        digit, letter = any(c.isdigit() for c in near), any(c.isalpha() for c in near)
        if ch == "l" and (digit or not letter) or ch in "IO" and digit and not _in_word(token, i):
            out[i] = "1" if ch in "lI" else "0"
    return "".join(out)


def _in_word(token: str, i: int) -> bool:
    """Is ``token[i]`` inside a run of three letters or more (``INF``, ``COP``, ``ODA``)?"""
    left = re.search(r"[A-Z]*$", token[:i])
    right = re.match(r"[A-Z]*", token[i + 1 :])
    return len(left.group(0) if left else "") + len(right.group(0) if right else "") >= 2


def ocr_fixed(text: str) -> str:
    """``text`` with OCR confusions undone where they break a citation, at the same length (spans
    stay valid): ``l``/``I``/``O`` for ``1``/``0`` inside a symbol or number (``C04/l3``,
    ``Resolution l40``) and a hyphen splitting a citation word (``Resolut-ion 140`` ->
    ``Resolution  140``)."""
    if _OCR_HINT.search(text):
        text = _OCR_TOKEN.sub(_ocr_token, text)
    if "-" not in text:
        return text
    return _OCR_WORD.sub(lambda m: (w := re.sub(r"[-\s]", "", m.group(0))) + " " * (len(m.group(0)) - len(w)), text)
