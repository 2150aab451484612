//! DOCX export of a brief, for colleagues who edit in Word or LibreOffice:
//! the same `BriefView` as the PDF and the Markdown, as a real document —
//! built-in heading styles with outline levels (the navigation pane and
//! the TOC field work), a numbered list of talking points, sources as
//! footnotes with working links, header and footer with fields, Japanese
//! runs in the East Asian font and language, document properties.
//!
//! `BriefView` ──[`content`]──► paragraphs, footnotes, header, footer
//! ──docx-rs──► parts ──[`package`]──► patched parts, zipped bytes
//!
//! [`styles`] holds every style and list definition, [`text`] turns text
//! into runs. The same view with the same options gives the same bytes.

mod content;
mod package;
mod styles;
mod text;

use chrono::NaiveDate;
use docx_rs::{Docx, Paragraph, ParagraphChild, RunChild};

use crate::brief::view::BriefView;
use crate::i18n::{msg, tr, Arg};

/// How to export.
#[derive(Debug, Clone)]
pub struct DocxOptions {
    /// The export date: footer, properties and (when the brief has none) cover.
    pub date: NaiveDate,
    /// DRAFT on the cover and as a watermark on every page.
    pub draft: bool,
    /// The export was asked to include the user's notes (where the brief
    /// says so); false: the cover says the notes are left out.
    pub annotations: bool,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// docx-rs wrote a part differently from what a patch expects (a test
    /// catches this when docx-rs is upgraded).
    #[error("the DOCX could not be finished: {0} was not where docx-rs 0.4.22 puts it")]
    Patch(String),
    #[error("the DOCX could not be packed: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("the DOCX could not be packed: {0}")]
    Io(#[from] std::io::Error),
}

/// Placeholder text of a footnote's own number (`w:footnoteRef`).
const FOOTNOTE_MARK: char = '\u{E000}';
/// Placeholder text of the DRAFT watermark in the headers.
const DRAFT_MARK: char = '\u{E001}';

/// Every paragraph id set from a count, footnotes' included: docx-rs
/// numbers them from a per-thread counter, which a long-running app
/// carries from one export to the next.
fn number_paragraphs(body: &mut [Paragraph], next: &mut u32) {
    for p in body {
        *next += 1;
        p.id = format!("{:08X}", *next);
        for c in &mut p.children {
            let ParagraphChild::Run(r) = c else { continue };
            for rc in &mut r.children {
                if let RunChild::FootnoteReference(f) = rc {
                    number_paragraphs(&mut f.content, next);
                }
            }
        }
    }
}

/// The brief as DOCX bytes.
pub fn render_docx(view: &BriefView, opts: &DocxOptions) -> Result<Vec<u8>, DocxError> {
    let lang = view.lang;
    let mut w = content::Writer::new(view, lang);
    w.cover(opts);
    w.contents(opts.draft);
    w.body();
    let mut next_id = 0;
    number_paragraphs(&mut w.body, &mut next_id);
    let mut header = w.header(opts.draft);
    let mut first_header = w.first_header(opts.draft);
    let mut footer = w.footer(opts.date);
    for part in [&mut header.children, &mut first_header.children] {
        for c in part {
            if let docx_rs::HeaderChild::Paragraph(p) = c {
                number_paragraphs(std::slice::from_mut(p), &mut next_id);
            }
        }
    }
    for c in &mut footer.children {
        if let docx_rs::FooterChild::Paragraph(p) = c {
            number_paragraphs(std::slice::from_mut(p), &mut next_id);
        }
    }
    let mut docx = styles::add(Docx::new());
    for n in w.numberings() {
        docx = docx.add_numbering(n);
    }
    let notes = w
        .body
        .iter()
        .flat_map(|p| &p.children)
        .filter_map(|c| match c {
            ParagraphChild::Run(r) => Some(r),
            _ => None,
        })
        .flat_map(|r| &r.children)
        .filter(|rc| matches!(rc, RunChild::FootnoteReference(_)))
        .count();
    for p in std::mem::take(&mut w.body) {
        docx = docx.add_paragraph(p);
    }
    let mut first_footer = docx_rs::Footer::new();
    let mut empty = Paragraph::new();
    next_id += 1;
    empty.id = format!("{next_id:08X}");
    first_footer = first_footer.add_paragraph(empty);
    docx = docx
        .header(header)
        .first_header(first_header)
        .footer(footer)
        .first_footer(first_footer)
        .title_pg();
    let subject = match &view.meeting {
        Some(m) => tr(lang, "export-subject-meeting", &[("meeting", Arg::Str(m))]),
        None => msg(lang, "export-subject"),
    };
    let mut keywords = vec![msg(lang, "docx-keyword")];
    for s in view.printed_sections() {
        if s.kind == crate::brief::SectionKind::Sector && !keywords.contains(&s.heading) {
            keywords.push(s.heading.clone());
        }
    }
    let meta = package::Meta {
        title: view.title.clone(),
        subject,
        author: view.author.clone(),
        keywords,
        language: lang.locale(),
        date: opts.date,
        watermark: opts.draft.then(|| msg(lang, "export-watermark")),
    };
    package::pack(docx.build(), &meta, notes, &w.note_links.targets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::{council_preparation, view::resolve, Item};
    use crate::i18n::Lang;
    use crate::query::Annotations;
    use crate::store::AnnotationFields;
    use crate::Dataset;

    fn view(lang: Lang) -> BriefView {
        let ds = Dataset::embedded().unwrap();
        let mut doc = council_preparation(&ds, lang);
        doc.title = "T & <b>“quoted”</b>".into();
        doc.marking = "Limited".into();
        let semis = doc.section_index(&ds, "semiconductors").unwrap();
        doc.sections[semis].items.push(Item {
            commitment: "C2-08".into(),
            include_annotation: true,
        });
        doc.sections[semis].talking_points = vec!["One\u{1}\ttwo".into(), "**Three**".into()];
        let mut notes = Annotations::default();
        notes.insert(
            "C2-08".into(),
            AnnotationFields {
                note: "See https://example.eu/a?b=1&c=2 — 西村康稔.".into(),
                ..Default::default()
            },
        );
        resolve(&ds, &doc, &notes, lang)
    }

    fn opts(draft: bool) -> DocxOptions {
        DocxOptions {
            date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            draft,
            annotations: true,
        }
    }

    /// A reader of the parts of the view's export.
    fn part(v: &BriefView) -> impl FnMut(&str) -> String {
        let bytes = render_docx(v, &opts(false)).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        move |name: &str| {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
            s
        }
    }

    #[test]
    fn the_document_follows_the_views_language() {
        let mut read = part(&view(Lang::Ja));
        let doc = read("word/document.xml");
        for s in ["目次", "発言要領", "ブリーフィング資料", "2026年11月25日"] {
            assert!(doc.contains(s), "{s}");
        }
        // "X / Y ページ": the numbers are fields where the language puts them.
        let footer = read("word/footer1.xml");
        let page = footer.find(">PAGE<").unwrap();
        let of = footer.find(" / ").unwrap();
        let total = footer.find(">NUMPAGES<").unwrap();
        let label = footer.find("ページ").unwrap();
        assert!(page < of && of < total && total < label, "{footer}");
        let core = read("docProps/core.xml");
        assert!(core.contains("<dc:language>ja-JP</dc:language>"), "{core}");
        assert!(
            core.contains("<cp:keywords>日EUデジタルパートナーシップ"),
            "{core}"
        );
        // The record's English in an Italian export is marked English.
        let mut read = part(&view(Lang::It));
        let styles = read("word/styles.xml");
        assert!(
            styles.contains("w:val=\"it-IT\" w:eastAsia=\"ja-JP\""),
            "{styles}"
        );
        let doc = read("word/document.xml");
        assert!(doc.contains("Indice") && doc.contains("Punti da sottolineare"));
        let record = doc
            .find("Expert team to design chip research programme")
            .unwrap();
        let run = &doc[doc[..record].rfind("<w:r>").unwrap()..record];
        assert!(run.contains("w:val=\"RecordText\""), "{run}");
    }

    #[test]
    fn the_same_view_gives_the_same_bytes_export_after_export_in_one_process() {
        let v = view(Lang::En);
        let first = render_docx(&v, &opts(true)).unwrap();
        // Another export in between moves every counter docx-rs keeps.
        render_docx(&v, &opts(false)).unwrap();
        let again = std::thread::scope(|s| {
            s.spawn(|| render_docx(&v, &opts(true)).unwrap())
                .join()
                .unwrap()
        });
        assert!(
            first == again,
            "the bytes differ from one export to the next"
        );
        assert!(first == render_docx(&v, &opts(true)).unwrap());
    }

    #[test]
    fn user_text_is_escaped_and_characters_xml_cannot_hold_are_dropped() {
        let mut read = part(&view(Lang::En));
        let doc = read("word/document.xml");
        assert!(doc.contains("T &amp; &lt;b&gt;“quoted”&lt;/b&gt;"));
        assert!(
            doc.contains(">One two<"),
            "a control character dropped, a tab a space"
        );
        assert!(!doc.contains('\u{1}'));
        let rels = read("word/_rels/document.xml.rels");
        assert!(
            rels.contains("Target=\"https://example.eu/a?b=1&amp;c=2\""),
            "{rels}"
        );
        let core = read("docProps/core.xml");
        assert!(
            core.contains("<dc:title>T &amp; &lt;b&gt;“quoted”&lt;/b&gt;</dc:title>"),
            "{core}"
        );
    }
}
