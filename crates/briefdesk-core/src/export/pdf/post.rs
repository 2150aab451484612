//! Finishing printpdf's document with lopdf where printpdf falls short: PDF
//! 1.7 header, page mode as a name, a nested outline (document → section →
//! commitment), page labels, document language, metadata with an explicit
//! creation date and a properly escaped XMP packet (PDF/UA identification
//! included), and a document id derived from the content so the same input
//! gives the same bytes.
//!
//! And the tagging PDF/UA-1 asks for: the structure elements, the parent
//! tree that leads from every page's MCIDs (`/StructParents`) and every
//! link annotation (`/StructParent`) to its element, `/MarkInfo`, `/Tabs
//! /S`; link annotations as indirect objects with a description, borderless;
//! font subset tags derived from the subset, so merged PDFs do not collide.

use std::hash::{Hash, Hasher};
use std::io::Write;

use chrono::NaiveDate;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use super::layout::{Place, PAGE_H};
use super::render::{Annot, Rendered, Target};
use super::tags::{Kid, NodeId, Tree, DOCUMENT};
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

fn xmp(m: &Meta) -> String {
    let date = format!("{}T00:00:00Z", m.date.format("%Y-%m-%d"));
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" \
xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n\
<pdfuaid:part>1</pdfuaid:part>\n\
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
        title = crate::export::xml::escape(&m.title),
        author = crate::export::xml::escape(&m.author),
        subject = crate::export::xml::escape(&m.subject),
        lang = crate::export::xml::escape(m.lang),
        keywords = crate::export::xml::escape(&m.keywords.join("; ")),
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

fn name(n: &str) -> Object {
    Object::Name(n.as_bytes().to_vec())
}

/// A link annotation: indirect, borderless, described, tied to its Link
/// element by `key` in the parent tree.
fn annotation(a: &Annot, pages: &[ObjectId], key: usize) -> Dictionary {
    let mut d = Dictionary::new();
    d.set("Type", name("Annot"));
    d.set("Subtype", name("Link"));
    d.set(
        "Rect",
        Object::Array(a.rect.iter().map(|&v| Object::Real(v)).collect()),
    );
    d.set("Border", Object::Array(vec![0.into(), 0.into(), 0.into()]));
    d.set("F", Object::Integer(4));
    d.set("Contents", text(&a.contents));
    d.set("StructParent", Object::Integer(key as i64));
    match &a.target {
        Target::Uri(u) => {
            let mut action = Dictionary::new();
            action.set("S", name("URI"));
            action.set(
                "URI",
                Object::String(u.as_bytes().to_vec(), StringFormat::Literal),
            );
            d.set("A", Object::Dictionary(action));
        }
        Target::Page { page, top } => d.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(pages[(*page).min(pages.len() - 1)]),
                name("XYZ"),
                Object::Integer(0),
                Object::Real(top.min(PAGE_H)),
                Object::Null,
            ]),
        ),
    }
    d
}

/// The structure tree: elements with content as objects, the parent tree,
/// pages' `/StructParents` and `/Tabs`, annotations. Returns the
/// StructTreeRoot.
fn structure(
    doc: &mut Document,
    pages: &[ObjectId],
    tree: &Tree,
    mcids: &[Vec<NodeId>],
    annots: &[Vec<Annot>],
) -> Result<ObjectId, PdfError> {
    let fail = |what: String| PdfError::Layout(format!("tagging the PDF: {what}"));
    let has = tree.with_content();
    let ids: Vec<Option<ObjectId>> = has
        .iter()
        .map(|&h| h.then(|| doc.new_object_id()))
        .collect();
    let element = |n: NodeId| {
        ids[n]
            .map(Object::Reference)
            .ok_or_else(|| fail(format!("element {n} holds content but has no object")))
    };
    let root_id = doc.new_object_id();
    // Who owns each annotation.
    let mut owners = std::collections::HashMap::new();
    for (n, node) in tree.nodes.iter().enumerate() {
        for k in &node.kids {
            if let Kid::Annot { page, index } = k {
                owners.insert((*page, *index), n);
            }
        }
    }
    // Pages: their MCIDs in the parent tree under key = page index; then
    // annotations under the keys after them.
    let mut nums = Vec::new();
    for (p, list) in mcids.iter().enumerate() {
        nums.push(Object::Integer(p as i64));
        nums.push(Object::Array(
            list.iter().map(|&n| element(n)).collect::<Result<_, _>>()?,
        ));
    }
    let mut key = pages.len();
    let mut annot_ids: Vec<Vec<ObjectId>> = Vec::with_capacity(pages.len());
    let mut annot_nums = Vec::new();
    for (p, list) in annots.iter().enumerate() {
        let mut here = Vec::with_capacity(list.len());
        for (i, a) in list.iter().enumerate() {
            let owner = owners
                .get(&(p, i))
                .ok_or_else(|| fail(format!("annotation {i} of page {p} has no element")))?;
            let id = doc.add_object(annotation(a, pages, key));
            annot_nums.push(Object::Integer(key as i64));
            annot_nums.push(element(*owner)?);
            here.push(id);
            key += 1;
        }
        annot_ids.push(here);
    }
    nums.extend(annot_nums);
    for (p, &page) in pages.iter().enumerate() {
        let d = doc
            .get_object_mut(page)
            .and_then(Object::as_dict_mut)
            .map_err(|e| fail(e.to_string()))?;
        d.set("StructParents", Object::Integer(p as i64));
        d.set("Tabs", name("S"));
        match annot_ids.get(p) {
            Some(list) if !list.is_empty() => d.set(
                "Annots",
                Object::Array(list.iter().map(|&a| Object::Reference(a)).collect()),
            ),
            _ => {
                d.remove(b"Annots");
            }
        }
    }
    // The elements.
    for (n, node) in tree.nodes.iter().enumerate() {
        let Some(id) = ids[n] else { continue };
        // `/Type /StructElem` is optional: left out, as 1,500 elements
        // of a long brief would carry it for nothing.
        let mut d = Dictionary::new();
        d.set("S", name(node.role.name()));
        d.set(
            "P",
            Object::Reference(match node.parent {
                Some(p) => ids[p].ok_or_else(|| fail(format!("element {n}'s parent is empty")))?,
                None => root_id,
            }),
        );
        let pg = node.kids.iter().find_map(|k| match k {
            Kid::Mcid { page, .. } => Some(*page),
            _ => None,
        });
        if let Some(p) = pg {
            d.set("Pg", Object::Reference(pages[p]));
        }
        let mut kids = Vec::with_capacity(node.kids.len());
        for k in &node.kids {
            match *k {
                Kid::Node(c) => {
                    if let Some(c) = ids[c] {
                        kids.push(Object::Reference(c));
                    }
                }
                Kid::Mcid { page, mcid } if Some(page) == pg => {
                    kids.push(Object::Integer(i64::from(mcid)));
                }
                Kid::Mcid { page, mcid } => {
                    let mut r = Dictionary::new();
                    r.set("Type", name("MCR"));
                    r.set("Pg", Object::Reference(pages[page]));
                    r.set("MCID", Object::Integer(i64::from(mcid)));
                    kids.push(Object::Dictionary(r));
                }
                Kid::Annot { page, index } => {
                    let mut r = Dictionary::new();
                    r.set("Type", name("OBJR"));
                    r.set("Obj", Object::Reference(annot_ids[page][index]));
                    r.set("Pg", Object::Reference(pages[page]));
                    kids.push(Object::Dictionary(r));
                }
            }
        }
        d.set(
            "K",
            if kids.len() == 1 {
                kids.pop().expect("one kid")
            } else {
                Object::Array(kids)
            },
        );
        if let Some(lang) = node.lang {
            d.set("Lang", text(lang));
        }
        doc.objects.insert(id, Object::Dictionary(d));
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", Object::Array(nums));
    let mut root = Dictionary::new();
    root.set("Type", name("StructTreeRoot"));
    root.set("K", element(DOCUMENT)?);
    root.set("ParentTree", Object::Dictionary(parent_tree));
    root.set("ParentTreeNextKey", Object::Integer(key as i64));
    doc.objects.insert(root_id, Object::Dictionary(root));
    Ok(root_id)
}

/// Six capital letters from `h`.
fn tag_of(mut h: u64) -> String {
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (h % 26) as u8);
            h /= 26;
            c
        })
        .collect()
}

/// Subset tags (`ABCDEF+Name`) from a hash of the embedded subset, so two
/// different subsets of a font never share a tag (printpdf numbers them by
/// call order).
fn subset_tags(doc: &mut Document) {
    fn descriptors(o: &Object, out: &mut Vec<(Vec<u8>, ObjectId)>) {
        match o {
            Object::Dictionary(d) => {
                if d.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor") {
                    let file = [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
                        .iter()
                        .find_map(|k| d.get(k).and_then(Object::as_reference).ok());
                    if let (Ok(n), Some(f)) = (d.get(b"FontName").and_then(Object::as_name), file) {
                        out.push((n.to_vec(), f));
                    }
                }
                for (_, v) in d.iter() {
                    descriptors(v, out);
                }
            }
            Object::Array(a) => a.iter().for_each(|v| descriptors(v, out)),
            _ => {}
        }
    }
    fn rename(o: &mut Object, renames: &std::collections::HashMap<Vec<u8>, Vec<u8>>) {
        match o {
            Object::Dictionary(d) => {
                for (k, v) in d.iter_mut() {
                    if let (b"BaseFont" | b"FontName", Object::Name(n)) = (k.as_slice(), &mut *v) {
                        if let Some(new) = renames.get(n.as_slice()) {
                            *n = new.clone();
                        }
                    } else {
                        rename(v, renames);
                    }
                }
            }
            Object::Array(a) => a.iter_mut().for_each(|v| rename(v, renames)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    for o in doc.objects.values() {
        descriptors(o, &mut found);
    }
    let mut renames = std::collections::HashMap::new();
    for (old, file) in found {
        let Some(plus) = old.iter().position(|&b| b == b'+') else {
            continue;
        };
        let Some(stream) = doc.objects.get(&file).and_then(|o| o.as_stream().ok()) else {
            continue;
        };
        let mut h = std::collections::hash_map::DefaultHasher::new();
        stream.content.hash(&mut h);
        old[plus..].hash(&mut h);
        let mut new = tag_of(h.finish()).into_bytes();
        new.extend_from_slice(&old[plus..]);
        renames.insert(old, new);
    }
    for o in doc.objects.values_mut() {
        rename(o, &renames);
    }
}

/// Font resource names: printpdf's are 32 random-looking letters, written
/// in every `Tf`; short ones (`/F1`…, numbered by font name) instead.
fn short_font_names(doc: &mut Document, pages: &[ObjectId]) -> Result<(), String> {
    // Resource name → font object, per page.
    type Names = Vec<(Vec<u8>, ObjectId)>;
    let mut per_page: Vec<(ObjectId, Names)> = Vec::new();
    for &page in pages {
        let res = match doc
            .get_dictionary(page)
            .map_err(|e| e.to_string())?
            .get(b"Resources")
        {
            Ok(Object::Reference(r)) => doc.get_dictionary(*r).map_err(|e| e.to_string())?,
            Ok(Object::Dictionary(d)) => d,
            _ => continue,
        };
        let Ok(fonts) = res.get(b"Font") else {
            continue;
        };
        let fonts = match fonts {
            Object::Reference(r) => doc.get_dictionary(*r).map_err(|e| e.to_string())?,
            Object::Dictionary(d) => d,
            _ => continue,
        };
        let list = fonts
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), v.as_reference().ok()?)))
            .collect();
        per_page.push((page, list));
    }
    let mut all: Vec<(Vec<u8>, ObjectId)> = per_page
        .iter()
        .flat_map(|(_, l)| l.iter().map(|(_, id)| *id))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|id| {
            let base = doc
                .get_dictionary(id)
                .ok()
                .and_then(|d| d.get(b"BaseFont").ok())
                .and_then(|b| b.as_name().ok())
                .map(|b| b.iter().skip_while(|&&c| c != b'+').copied().collect())
                .unwrap_or_default();
            (base, id)
        })
        .collect();
    all.sort();
    let short = |id: ObjectId| -> Vec<u8> {
        let i = all.iter().position(|(_, f)| *f == id).unwrap_or(0);
        format!("F{}", i + 1).into_bytes()
    };
    for (page, list) in per_page {
        let mut fonts = Dictionary::new();
        let mut renames = Vec::new();
        for (old, id) in &list {
            let new = short(*id);
            fonts.set(new.clone(), Object::Reference(*id));
            renames.push((old.clone(), new));
        }
        // The page's own resources get the new font dictionary.
        let res_obj = doc
            .get_dictionary(page)
            .map_err(|e| e.to_string())?
            .get(b"Resources")
            .map_err(|e| e.to_string())?
            .clone();
        match res_obj {
            Object::Reference(r) => {
                let d = doc.get_dictionary_mut(r).map_err(|e| e.to_string())?;
                d.set("Font", Object::Dictionary(fonts));
            }
            Object::Dictionary(mut d) => {
                d.set("Font", Object::Dictionary(fonts));
                doc.get_dictionary_mut(page)
                    .map_err(|e| e.to_string())?
                    .set("Resources", Object::Dictionary(d));
            }
            _ => return Err("page resources of an odd kind".into()),
        }
        for content in doc.get_page_contents(page) {
            let Ok(Object::Stream(stream)) = doc.get_object_mut(content) else {
                continue;
            };
            if stream.dict.get(b"Filter").is_ok() {
                return Err("a compressed content stream before finishing".into());
            }
            let text = tidy_content(&stream.content, &renames);
            stream.set_content(text);
        }
    }
    Ok(())
}

/// A content stream, tidied in one pass: font names shortened, and the
/// adjacent hex strings printpdf writes for each glyph (`<0016><0001>`)
/// joined (`<00160001>`, the same text: strings side by side in a `TJ` array
/// are shown one after the other). printpdf's content has `><` nowhere else.
fn tidy_content(content: &[u8], renames: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(content.len());
    let mut i = 0;
    while i < content.len() {
        let b = content[i];
        if b == b'>' && content.get(i + 1) == Some(&b'<') && content.get(i + 2) != Some(&b'<') {
            i += 2;
            continue;
        }
        if b == b'/' {
            if let Some((old, new)) = renames.iter().find(|(old, _)| {
                content[i + 1..].starts_with(old) && content.get(i + 1 + old.len()) == Some(&b' ')
            }) {
                out.push(b'/');
                out.extend_from_slice(new);
                i += 1 + old.len();
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

/// Finish the rendered document and serialize it.
pub fn finish(
    rendered: Rendered,
    tree: &Tree,
    meta: &Meta,
    entries: &[(u8, String, Place)],
) -> Result<Vec<u8>, PdfError> {
    let fail = |what: &str| PdfError::Layout(format!("finishing the PDF: {what}"));
    let Rendered {
        mut doc,
        mcids,
        annots,
    } = rendered;
    doc.version = "1.7".into();
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if pages.is_empty() || pages.len() != mcids.len() {
        return Err(fail("the pages are not those laid out"));
    }
    let struct_root = structure(&mut doc, &pages, tree, &mcids, &annots)?;
    subset_tags(&mut doc);
    short_font_names(&mut doc, &pages).map_err(|e| fail(&e))?;
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
    let mut mark = Dictionary::new();
    mark.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark));
    catalog.set("StructTreeRoot", Object::Reference(struct_root));
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
    // Object and cross-reference streams (PDF 1.5+): the rest compressed
    // too, in few object streams (they compress better together).
    let mut out = Vec::new();
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .max_objects_per_stream(4000)
        .compression_level(6)
        .build();
    doc.save_with_options(&mut out, options)
        .map_err(|e| fail(&e.to_string()))?;
    compress_xref_stream(out).map_err(|e| fail(&e))
}

/// lopdf writes the cross-reference stream uncompressed (7 bytes an object,
/// 15 KB for a long brief); it is the file's last object, so it can be
/// compressed in place without moving any other.
fn compress_xref_stream(mut pdf: Vec<u8>) -> Result<Vec<u8>, String> {
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).rposition(|w| w == needle);
    let start = find(&pdf, b"/Type/XRef").ok_or("no cross-reference stream")?;
    let dict_start = find(&pdf[..start], b"<<").ok_or("no cross-reference dictionary")?;
    let data_start = start + find(&pdf[start..], b"stream\n").ok_or("no stream")? + 7;
    let dict = std::str::from_utf8(&pdf[dict_start..data_start - 7])
        .map_err(|e| e.to_string())?
        .to_owned();
    let len_at = dict.find("/Length ").ok_or("no /Length")? + 8;
    let len_end = dict[len_at..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(dict.len(), |i| len_at + i);
    let length: usize = dict[len_at..len_end].parse().map_err(|_| "a bad /Length")?;
    let data = pdf
        .get(data_start..data_start + length)
        .ok_or("a short stream")?
        .to_vec();
    let tail = pdf[data_start + length..].to_vec();
    if dict.contains("/Filter") || !tail.starts_with(b"\nendstream") {
        return Ok(pdf); // not the shape lopdf writes: leave it as it is
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&data).map_err(|e| e.to_string())?;
    let packed = z.finish().map_err(|e| e.to_string())?;
    let dict = format!(
        "{}{}/Filter/FlateDecode{}",
        &dict[..len_at],
        packed.len(),
        &dict[len_end..]
    );
    pdf.truncate(dict_start);
    pdf.extend_from_slice(dict.as_bytes());
    pdf.extend_from_slice(b"stream\n");
    pdf.extend_from_slice(&packed);
    pdf.extend_from_slice(&tail);
    Ok(pdf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xmp_text_is_escaped_and_text_strings_keep_unicode() {
        assert_eq!(
            crate::export::xml::escape("R&D <b> \"x\" 'y'"),
            "R&amp;D &lt;b&gt; &quot;x&quot; &apos;y&apos;"
        );
        assert!(matches!(text("abc"), Object::String(b, StringFormat::Literal) if b == b"abc"));
        let Object::String(b, _) = text("木内") else {
            panic!()
        };
        assert_eq!(&b[..2], &[0xFE, 0xFF]);
    }
}
