"""A Word heading split at its line breaks (``parse._heading_breaks``) in a document with no title: the
title is looked for among the split blocks, each with its own text."""

from __future__ import annotations

from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import DOCX
from wsiskg.ingest.records import Block, RawDocument


def test_a_split_heading_in_a_document_without_a_title_is_parsed() -> None:
    raw = RawDocument(
        "x.docx",
        DOCX,
        (
            Block("Contribution from the Republic of Palau"),
            Block(
                "Proposals\nPalau and Tonga jointly:\n1. invite ITU to hold a workshop on island cables;",
                style="heading",
            ),
            Block("We thank the host for the arrangements made for the meeting."),
        ),
    )
    report = parse(raw)
    assert any(p.text.startswith("1. invite ITU") or p.text.startswith("invite ITU") for p in report.paragraphs)
