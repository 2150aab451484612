//! The parts docx-rs builds, finished and packed. docx-rs 0.4.22 (pinned
//! exactly) cannot write everything a brief needs, so after `Docx::build()`
//! the parts it returns (`XMLDocx`, plain bytes) are patched here, each
//! patch a string edit at a spot of docx-rs's output that is checked to be
//! there (an export fails rather than ship a part left unpatched):
//!
//! - `word/styles.xml`: `w:default="1"` on `Normal` (readers take it for
//!   the default paragraph style only so); `w:lang` — the document's
//!   languages in the defaults (Latin text in the export's language, East
//!   Asian text `ja-JP`), `ja-JP` in the `Japanese` character style and
//!   `en-GB` in `RecordText` (the record's English in another language);
//! - `word/fontTable.xml`: the faces the document uses, with the family and
//!   character set Word substitutes by where they are missing;
//! - `docProps/core.xml`: title, subject, author, keywords, language and
//!   dates (docx-rs has no setters and writes "unknown" as the author);
//!   `docProps/app.xml`: the application;
//! - `word/footnotes.xml`: the separator notes, each note's own number
//!   (`w:footnoteRef`, written as a placeholder run), and
//!   `word/_rels/footnotes.xml.rels` for the links inside notes;
//! - `word/_rels/document.xml.rels`: relationships sorted (docx-rs gathers
//!   link targets in a hash map, whose order changes from run to run);
//! - headers of a draft: the DRAFT watermark (VML WordArt, as Word writes
//!   it and LibreOffice reads it) in place of a placeholder run.
//!
//! The parts are then zipped in docx-rs's order, deflated, with fixed
//! timestamps: the same brief and options give the same bytes.

use std::io::{Cursor, Write};

use chrono::NaiveDate;
use docx_rs::XMLDocx;
use zip::write::SimpleFileOptions;

use super::styles::{JAPANESE, JAPANESE_FONT, LATIN_FONT, RECORD};
use super::text::escape;
use super::{DocxError, DRAFT_MARK, FOOTNOTE_MARK};

/// What the document properties say.
pub struct Meta {
    pub title: String,
    pub subject: String,
    pub author: String,
    pub keywords: Vec<String>,
    /// The export's locale: `en-GB`, `it-IT`, `ja-JP`.
    pub language: &'static str,
    pub date: NaiveDate,
    /// The DRAFT watermark's word, when there is one.
    pub watermark: Option<String>,
}

/// `part` with `new` in place of the first `old` after `after` (the start
/// when `None`); an error naming the patch when either is not there.
fn patch(
    part: &mut Vec<u8>,
    what: &str,
    after: Option<&str>,
    old: &str,
    new: &str,
) -> Result<(), DocxError> {
    let text = std::str::from_utf8(part).map_err(|_| DocxError::Patch(what.to_owned()))?;
    let from = match after {
        Some(a) => text.find(a).map(|k| k + a.len()),
        None => Some(0),
    };
    let at = from.and_then(|f| text[f..].find(old).map(|k| f + k));
    let Some(at) = at else {
        return Err(DocxError::Patch(what.to_owned()));
    };
    let mut out = String::with_capacity(text.len() + new.len());
    out.push_str(&text[..at]);
    out.push_str(new);
    out.push_str(&text[at + old.len()..]);
    *part = out.into_bytes();
    Ok(())
}

/// Every `old` in `part` replaced by `new`; how many.
fn replace_all(part: &mut Vec<u8>, old: &str, new: &str) -> usize {
    let text = String::from_utf8_lossy(part);
    let n = text.matches(old).count();
    if n > 0 {
        *part = text.replace(old, new).into_bytes();
    }
    n
}

const XML_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

fn styles(part: &mut Vec<u8>, latin_lang: &str) -> Result<(), DocxError> {
    patch(
        part,
        "the default paragraph style",
        None,
        r#"<w:style w:type="paragraph" w:styleId="Normal">"#,
        r#"<w:style w:type="paragraph" w:styleId="Normal" w:default="1">"#,
    )?;
    patch(
        part,
        "the document's languages",
        Some("<w:rPrDefault>"),
        "</w:rPr>",
        &format!(r#"<w:lang w:val="{latin_lang}" w:eastAsia="ja-JP" w:bidi="ar-SA" /></w:rPr>"#),
    )?;
    patch(
        part,
        "the language of Japanese runs",
        Some(&format!(r#"w:styleId="{JAPANESE}">"#)),
        "</w:rPr>",
        r#"<w:lang w:val="ja-JP" w:eastAsia="ja-JP" /></w:rPr>"#,
    )?;
    patch(
        part,
        "the language of the record's text",
        Some(&format!(r#"w:styleId="{RECORD}">"#)),
        "</w:rPr>",
        r#"<w:lang w:val="en-GB" /></w:rPr>"#,
    )
}

fn font_table() -> Vec<u8> {
    format!(
        "{XML_HEAD}<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
         <w:font w:name=\"{LATIN_FONT}\"><w:charset w:val=\"00\" /><w:family w:val=\"swiss\" /><w:pitch w:val=\"variable\" /></w:font>\
         <w:font w:name=\"{JAPANESE_FONT}\"><w:altName w:val=\"Yu Gothic\" /><w:charset w:val=\"80\" /><w:family w:val=\"swiss\" /><w:pitch w:val=\"variable\" /></w:font>\
         </w:fonts>"
    )
    .into_bytes()
}

fn core(meta: &Meta) -> Vec<u8> {
    let when = format!("{}T00:00:00Z", meta.date.format("%Y-%m-%d"));
    let mut x = format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:subject>{}</dc:subject>",
        escape(&meta.title),
        escape(&meta.subject)
    );
    if !meta.author.trim().is_empty() {
        let a = escape(meta.author.trim());
        x.push_str(&format!(
            "<dc:creator>{a}</dc:creator><cp:lastModifiedBy>{a}</cp:lastModifiedBy>"
        ));
    }
    x.push_str(&format!(
        "<cp:keywords>{}</cp:keywords><dc:language>{}</dc:language><cp:revision>1</cp:revision>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>",
        escape(&meta.keywords.join("; ")),
        meta.language
    ));
    x.into_bytes()
}

fn app() -> Vec<u8> {
    format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>Briefdesk {}</Application></Properties>",
        env!("CARGO_PKG_VERSION")
    )
    .into_bytes()
}

const SEPARATORS: &str = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\" /></w:pPr><w:r><w:separator /></w:r></w:p></w:footnote>\
    <w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\" /></w:pPr><w:r><w:continuationSeparator /></w:r></w:p></w:footnote>";

fn footnotes(part: &mut Vec<u8>, notes: usize) -> Result<(), DocxError> {
    let mark = format!(r#"<w:t xml:space="preserve">{FOOTNOTE_MARK}</w:t>"#);
    if replace_all(part, &mark, "<w:footnoteRef />") != notes {
        return Err(DocxError::Patch("the footnotes' own numbers".into()));
    }
    // The separators come first, right after the root's opening tag.
    let text = String::from_utf8_lossy(part).into_owned();
    let root = text
        .find("<w:footnotes ")
        .and_then(|k| text[k..].find('>').map(|e| k + e + 1))
        .ok_or_else(|| DocxError::Patch("the footnote separators".into()))?;
    *part = format!("{}{SEPARATORS}{}", &text[..root], &text[root..]).into_bytes();
    Ok(())
}

fn relationships(targets: &[(String, String)]) -> Vec<u8> {
    let mut x = format!(
        "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, url) in targets {
        x.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{}\" TargetMode=\"External\" />",
            escape(url)
        ));
    }
    x.push_str("</Relationships>");
    x.into_bytes()
}

/// The relationships of `part` in order of their ids (numbers within ids
/// by value), so the part is the same from run to run.
fn sort_relationships(part: &mut Vec<u8>) -> Result<(), DocxError> {
    let text = String::from_utf8_lossy(part).into_owned();
    let open = text
        .find("<Relationships ")
        .and_then(|k| text[k..].find('>').map(|e| k + e + 1))
        .ok_or_else(|| DocxError::Patch("the document's relationships".into()))?;
    let close = text
        .rfind("</Relationships>")
        .ok_or_else(|| DocxError::Patch("the document's relationships".into()))?;
    let mut rels: Vec<&str> = text[open..close]
        .split("<Relationship ")
        .filter(|r| !r.trim().is_empty())
        .collect();
    let key = |r: &str| {
        let id = r
            .split("Id=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or("")
            .to_owned();
        let digits = id.trim_start_matches(|c: char| !c.is_ascii_digit());
        let number: u64 = digits.parse().unwrap_or(0);
        (id[..id.len() - digits.len()].to_owned(), number, id)
    };
    rels.sort_by_key(|r| key(r));
    let body: String = rels.iter().map(|r| format!("<Relationship {r}")).collect();
    *part = format!("{}{body}{}", &text[..open], &text[close..]).into_bytes();
    Ok(())
}

/// Word's DRAFT watermark: WordArt behind the text, centred, at 45°.
fn watermark(word: &str) -> String {
    format!(
        "<w:pict><v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\" path=\"m@7,l@8,m@5,21600l@6,21600e\">\
         <v:formulas><v:f eqn=\"sum #0 0 10800\" /><v:f eqn=\"prod #0 2 1\" /><v:f eqn=\"sum 21600 0 @1\" /><v:f eqn=\"sum 0 0 @2\" /><v:f eqn=\"sum 21600 0 @3\" /><v:f eqn=\"if @0 @3 0\" /><v:f eqn=\"if @0 21600 @1\" /><v:f eqn=\"if @0 0 @2\" /><v:f eqn=\"if @0 @4 21600\" /><v:f eqn=\"mid @5 @6\" /><v:f eqn=\"mid @8 @5\" /><v:f eqn=\"mid @7 @8\" /><v:f eqn=\"mid @6 @7\" /><v:f eqn=\"sum @6 0 @5\" /></v:formulas>\
         <v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\" />\
         <v:textpath on=\"t\" fitshape=\"t\" /><v:handles><v:h position=\"#0,bottomRight\" xrange=\"6629,14971\" /></v:handles><o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\" /></v:shapetype>\
         <v:shape id=\"PowerPlusWaterMarkObject1\" o:spid=\"_x0000_s1025\" type=\"#_x0000_t136\" style=\"position:absolute;margin-left:0;margin-top:0;width:415pt;height:140pt;rotation:315;z-index:-251655168;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin\" o:allowincell=\"f\" fillcolor=\"#e6e6eb\" stroked=\"f\">\
         <v:fill opacity=\".5\" /><v:textpath style=\"font-family:&quot;{LATIN_FONT}&quot;;font-size:1pt;font-weight:bold\" string=\"{}\" /></v:shape></w:pict>",
        escape(word)
    )
}

/// Finish the parts of `x` and zip them.
pub fn pack(
    mut x: XMLDocx,
    meta: &Meta,
    notes: usize,
    note_links: &[(String, String)],
) -> Result<Vec<u8>, DocxError> {
    let latin = if meta.language == "it-IT" {
        "it-IT"
    } else {
        "en-GB"
    };
    styles(&mut x.styles, latin)?;
    x.font_table = font_table();
    x.doc_props.core = core(meta);
    x.doc_props.app = app();
    sort_relationships(&mut x.document_rels)?;
    if notes > 0 {
        footnotes(&mut x.footnotes, notes)?;
    }
    let mark = format!(r#"<w:t xml:space="preserve">{DRAFT_MARK}</w:t>"#);
    for h in &mut x.headers {
        let n = replace_all(
            h,
            &mark,
            &meta.watermark.as_deref().map(watermark).unwrap_or_default(),
        );
        if meta.watermark.is_some() && n != 1 {
            return Err(DocxError::Patch("the DRAFT watermark".into()));
        }
    }
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let mut file = |name: &str, bytes: &[u8]| -> Result<(), DocxError> {
        zip.start_file(name, options)?;
        zip.write_all(bytes)?;
        Ok(())
    };
    // The order of docx-rs's own packer (zipper::zip), parts it writes
    // always included.
    file("[Content_Types].xml", &x.content_type)?;
    file("_rels/.rels", &x.rels)?;
    file("docProps/app.xml", &x.doc_props.app)?;
    file("docProps/core.xml", &x.doc_props.core)?;
    file("docProps/custom.xml", &x.doc_props.custom)?;
    file("word/_rels/document.xml.rels", &x.document_rels)?;
    file("word/document.xml", &x.document)?;
    file("word/styles.xml", &x.styles)?;
    file("word/settings.xml", &x.settings)?;
    file("word/fontTable.xml", &x.font_table)?;
    file("word/comments.xml", &x.comments)?;
    file("word/numbering.xml", &x.numberings)?;
    file("word/commentsExtended.xml", &x.comments_extended)?;
    file("word/footnotes.xml", &x.footnotes)?;
    if !note_links.is_empty() {
        file("word/_rels/footnotes.xml.rels", &relationships(note_links))?;
    }
    for (i, h) in x.headers.iter().enumerate() {
        file(&format!("word/header{}.xml", i + 1), h)?;
        if let Some(r) = x.header_rels.get(i) {
            file(&format!("word/_rels/header{}.xml.rels", i + 1), r)?;
        }
    }
    for (i, f) in x.footers.iter().enumerate() {
        file(&format!("word/footer{}.xml", i + 1), f)?;
        if let Some(r) = x.footer_rels.get(i) {
            file(&format!("word/_rels/footer{}.xml.rels", i + 1), r)?;
        }
    }
    if !x.media.is_empty() || x.taskpanes.is_some() || !x.custom_items.is_empty() {
        return Err(DocxError::Patch("parts a brief never has".into()));
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_patch_not_found_is_an_error_and_relationships_sort_by_number() {
        let mut part = b"<a><b/></a>".to_vec();
        assert!(patch(&mut part, "x", None, "<c/>", "").is_err());
        assert!(patch(&mut part, "x", Some("<b/>"), "<b/>", "").is_err());
        patch(&mut part, "x", Some("<a>"), "<b/>", "<c/>").unwrap();
        assert_eq!(part, b"<a><c/></a>");
        let mut rels = br#"<?xml?><Relationships xmlns="x"><Relationship Id="rIdLink10" /><Relationship Id="rId2" /><Relationship Id="rIdLink9" /><Relationship Id="rId1" /></Relationships>"#.to_vec();
        sort_relationships(&mut rels).unwrap();
        assert_eq!(
            String::from_utf8(rels).unwrap(),
            r#"<?xml?><Relationships xmlns="x"><Relationship Id="rId1" /><Relationship Id="rId2" /><Relationship Id="rIdLink9" /><Relationship Id="rIdLink10" /></Relationships>"#
        );
    }
}
