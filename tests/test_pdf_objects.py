"""A page's objects made by ``esep.plugins.pdf.objects.page_objects`` are
pdfplumber's own: the same kinds, the same dicts with their keys in the same
order, on every page of the text PDFs of the corpus (running text, ruled
tables, rotated pages, colour spaces of several kinds)."""

from __future__ import annotations

import pytest

from esep.plugins.pdf.objects import made_here, page_objects

from conftest import CORPUS

pdfplumber = pytest.importorskip("pdfplumber")

PDFS = sorted(p for p in CORPUS.rglob("*.pdf") if "scan" not in p.name and "ocr" not in p.name)


@pytest.mark.skipif(not made_here(), reason="a pdfplumber release the quick objects were not checked against")
@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_same_objects_as_pdfplumber(path):
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            ours = page_objects(page)
            theirs = page.parse_objects()
            assert list(ours) == list(theirs), page.page_number
            for kind, objs in theirs.items():
                assert len(ours[kind]) == len(objs)
                for a, b in zip(ours[kind], objs):
                    assert list(a.items()) == list(b.items()), (page.page_number, kind)


def test_the_loader_reads_the_same_text_with_them(monkeypatch):
    """The loader's document is the same with pdfplumber parsing the objects."""
    from esep.plugins.pdf import loader
    from esep.registry import Config

    path = CORPUS / "000_70fe3c6eccae0b92.pdf"
    ours = loader.load(path, Config(ocr="never"))
    monkeypatch.setattr(loader, "page_objects", lambda page: page.parse_objects())
    theirs = loader.load(path, Config(ocr="never"))
    assert [b.text for b in ours.blocks] == [b.text for b in theirs.blocks]
    assert [t.cells for t in ours.tables] == [t.cells for t in theirs.tables]


def test_another_pdfplumber_parses_its_own_objects(monkeypatch):
    """Under a pdfplumber release the quick objects were not checked against,
    the loader leaves every page to pdfplumber's own parsing."""
    from esep.plugins.pdf import loader
    from esep.registry import Config

    def never(page):
        raise AssertionError("quick objects made under an unchecked release")

    monkeypatch.setattr(loader, "made_here", lambda: False)
    monkeypatch.setattr(loader, "page_objects", never)
    doc = loader.load(CORPUS / "000_70fe3c6eccae0b92.pdf", Config(ocr="never"))
    assert doc.blocks and doc.tables


def test_unreadable_share_counts_each_character():
    """The share of glyph codes, asked once per distinct character, is the
    share counted character by character."""
    from esep.plugins.pdf.loader import unreadable_glyph, unreadable_share

    def plain(chars):
        texts = [c.get("text") or "" for c in chars if not (c.get("text") or " ").isspace()]
        return sum(1 for t in texts if unreadable_glyph(t)) / len(texts) if len(texts) >= 20 else 0.0

    made = [{"text": t} for t in "(cid:12) \ue001 Кітап қоры 2 345 ☎ \ufffd".split(" ") * 7] + [{"text": " "}, {}]
    assert unreadable_share(made) == plain(made) > 0
    with pdfplumber.open(CORPUS / "000_70fe3c6eccae0b92.pdf") as pdf:
        for page in pdf.pages[:3]:
            assert unreadable_share(page.chars) == plain(page.chars)
