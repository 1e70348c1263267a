"""Events' labels name bodies by name: a numbered meeting of a body outside the catalogue is labelled while the
events are read with the body's key (``6th meeting of the sgrc``, the key of ``Steering Group on Rural Connectivity
(SGRC)``; the event readers know the catalogue's names only), so once the report's bodies are found the key at the
end of such a label is written as the body's name (``6th meeting of the Steering Group on Rural Connectivity``)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Extraction

#: a label ending with a key: ``4th meeting of the steering-group-on-rural-connectivity``
_KEY_AT_END = re.compile(r"(?<=\bof the )[a-z0-9]+(?:-[a-z0-9]+)*$")


def bodies_named_in_labels(ex: Extraction) -> Extraction:
    """``ex`` with each event label that ends with the key of one of its bodies ending with that body's name."""
    names = {b.key: b.name for b in ex.bodies if b.name}
    events = tuple(replace(e, name=_named(e.name, names)) for e in ex.events)
    return replace(ex, events=events) if events != ex.events else ex


def _named(label: str, names: dict[str, str]) -> str:
    m = _KEY_AT_END.search(label)
    if m is None or m.group(0) not in names:
        return label
    return label[: m.start()] + names[m.group(0)]
