"""Provenance in a report of another style than the sample: the ``provenance`` query leads from
a country a delegate spoke for, and from a document, to the paragraph that mentions it."""

from __future__ import annotations

from extract_support import fixture_store, query_rows


def test_provenance_of_a_country_and_a_document() -> None:
    rows = query_rows(fixture_store("cwg-wsis-sdg-41"), "provenance")
    brazil = [r for r in rows if r["entity"].endswith("/id/country/BRA")]
    assert brazil and brazil[0]["section"] == "3.2" and "The delegate of Brazil" in brazil[0]["text"]
    doc = [r for r in rows if r["entity"].endswith("/id/document/cwg-wsis-sdg-41-7")]
    assert doc and doc[0]["text"].startswith("Dr Yuki Morimoto")
