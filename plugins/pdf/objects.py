"""A page's objects as pdfplumber makes them, its characters made quicker.

pdfplumber's ``Page.objects`` turns every object pdfminer lays out into a
dict (``Page.process_object``): for each attribute of the object it checks
the attribute's name against a set and resolves the value through a
recursive function, and it names the object's kind with a regular
expression over its class name.  On a page of text nearly every object is
a character, and that generic path costs about as much as pdfminer's own
reading of the page.  :func:`page_objects` makes the same dicts (the same
keys in the same order, equal values) with the generic path kept for
everything but plain characters, whose values are numbers, strings and
tuples of them that resolving leaves as they are; the loader hands them to
the page before anything reads it, so pdfplumber's words, tables and crops
are built from them as from its own.
"""

from __future__ import annotations

from typing import Any
from unicodedata import normalize as normalize_unicode

_PLAIN = (float, int, str, bool, type(None))

#: pdfplumber releases whose ``Page.process_object`` these dicts were checked against (tests/test_pdf_objects.py);
#: under any other release the loader leaves the page to pdfplumber's own parsing, slower but never different
CHECKED_PDFPLUMBER = frozenset({"0.11.11"})


def made_here() -> bool:
    """Whether the installed pdfplumber is one :func:`page_objects` was checked against."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pdfplumber") in CHECKED_PDFPLUMBER
    except PackageNotFoundError:
        return False


def _decoder() -> Any:
    from pdfplumber.utils.pdfinternals import resolve_and_decode

    kept: dict[str, Any] = {}

    def decode(name: Any) -> Any:
        """``resolve_and_decode`` of a colour space's name, kept per name (a
        page names a few colour spaces, each for thousands of characters)."""
        if type(name) is not str:
            return resolve_and_decode(name)
        got = kept.get(name)
        if got is None:
            got = kept[name] = resolve_and_decode(name)
        return got

    return decode


def page_objects(page: Any) -> dict[str, list[dict[str, Any]]]:
    """What pdfplumber's ``page.parse_objects()`` returns, for an uncropped
    page; characters without pdfplumber's per-attribute resolving when all
    their values are plain (any other value, and every other object, goes
    through ``page.process_object``)."""
    from pdfminer.layout import LTChar, LTContainer
    from pdfplumber.page import ALL_ATTRS
    from pdfplumber.utils.pdfinternals import resolve_all

    keep = ALL_ATTRS
    plain = _PLAIN
    decode = _decoder()
    norm = page.pdf.unicode_norm
    laparams = page.pdf.laparams
    page_number = page.page_number
    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    doctop = page.initial_doctop
    process = page.process_object

    def char(obj: Any) -> dict[str, Any]:
        attr = {}
        for k, v in obj.__dict__.items():
            if k in keep:
                t = type(v)
                if t in plain:
                    attr[k] = v
                elif t is tuple and all(type(x) in plain for x in v):
                    attr[k] = v  # resolving makes an equal tuple
                else:
                    attr[k] = resolve_all(v)
        attr["object_type"] = "char"
        attr["page_number"] = page_number
        if hasattr(obj, "ncs"):
            attr["ncs"] = decode(obj.ncs.name)
        if hasattr(obj, "scs"):
            attr["scs"] = decode(obj.scs.name)
        text = obj.get_text()
        attr["text"] = normalize_unicode(norm, text) if norm is not None else text
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):  # rare: a name pdfplumber decodes on its own path
            return process(obj)
        if "y0" in attr:
            top = (height - attr["y1"]) + mb_top
            attr["top"] = top
            attr["bottom"] = (height - attr["y0"]) + mb_top
            attr["doctop"] = doctop + top
        if "x0" in attr and mb_x0 != 0:
            attr["x0"] = attr["x0"] + mb_x0
            attr["x1"] = attr["x1"] + mb_x0
        return attr

    objects: dict[str, list[dict[str, Any]]] = {}

    def walk(items: list[Any]) -> None:
        for obj in items:
            if isinstance(obj, LTContainer):
                if laparams is not None:
                    add(process(obj))
                walk(obj._objs)
            elif type(obj) is LTChar:
                add(char(obj))
            else:
                add(process(obj))

    def add(attr: dict[str, Any]) -> None:
        kind = attr["object_type"]
        if kind == "anno":
            return
        got = objects.get(kind)
        if got is None:
            got = objects[kind] = []
        got.append(attr)

    walk(page.layout._objs)
    return objects
