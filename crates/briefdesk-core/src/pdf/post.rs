//! Finishing printpdf's document with lopdf where printpdf falls short: PDF
//! 1.7 header, page mode as a name, a nested outline (document → section →
//! commitment), page labels, document language, metadata with an explicit
//! creation date and a properly escaped XMP packet, borderless links, and a
//! document id derived from the content so the same input gives the same
//! bytes.

use std::hash::{Hash, Hasher};
use std::io::Write;

use chrono::NaiveDate;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use super::layout::{Place, PAGE_H};
use super::PdfError;

/// What the finished document says about itself.
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    pub lang: &'static str,
    pub date: NaiveDate,
    /// Pages before the body (cover and contents), labelled i, ii, …
    pub front_pages: usize,
    /// Everything the document was made from, serialized (for its id).
    pub input: String,
}

/// A PDF text string: PDFDocEncoding for plain ASCII, else UTF-16BE with a BOM.
fn text(s: &str) -> Object {
    if s.chars().all(|c| (' '..='~').contains(&c)) {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut b = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            b.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(b, StringFormat::Hexadecimal)
    }
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

fn xmp(m: &Meta) -> String {
    let date = format!("{}T00:00:00Z", m.date.format("%Y-%m-%d"));
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n\
<dc:format>application/pdf</dc:format>\n\
<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n\
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>\n\
<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{subject}</rdf:li></rdf:Alt></dc:description>\n\
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n\
<pdf:Keywords>{keywords}</pdf:Keywords>\n\
<pdf:Producer>Briefdesk</pdf:Producer>\n\
<xmp:CreatorTool>Briefdesk</xmp:CreatorTool>\n\
<xmp:CreateDate>{date}</xmp:CreateDate>\n\
<xmp:ModifyDate>{date}</xmp:ModifyDate>\n\
<xmp:MetadataDate>{date}</xmp:MetadataDate>\n\
</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>",
        title = xml(&m.title),
        author = xml(&m.author),
        subject = xml(&m.subject),
        lang = xml(m.lang),
        keywords = xml(&m.keywords.join("; ")),
    )
}

/// Outline items: (level, title, place); level 1 under the document entry,
/// level 2 under the level 1 before it.
fn outline(
    doc: &mut Document,
    pages: &[ObjectId],
    title: &str,
    entries: &[(u8, String, Place)],
) -> ObjectId {
    let dest = |p: &Place| -> Object {
        Object::Array(vec![
            Object::Reference(pages[p.page.min(pages.len() - 1)]),
            Object::Name(b"XYZ".to_vec()),
            Object::Integer(0),
            Object::Real((PAGE_H - p.y + 12.0).min(PAGE_H)),
            Object::Null,
        ])
    };
    // The tree: the document entry, its children, their children.
    struct Node {
        title: String,
        place: Place,
        children: Vec<Node>,
    }
    let mut top: Vec<Node> = Vec::new();
    for (level, t, place) in entries {
        let node = Node {
            title: t.clone(),
            place: *place,
            children: Vec::new(),
        };
        match (level, top.last_mut()) {
            (2.., Some(parent)) => parent.children.push(node),
            _ => top.push(node),
        }
    }
    let root_id = doc.new_object_id();
    let document = Node {
        title: title.to_owned(),
        place: Place { page: 0, y: 0.0 },
        children: top,
    };
    // Writes `nodes` as siblings under `parent`; returns (first, last, count).
    fn write(
        doc: &mut Document,
        parent: ObjectId,
        nodes: &[Node],
        dest: &dyn Fn(&Place) -> Object,
    ) -> (ObjectId, ObjectId, i64) {
        let ids: Vec<ObjectId> = nodes.iter().map(|_| doc.new_object_id()).collect();
        let mut count = 0;
        for (i, n) in nodes.iter().enumerate() {
            let mut d = Dictionary::new();
            d.set("Title", text(&n.title));
            d.set("Parent", Object::Reference(parent));
            if i > 0 {
                d.set("Prev", Object::Reference(ids[i - 1]));
            }
            if i + 1 < nodes.len() {
                d.set("Next", Object::Reference(ids[i + 1]));
            }
            d.set("Dest", dest(&n.place));
            let mut open = 0;
            if !n.children.is_empty() {
                let (first, last, c) = write(doc, ids[i], &n.children, dest);
                d.set("First", Object::Reference(first));
                d.set("Last", Object::Reference(last));
                // Sections open (their commitments show), commitments closed.
                d.set("Count", Object::Integer(c));
                open = c;
            }
            doc.objects.insert(ids[i], Object::Dictionary(d));
            count += 1 + open;
        }
        (ids[0], ids[ids.len() - 1], count)
    }
    let (first, last, count) = write(doc, root_id, std::slice::from_ref(&document), &dest);
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Outlines".to_vec()));
    root.set("First", Object::Reference(first));
    root.set("Last", Object::Reference(last));
    root.set("Count", Object::Integer(count));
    doc.objects.insert(root_id, Object::Dictionary(root));
    root_id
}

/// Finish `doc` and serialize it.
pub fn finish(
    mut doc: Document,
    meta: &Meta,
    entries: &[(u8, String, Place)],
) -> Result<Vec<u8>, PdfError> {
    let fail = |what: &str| PdfError::Layout(format!("finishing the PDF: {what}"));
    doc.version = "1.7".into();
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if pages.is_empty() {
        return Err(fail("no pages"));
    }
    // Links: no visible border, whatever the viewer's default.
    for obj in doc.objects.values_mut() {
        if let Object::Dictionary(d) = obj {
            if d.get(b"Subtype").ok().and_then(|s| s.as_name().ok()) == Some(b"Link") {
                d.set("Border", Object::Array(vec![0.into(), 0.into(), 0.into()]));
                d.remove(b"C");
            }
        }
    }
    let outline_id = outline(&mut doc, &pages, &meta.title, entries);
    let mut xmp_stream = Stream::new(
        {
            let mut d = Dictionary::new();
            d.set("Type", Object::Name(b"Metadata".to_vec()));
            d.set("Subtype", Object::Name(b"XML".to_vec()));
            d
        },
        xmp(meta).into_bytes(),
    );
    xmp_stream.allows_compression = false;
    let xmp_id = doc.add_object(xmp_stream);
    let root_id = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| fail("no catalog"))?;
    let catalog = doc
        .get_object_mut(root_id)
        .and_then(Object::as_dict_mut)
        .map_err(|_| fail("no catalog"))?;
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    catalog.set("Outlines", Object::Reference(outline_id));
    catalog.set("Lang", text(meta.lang));
    catalog.set("Metadata", Object::Reference(xmp_id));
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    let mut nums = vec![Object::Integer(0), {
        let mut d = Dictionary::new();
        d.set("S", Object::Name(b"r".to_vec()));
        Object::Dictionary(d)
    }];
    if meta.front_pages < pages.len() {
        nums.push(Object::Integer(meta.front_pages as i64));
        let mut d = Dictionary::new();
        d.set("S", Object::Name(b"D".to_vec()));
        nums.push(Object::Dictionary(d));
    }
    let mut labels = Dictionary::new();
    labels.set("Nums", Object::Array(nums));
    catalog.set("PageLabels", Object::Dictionary(labels));
    catalog.remove(b"OutputIntents");
    // The document information, written anew: printpdf's carries a 1970
    // date and an empty PDF/X key that makes readers call any file PDF/X.
    let date = format!("D:{}000000Z", meta.date.format("%Y%m%d"));
    let mut info = Dictionary::new();
    info.set("Title", text(&meta.title));
    if !meta.author.trim().is_empty() {
        info.set("Author", text(&meta.author));
    }
    info.set("Subject", text(&meta.subject));
    info.set("Keywords", text(&meta.keywords.join("; ")));
    info.set("Creator", text("Briefdesk"));
    info.set("Producer", text("Briefdesk (printpdf 0.12.8, lopdf)"));
    info.set("CreationDate", text(&date));
    info.set("ModDate", text(&date));
    info.set("Trapped", Object::Name(b"False".to_vec()));
    if let Ok(old) = doc.trailer.get(b"Info").and_then(Object::as_reference) {
        doc.objects.remove(&old);
    }
    let info_id = doc.add_object(info);
    doc.trailer.set("Info", Object::Reference(info_id));
    doc.trailer.remove(b"ID");
    // Drop anything no longer referenced (printpdf's metadata, bookmarks).
    doc.prune_objects();
    doc.renumber_objects();
    // Flate for every stream but the XMP packet (kept readable, as usual),
    // at zlib's default level: `best` costs twice the time for 1% less.
    for obj in doc.objects.values_mut() {
        if let Object::Stream(stream) = obj {
            if stream.allows_compression && stream.dict.get(b"Filter").is_err() {
                let mut z =
                    flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
                z.write_all(&stream.content)
                    .map_err(|e| fail(&e.to_string()))?;
                let packed = z.finish().map_err(|e| fail(&e.to_string()))?;
                if packed.len() < stream.content.len() {
                    stream
                        .dict
                        .set("Filter", Object::Name(b"FlateDecode".to_vec()));
                    stream.set_content(packed);
                }
            }
        }
    }
    // A document id from what was asked for: the same input, the same file.
    let mut h1 = std::collections::hash_map::DefaultHasher::new();
    meta.input.hash(&mut h1);
    let mut h2 = std::collections::hash_map::DefaultHasher::new();
    (meta.input.len(), h1.finish()).hash(&mut h2);
    let mut id = h1.finish().to_be_bytes().to_vec();
    id.extend_from_slice(&h2.finish().to_be_bytes());
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
    // Object and cross-reference streams (PDF 1.5+): the rest compressed too.
    let mut out = Vec::new();
    doc.save_modern(&mut out)
        .map_err(|e| fail(&e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xmp_text_is_escaped_and_text_strings_keep_unicode() {
        assert_eq!(
            xml("R&D <b> \"x\" 'y'"),
            "R&amp;D &lt;b&gt; &quot;x&quot; &apos;y&apos;"
        );
        assert!(matches!(text("abc"), Object::String(b, StringFormat::Literal) if b == b"abc"));
        let Object::String(b, _) = text("木内") else {
            panic!()
        };
        assert_eq!(&b[..2], &[0xFE, 0xFF]);
    }
}
