//! The structure tree of the tagged PDF (PDF/UA-1): what each piece of
//! text is (heading, paragraph, list item, link, …), in reading order.
//!
//! [`content`](super::content) builds the elements it knows of (a section,
//! its heading, a list and its items) and gives every block the element its
//! text belongs to; [`render`](super::render) adds what only a drawn line
//! knows (a link's element, a span of Japanese) and records, for every
//! marked-content sequence it writes, the element it belongs to;
//! [`post`](super::post) writes the elements, the parent tree and the
//! annotations' back links with lopdf.

/// A standard structure type (ISO 32000-1, 14.8.4): no role map needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Document,
    Sect,
    Div,
    /// A heading of level 1–3.
    H(u8),
    P,
    L,
    LI,
    Lbl,
    LBody,
    TOC,
    TOCI,
    Link,
    Span,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Sect => "Sect",
            Role::Div => "Div",
            Role::H(1) => "H1",
            Role::H(2) => "H2",
            Role::H(3) => "H3",
            Role::H(4) => "H4",
            Role::H(5) => "H5",
            Role::H(_) => "H6",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::TOC => "TOC",
            Role::TOCI => "TOCI",
            Role::Link => "Link",
            Role::Span => "Span",
        }
    }
}

/// An element's id: its index in [`Tree::nodes`].
pub type NodeId = usize;

/// The document element, the root of every tree.
pub const DOCUMENT: NodeId = 0;

/// A child of an element, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kid {
    Node(NodeId),
    /// Marked content `mcid` on page `page` (index in the document).
    Mcid {
        page: usize,
        mcid: u32,
    },
    /// The `index`-th annotation of page `page` (a link's OBJR).
    Annot {
        page: usize,
        index: usize,
    },
}

/// One structure element.
#[derive(Debug, Clone)]
pub struct Node {
    pub role: Role,
    pub parent: Option<NodeId>,
    pub kids: Vec<Kid>,
    /// Language of its text, when not the document's.
    pub lang: Option<&'static str>,
}

/// The elements of a document. Parents are always created before their
/// children, so a child's id is greater than its parent's.
#[derive(Debug, Clone)]
pub struct Tree {
    pub nodes: Vec<Node>,
}

impl Default for Tree {
    fn default() -> Tree {
        Tree::new()
    }
}

impl Tree {
    /// A tree holding the document element.
    pub fn new() -> Tree {
        Tree {
            nodes: vec![Node {
                role: Role::Document,
                parent: None,
                kids: Vec::new(),
                lang: None,
            }],
        }
    }

    /// A new element of `role`, the last child of `parent`.
    pub fn add(&mut self, parent: NodeId, role: Role) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            role,
            parent: Some(parent),
            kids: Vec::new(),
            lang: None,
        });
        self.nodes[parent].kids.push(Kid::Node(id));
        id
    }

    pub fn role(&self, id: NodeId) -> Role {
        self.nodes[id].role
    }

    /// Whether the element or one of its descendants holds content (empty
    /// elements are not written).
    pub fn with_content(&self) -> Vec<bool> {
        let mut has = vec![false; self.nodes.len()];
        for id in (0..self.nodes.len()).rev() {
            has[id] = self.nodes[id].kids.iter().any(|k| match k {
                Kid::Node(c) => has[*c],
                _ => true,
            });
        }
        has
    }
}

/// Whether `c` is Japanese script (kanji, kana, their marks) — what a
/// `/Lang (ja)` span holds.
pub fn is_japanese(c: char) -> bool {
    matches!(c as u32,
        0x3005..=0x3007 | 0x3041..=0x309F | 0x30A0..=0x30FF | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F
        | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_come_after_parents_and_empty_elements_are_found() {
        let mut t = Tree::new();
        let sect = t.add(DOCUMENT, Role::Sect);
        let h = t.add(sect, Role::H(1));
        let empty = t.add(sect, Role::P);
        t.nodes[h].kids.push(Kid::Mcid { page: 0, mcid: 0 });
        let has = t.with_content();
        assert!(has[DOCUMENT] && has[sect] && has[h] && !has[empty]);
        assert_eq!(t.nodes[sect].kids, [Kid::Node(h), Kid::Node(empty)]);
        assert_eq!(Role::H(2).name(), "H2");
        assert!(is_japanese('稔') && is_japanese('カ') && !is_japanese('a'));
    }
}
