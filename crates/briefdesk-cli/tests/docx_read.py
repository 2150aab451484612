"""A DOCX as python-docx reads it, as JSON on stdout, for tests/docx.rs.

Usage: python docx_read.py FILE.docx

What Word users rely on, read back by a reader of its own: paragraphs with
their style, outline level (from the style) and list numbering; runs of
Japanese with their style, East Asian font and language; hyperlinks with
their targets; the footnotes (their part, its links); the fields; the core
properties and the default paragraph style.
"""

import json
import sys

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

assert docx.__version__ == "1.2.0", docx.__version__

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def outline_level(style):
    for s in style_chain(style):
        ppr = s.element.pPr
        if ppr is not None:
            lvl = ppr.find(qn("w:outlineLvl"))
            if lvl is not None:
                return int(lvl.get(qn("w:val")))
    return None


def rpr_of(style):
    """East Asian font, hint and languages a character style sets."""
    rpr = style.element.rPr
    out = {}
    if rpr is None:
        return out
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        out["east_asia"] = fonts.get(qn("w:eastAsia"))
        out["hint"] = fonts.get(qn("w:hint"))
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        out["lang"] = lang.get(qn("w:val"))
        out["lang_east_asia"] = lang.get(qn("w:eastAsia"))
    return out


def text_of(el):
    return "".join(t.text or "" for t in el.iter(qn("w:t")))


def main(path):
    d = docx.Document(path)
    paragraphs = []
    japanese_runs = []
    hyperlinks = []
    for p in d.paragraphs:
        ppr = p._p.pPr
        num = None
        if ppr is not None and ppr.numPr is not None:
            num = int(ppr.numPr.numId.val)
        paragraphs.append(
            {
                "style": p.style.name if p.style is not None else None,
                "level": outline_level(p.style) if p.style is not None else None,
                "num": num,
                "text": p.text,
            }
        )
        for h in p.hyperlinks:
            hyperlinks.append({"text": h.text, "url": h.address, "fragment": h.fragment})
        for r in p.runs:
            if any("\u3040" <= c <= "\u9fff" for c in r.text):
                s = r.style
                japanese_runs.append(
                    {"text": r.text, "style": s.name if s is not None else None, **(rpr_of(s) if s is not None else {})}
                )
    body = d.element.body
    fields = [t.text.strip() for t in body.iter(qn("w:instrText"))]
    for section in d.sections:
        for part in (section.header, section.footer):
            fields += [t.text.strip() for t in part._element.iter(qn("w:instrText"))]
    # python-docx has no footnotes API: the part, through the package.
    footnotes = []
    note_links = []
    for part in d.part.package.parts:
        if part.partname == "/word/footnotes.xml":
            from lxml import etree

            root = etree.fromstring(part.blob)
            rels = {r.rId: r.target_ref for r in part.rels.values()}
            for fn in root.iter(qn("w:footnote")):
                if fn.get(qn("w:type")) in ("separator", "continuationSeparator"):
                    continue
                footnotes.append(
                    {
                        "id": int(fn.get(qn("w:id"))),
                        "text": text_of(fn),
                        "has_own_number": fn.find(".//" + qn("w:footnoteRef")) is not None,
                    }
                )
                for h in fn.iter(qn("w:hyperlink")):
                    note_links.append({"text": text_of(h), "url": rels.get(h.get(qn("r:id")))})
    refs = [int(e.get(qn("w:id"))) for e in body.iter(qn("w:footnoteReference"))]
    cp = d.core_properties
    defaults = d.styles.element.find(qn("w:docDefaults"))
    default_lang = defaults.find(".//" + qn("w:lang"))
    default_fonts = defaults.find(".//" + qn("w:rFonts"))
    out = {
        "paragraphs": paragraphs,
        "hyperlinks": hyperlinks,
        "japanese_runs": japanese_runs,
        "fields": fields,
        "footnotes": footnotes,
        "footnote_links": note_links,
        "footnote_refs": refs,
        "core": {
            "title": cp.title,
            "author": cp.author,
            "subject": cp.subject,
            "keywords": cp.keywords,
            "language": cp.language,
            "created": cp.created.isoformat() if cp.created else None,
            "last_modified_by": cp.last_modified_by,
        },
        "default_paragraph_style": d.styles.default(WD_STYLE_TYPE.PARAGRAPH).name,
        "default_lang": {
            "val": default_lang.get(qn("w:val")),
            "east_asia": default_lang.get(qn("w:eastAsia")),
        },
        "default_east_asia_font": default_fonts.get(qn("w:eastAsia")),
        "sections": [
            {
                "different_first_page": s.different_first_page_header_footer,
                "header": [p.text for p in s.header.paragraphs],
                "footer": [p.text for p in s.footer.paragraphs],
            }
            for s in d.sections
        ],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
