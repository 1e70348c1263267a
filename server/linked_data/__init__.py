"""Linked data: every minted IRI answers, for people and for machines.

One module per concern:

- :mod:`.links`     where the app serves an IRI (``local_href``), CURIEs, prefixes
- :mod:`.negotiate` the representations offered, suffixes, content negotiation and the answer
  (``Content-Location``, ``Link``, ``Vary``)
- :mod:`.describe`  what the store says about one resource (a concise bounded description with
  incoming links, labels and the source paragraphs); the ontology and shapes graphs
- :mod:`.html`      the HTML views: resource page, neighbourhood picture, ontology documentation
- :mod:`.void`      VoID + DCAT description of the dataset, and the dumps
- :mod:`.routes`    the blueprint: ``/id/...``, ``/graph/...``, ``/def``, ``/context.jsonld``,
  ``/.well-known/void``, ``/dump/...``

See docs/linked-data.md for the URL scheme and why a resource IRI answers 200, not 303.
"""
