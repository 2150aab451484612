//! Full-text search over commitments and the user's annotations (SQLite FTS5).
//!
//! **One document per commitment.** `search_fts` holds, for every commitment
//! of the indexed dataset, its title, summary, actors (names, native names,
//! short names, roles), sectors, meeting (title, place, date) and id, *and*
//! the note and tags of the user's current annotation. Keeping both in one
//! document means every word of a query must appear somewhere in the
//! commitment or in what the user wrote about it ("quantum followup" finds a
//! quantum commitment whose note says "followup"), and one bm25 ranks all hits
//! on the same corpus statistics (scores from two tables would not be
//! comparable). An annotation of a commitment the dataset no longer has is a
//! document with only note and tags: it is still found, flagged `orphaned`.
//!
//! **Keeping it current.** [`Workspace::index_dataset`] (re)builds the
//! dataset part when the dataset's fingerprint (index format, dataset
//! version, number of commitments and a hash of every indexed text) differs
//! from the one stored in `search_meta`, in one transaction; otherwise it
//! does nothing. Annotations: triggers on `annotations` list every commitment
//! whose current annotation changed (save, restore, undo, redo, bundle
//! import) in `search_dirty`; saves and undo/redo re-index them in their own
//! transaction, and every search first re-indexes what is still listed.
//!
//! **Tokens.** `porter unicode61 remove_diacritics 2`: English words are
//! stemmed ("semiconductor" finds "semiconductors"); case and accents are ignored
//! ("cooperation" finds "coopération"). unicode61 would keep a run of Chinese
//! characters or kana as one token, so 木内稔 could only be found whole;
//! instead every CJK character is indexed as a token of its own (an invisible
//! U+2063 separator is inserted next to each, and removed again from
//! snippets), and the same is done to the query, whose words are phrases: 木内稔
//! is the phrase 木 内 稔 and finds "木内稔" anywhere, as does 木内.
//!
//! **Queries are never FTS5 syntax.** Each whitespace-separated word of the
//! user's text becomes a quoted phrase (quotes doubled) and all must match;
//! `"`, `*`, `NEAR(`, `OR`, `-`, `:` are searched as text. A blank query is an
//! error; a query with no letters or digits finds nothing.
//!
//! **Filters are part of the query.** Two columns hold the list filters as
//! tokens no word can produce (see [`facet`]): `facets` the commitment's
//! sectors, meeting, status, verification and kind, `own` the status and
//! tags of the user's annotation. A filtered search adds one such token per
//! filter to the query, so FTS5 itself finds only what passes, and the
//! ranking below works on filtered matches only.
//!
//! **Ranking.** bm25 with column weights title 10, summary 5, note 5, tags 4,
//! actors 2, sectors 1, meeting 1, id 1 (filters 0). [`SearchHit::score`] is
//! bm25 negated: higher is better. To keep every query fast, at most
//! [`RANKED_AT_MOST`] matching documents are ranked: when a query matches more
//! (a word in nearly every commitment, such as "japan" in a large dataset),
//! the hits are the best of the latest that many in dataset order (latest
//! annotations of orphans included). Below that, ranking is exact.
//!
//! **Few segments.** A rebuild ends with FTS5's `optimize`, which merges the
//! index into one b-tree: otherwise every query reads each of its terms from
//! every segment the bulk insert left behind (this halved the time of a
//! search over 100,000 commitments). Later saves add small segments that
//! FTS5's automerge keeps in check.
//!
//! **Snippets** mark each match with U+E000 ([`HIT_START`]) before and U+E001
//! ([`HIT_END`]) after: private-use characters that never occur in indexed
//! text (they are removed when indexing), so a UI splits on them and renders
//! the highlights as text, never as HTML. `…` marks cut text.

use std::borrow::Cow;
use std::hash::Hasher;

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use rustc_hash::{FxHashMap, FxHasher};
use serde::Serialize;
use ts_rs::TS;

use super::annotations::{insert_revision, make_current, now, AnnotationFields};
use super::{StoreError, Workspace};
use crate::dataset::Dataset;
use crate::model::{Commitment, Keyword};
use crate::query::Filter;

/// Marks the start of a match in [`SearchHit::snippet`].
pub const HIT_START: char = '\u{E000}';
/// Marks the end of a match in [`SearchHit::snippet`].
pub const HIT_END: char = '\u{E001}';
/// Put next to CJK characters in indexed text so each is a token.
const CJK_SEP: char = '\u{2063}';
/// Starts every filter token (see [`facet`]).
const FACET_MARK: char = '\u{E002}';
/// Most documents ranked per query (see the module doc).
pub const RANKED_AT_MOST: usize = 2_000;
/// Bump when what is indexed or how changes: forces a rebuild.
const INDEX_FORMAT: &str = "2";

/// A field of a commitment or annotation a search matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SearchField {
    Title,
    Summary,
    /// The note of the user's annotation.
    Note,
    /// The tags of the user's annotation.
    Tags,
    Actors,
    Sectors,
    Meeting,
    Id,
}

/// The columns of `search_fts` the user's words search, in order, and their
/// bm25 weights. The filter columns `facets` and `own` follow them.
const COLUMNS: [(SearchField, f64); 8] = [
    (SearchField::Title, 10.0),
    (SearchField::Summary, 5.0),
    (SearchField::Note, 5.0),
    (SearchField::Tags, 4.0),
    (SearchField::Actors, 2.0),
    (SearchField::Sectors, 1.0),
    (SearchField::Meeting, 1.0),
    (SearchField::Id, 1.0),
];

/// One commitment a search found.
#[derive(Debug, Clone, PartialEq, Serialize, TS, schemars::JsonSchema)]
pub struct SearchHit {
    /// Commitment id.
    pub commitment: String,
    /// Its title; absent when orphaned.
    pub title: Option<String>,
    /// The fields that matched, in column order.
    pub fields: Vec<SearchField>,
    /// A short extract of the best-matching field; each match is between
    /// U+E000 and U+E001, cut text is marked `…`. Plain text, never HTML.
    pub snippet: String,
    /// Relevance (bm25, negated): higher is better.
    pub score: f64,
    /// Only the user's annotation matched: the commitment is no longer in the dataset.
    pub orphaned: bool,
}

/// A character indexed as a token of its own: Han, kana, CJK iteration marks.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3005..=0x3007
        | 0x3040..=0x30FF
        | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F
        | 0x20000..=0x3FFFF)
}

/// Text as indexed (and as queried): highlight markers removed, a separator
/// next to every CJK character.
fn index_text(s: &str) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| is_cjk(c) || matches!(c, HIT_START | HIT_END | CJK_SEP | FACET_MARK))
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if matches!(c, HIT_START | HIT_END | CJK_SEP | FACET_MARK) {
            continue;
        }
        if let Some(p) = prev {
            if (is_cjk(c) || is_cjk(p)) && !c.is_whitespace() && !p.is_whitespace() {
                out.push(CJK_SEP);
            }
        }
        out.push(c);
        prev = Some(c);
    }
    Cow::Owned(out)
}

/// A snippet as shown: separators removed, adjacent highlights joined.
fn display_snippet(s: &str) -> String {
    let s: String = s.chars().filter(|&c| c != CJK_SEP).collect();
    s.replace(&format!("{HIT_END}{HIT_START}"), "")
}

/// A filter value as one token of the `facets` or `own` column:
/// [`FACET_MARK`], a prefix naming the filter and the value's bytes as
/// three-digit numbers. Exact (no hashing), one token for unicode61 whatever
/// the value holds (private-use characters are token characters), left alone
/// by the porter stemmer, and never produced by the user's words or the
/// indexed text, from which [`FACET_MARK`] is removed.
fn facet(prefix: &str, value: &str) -> String {
    let mut token = String::with_capacity(prefix.len() + 3 * value.len() + 3);
    token.push(FACET_MARK);
    token.push_str(prefix);
    for b in value.bytes() {
        token.push_str(&format!("{b:03}"));
    }
    token
}

/// Prefixes of [`facet`] tokens, one per filter.
const FACET_SECTOR: &str = "zs";
const FACET_MEETING: &str = "zm";
const FACET_STATUS: &str = "zt";
const FACET_VERIFICATION: &str = "zv";
const FACET_KIND: &str = "zk";
const FACET_USER_STATUS: &str = "zu";
const FACET_TAG: &str = "zg";

/// A tag as a filter compares it: trimmed, ASCII case ignored.
fn tag_key(tag: &str) -> String {
    tag.trim().to_ascii_lowercase()
}

/// The `own` column of an annotation: its status and tags as facets.
fn own_text(status: Option<&str>, tags: &[String]) -> String {
    let mut out: Vec<String> = Vec::with_capacity(tags.len() + 1);
    if let Some(s) = status {
        out.push(facet(FACET_USER_STATUS, s));
    }
    out.extend(tags.iter().map(|t| facet(FACET_TAG, &tag_key(t))));
    out.join(" ")
}

/// The filter as FTS5 phrases on the filter columns (empty: no filter).
fn filter_query(filter: &Filter) -> String {
    let mut facets: Vec<String> = Vec::new();
    if let Some(s) = &filter.sector {
        facets.push(facet(FACET_SECTOR, s));
    }
    if let Some(m) = &filter.meeting {
        facets.push(facet(FACET_MEETING, m));
    }
    if let Some(s) = filter.status {
        facets.push(facet(FACET_STATUS, s.keyword()));
    }
    if let Some(v) = filter.verification {
        facets.push(facet(FACET_VERIFICATION, v.keyword()));
    }
    if let Some(k) = filter.kind {
        facets.push(facet(FACET_KIND, k.keyword()));
    }
    let mut own: Vec<String> = Vec::new();
    if let Some(s) = filter.user_status {
        own.push(facet(FACET_USER_STATUS, s.keyword()));
    }
    if let Some(t) = &filter.tag {
        own.push(facet(FACET_TAG, &tag_key(t)));
    }
    facets
        .into_iter()
        .chain(own)
        .map(|t| format!(" \"{t}\""))
        .collect()
}

/// The user's text as a safe FTS5 query: every word a quoted phrase, all
/// required. `None`: nothing searchable in it.
fn fts_query(query: &str) -> Result<Option<String>, StoreError> {
    if query.trim().is_empty() {
        return Err(StoreError::Invalid(
            "the search is empty: give at least one word to search for".into(),
        ));
    }
    let phrases: Vec<String> = query
        .split_whitespace()
        .map(index_text)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    Ok((!phrases.is_empty()).then(|| phrases.join(" ")))
}

/// Tags as indexed text.
fn tags_text(tags: &[String]) -> String {
    index_text(&tags.join("; ")).into_owned()
}

/// The dataset's text of one commitment, by column (title, summary, actors,
/// sectors, meeting, id).
struct DocText {
    title: String,
    summary: String,
    actors: String,
    sectors: String,
    meeting: String,
    facets: String,
}

fn doc_text(ds: &Dataset, c: &Commitment) -> DocText {
    let mut actors = String::new();
    for a in &c.actors {
        let actor = ds.actor(&a.actor);
        let parts = [
            actor.map(|x| x.name.as_str()),
            actor.and_then(|x| x.native_name.as_deref()),
            actor.and_then(|x| x.short_name.as_deref()),
            a.role.as_deref(),
        ];
        for p in parts.into_iter().flatten() {
            if !actors.is_empty() {
                actors.push_str("; ");
            }
            actors.push_str(p);
        }
    }
    let sectors: Vec<&str> = c
        .sectors
        .iter()
        .filter_map(|s| ds.sector(s).map(|s| s.name.as_str()))
        .collect();
    let meeting = ds
        .meeting(&c.meeting)
        .map(|m| format!("{}; {}; {}", m.title, m.place, m.date))
        .unwrap_or_default();
    let mut facets: Vec<String> = c.sectors.iter().map(|s| facet(FACET_SECTOR, s)).collect();
    facets.push(facet(FACET_MEETING, &c.meeting));
    facets.push(facet(FACET_STATUS, c.status.keyword()));
    facets.push(facet(FACET_VERIFICATION, c.verification.keyword()));
    facets.push(facet(FACET_KIND, c.kind.keyword()));
    DocText {
        facets: facets.join(" "),
        title: index_text(&c.title).into_owned(),
        summary: index_text(&c.summary).into_owned(),
        actors: index_text(&actors).into_owned(),
        sectors: index_text(&sectors.join("; ")).into_owned(),
        meeting: index_text(&meeting).into_owned(),
    }
}

/// What the index of `ds` is built from, cheaply: the index format, the
/// dataset version, the number of commitments and a hash of every text
/// that is indexed.
fn fingerprint(ds: &Dataset) -> String {
    let mut h = FxHasher::default();
    let mut put = |s: &str| {
        h.write(s.as_bytes());
        h.write_u8(0xff);
    };
    for c in &ds.commitments {
        put(&c.id);
        put(&c.title);
        put(&c.summary);
        put(&c.meeting);
        put(c.status.keyword());
        put(c.verification.keyword());
        put(c.kind.keyword());
        for s in &c.sectors {
            put(s);
        }
        for a in &c.actors {
            put(&a.actor);
            put(a.role.as_deref().unwrap_or_default());
        }
    }
    for a in &ds.actors {
        put(&a.id);
        put(&a.name);
        put(a.native_name.as_deref().unwrap_or_default());
        put(a.short_name.as_deref().unwrap_or_default());
    }
    for s in &ds.sectors {
        put(&s.id);
        put(&s.name);
    }
    for m in &ds.meetings {
        put(&m.id);
        put(&m.title);
        put(&m.place);
        put(&m.date);
    }
    format!(
        "{INDEX_FORMAT}:{}:{}:{:016x}",
        ds.manifest.dataset_version,
        ds.commitments.len(),
        h.finish()
    )
}

const INSERT_DOC: &str = "INSERT INTO search_fts \
    (rowid, title, summary, note, tags, actors, sectors, meeting, ident, facets, own) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

/// The document of an annotation whose commitment the dataset does not
/// have: only its note, tags, own filters and id.
fn insert_orphan(
    insert: &mut rusqlite::Statement<'_>,
    id: i64,
    commitment: &str,
    (note, tags, own): (String, String, String),
) -> rusqlite::Result<usize> {
    insert.execute(params![
        id,
        "",
        "",
        note,
        tags,
        "",
        "",
        "",
        index_text(commitment),
        "",
        own
    ])
}

/// An annotation as indexed: note, tags and the `own` column.
fn annotation_text(note: &str, status: Option<&str>, tags: &str) -> (String, String, String) {
    let tags: Vec<String> = serde_json::from_str(tags).unwrap_or_default();
    (
        index_text(note).into_owned(),
        tags_text(&tags),
        own_text(status, &tags),
    )
}

/// Re-index the annotations of the commitments listed in `search_dirty`
/// and empty it. Call inside the transaction that changed `annotations`.
pub(crate) fn sync_annotations(conn: &Connection) -> Result<(), StoreError> {
    let dirty: Vec<String> = conn
        .prepare_cached("SELECT DISTINCT commitment FROM search_dirty")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if dirty.is_empty() {
        return Ok(());
    }
    let mut current = conn.prepare_cached(
        "SELECT r.note, r.status, r.tags FROM annotations a \
         JOIN revisions r ON r.id = a.revision WHERE a.commitment = ?1",
    )?;
    let mut doc =
        conn.prepare_cached("SELECT id, in_dataset FROM search_docs WHERE commitment = ?1")?;
    let mut update = conn
        .prepare_cached("UPDATE search_fts SET note = ?2, tags = ?3, own = ?4 WHERE rowid = ?1")?;
    let mut insert = conn.prepare_cached(INSERT_DOC)?;
    for commitment in dirty {
        let annotation = current
            .query_row([&commitment], |r| {
                let status: Option<String> = r.get(1)?;
                Ok(annotation_text(
                    &r.get::<_, String>(0)?,
                    status.as_deref(),
                    &r.get::<_, String>(2)?,
                ))
            })
            .optional()?;
        let existing: Option<(i64, bool)> = doc
            .query_row([&commitment], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match (annotation, existing) {
            (Some((note, tags, own)), Some((id, _))) => {
                update.execute(params![id, note, tags, own])?;
            }
            (Some((note, tags, own)), None) => {
                conn.execute(
                    "INSERT INTO search_docs (commitment, in_dataset) VALUES (?1, 0)",
                    [&commitment],
                )?;
                let id = conn.last_insert_rowid();
                insert_orphan(&mut insert, id, &commitment, (note, tags, own))?;
            }
            (None, Some((id, true))) => {
                update.execute(params![id, "", "", ""])?;
            }
            (None, Some((id, false))) => {
                conn.execute("DELETE FROM search_fts WHERE rowid = ?1", [id])?;
                conn.execute("DELETE FROM search_docs WHERE id = ?1", [id])?;
            }
            (None, None) => {}
        }
    }
    conn.execute("DELETE FROM search_dirty", [])?;
    Ok(())
}

/// One brief a search found.
#[derive(Debug, Clone, PartialEq, Serialize, TS, schemars::JsonSchema)]
pub struct BriefHit {
    pub brief: i64,
    pub title: String,
    /// A short extract of the best-matching part, matches between U+E000 and
    /// U+E001, like [`SearchHit::snippet`].
    pub snippet: String,
    /// Relevance (bm25, negated): higher is better.
    pub score: f64,
}

/// Bring brief `id`'s entry in the brief index up to date with its current
/// version (none when it is deleted, undone or a template). Call inside the
/// transaction that changed it.
pub(crate) fn sync_brief(conn: &Connection, id: i64) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM brief_fts WHERE rowid = ?1")?
        .execute([id])?;
    let doc: Option<String> = conn
        .prepare_cached(
            "SELECT r.doc FROM briefs b JOIN brief_revisions r ON r.id = b.revision \
             WHERE b.id = ?1 AND b.template = 0",
        )?
        .query_row([id], |r| r.get(0))
        .optional()?
        .flatten();
    let Some(doc) = doc.and_then(|j| serde_json::from_str::<crate::brief::BriefDoc>(&j).ok())
    else {
        return Ok(());
    };
    let mut body: Vec<&str> = vec![&doc.author, &doc.audience, &doc.marking];
    if let Some(crate::brief::BriefMeeting::Other { text }) = &doc.meeting {
        body.push(text);
    }
    for s in &doc.sections {
        body.push(&s.background);
        body.extend(s.talking_points.iter().map(String::as_str));
    }
    conn.prepare_cached("INSERT INTO brief_fts (rowid, title, body) VALUES (?1, ?2, ?3)")?
        .execute(params![
            id,
            index_text(&doc.title),
            index_text(&body.join("\n"))
        ])?;
    Ok(())
}

impl Workspace {
    /// Briefs whose title, cover or texts hold every word of `query`, best
    /// first, at most `limit` (same query rules as [`Workspace::search`]).
    pub fn search_briefs(&self, query: &str, limit: usize) -> Result<Vec<BriefHit>, StoreError> {
        let Some(fts) = fts_query(query)? else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT rowid, title, snippet(brief_fts, -1, '{HIT_START}', '{HIT_END}', '…', 20), \
             bm25(brief_fts, 10.0, 5.0) AS score FROM brief_fts WHERE brief_fts MATCH ?1 \
             ORDER BY score LIMIT ?2"
        ))?;
        let rows = stmt.query_map(
            params![fts, i64::try_from(limit).unwrap_or(i64::MAX)],
            |r| {
                Ok(BriefHit {
                    brief: r.get(0)?,
                    title: display_snippet(&r.get::<_, String>(1)?),
                    snippet: display_snippet(&r.get::<_, String>(2)?),
                    score: -r.get::<_, f64>(3)?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Make the search index describe `ds`: rebuild it (one transaction)
    /// when the dataset changed since it was built. Returns whether it
    /// rebuilt.
    pub fn index_dataset(&mut self, ds: &Dataset) -> Result<bool, StoreError> {
        let fingerprint = fingerprint(ds);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let built: Option<String> = tx
            .query_row(
                "SELECT value FROM search_meta WHERE key = 'dataset'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if built.as_deref() == Some(fingerprint.as_str()) {
            sync_annotations(&tx)?;
            tx.commit()?;
            return Ok(false);
        }
        // Dropping and re-creating the table is much faster than deleting
        // every row; its definition stays the migration's.
        let create: String = tx.query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'search_fts'",
            [],
            |r| r.get(0),
        )?;
        tx.execute_batch(
            "DROP TABLE search_fts; DELETE FROM search_docs; DELETE FROM search_dirty;",
        )?;
        tx.execute_batch(&create)?;
        let mut annotations: FxHashMap<String, (String, String, String)> = FxHashMap::default();
        {
            let mut stmt = tx.prepare(
                "SELECT a.commitment, r.note, r.status, r.tags FROM annotations a \
                 JOIN revisions r ON r.id = a.revision ORDER BY a.commitment",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let status: Option<String> = r.get(2)?;
                let text = annotation_text(
                    &r.get::<_, String>(1)?,
                    status.as_deref(),
                    &r.get::<_, String>(3)?,
                );
                annotations.insert(r.get(0)?, text);
            }
            let mut insert_doc = tx.prepare(
                "INSERT INTO search_docs (id, commitment, in_dataset) VALUES (?1, ?2, ?3)",
            )?;
            let mut insert = tx.prepare(INSERT_DOC)?;
            let mut id: i64 = 0;
            for c in &ds.commitments {
                id += 1;
                let t = doc_text(ds, c);
                let (note, tags, own) = annotations.remove(&c.id).unwrap_or_default();
                insert_doc.execute(params![id, c.id, true])?;
                insert.execute(params![
                    id,
                    t.title,
                    t.summary,
                    note,
                    tags,
                    t.actors,
                    t.sectors,
                    t.meeting,
                    index_text(&c.id),
                    t.facets,
                    own
                ])?;
            }
            let mut orphans: Vec<_> = annotations.into_iter().collect();
            orphans.sort();
            for (commitment, (note, tags, own)) in orphans {
                id += 1;
                insert_doc.execute(params![id, commitment, false])?;
                insert_orphan(&mut insert, id, &commitment, (note, tags, own))?;
            }
        }
        tx.execute(
            "INSERT INTO search_fts (search_fts) VALUES ('optimize')",
            [],
        )?;
        tx.execute(
            "INSERT INTO search_meta (key, value) VALUES ('dataset', ?1) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [&fingerprint],
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// Commitments matching every word of `query` (see the module doc), best
    /// first, at most `limit`, that pass `filter` (sector, meeting, status,
    /// verification, kind, tag, user status; `text` is ignored). Orphaned
    /// annotations are found too, unless a filter on the commitment's own
    /// fields is given. Call [`Workspace::index_dataset`] first.
    pub fn search(
        &self,
        ds: &Dataset,
        query: &str,
        filter: &Filter,
        limit: usize,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let Some(fts) = fts_query(query)? else {
            return Ok(Vec::new());
        };
        let filter = filter
            .resolved(ds)
            .map_err(|e| StoreError::Invalid(e.to_string()))?;
        if limit == 0 {
            return Ok(Vec::new());
        }
        let dirty: bool = self
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM search_dirty)")?
            .query_row([], |r| r.get(0))?;
        if dirty {
            let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            sync_annotations(&tx)?;
            tx.commit()?;
        }
        // The filters are left out of the snippets' query.
        let ranked = format!("{fts}{}", filter_query(&filter));
        let weights: Vec<String> = COLUMNS
            .iter()
            .map(|(_, w)| format!("{w:.1}"))
            .chain(["0.0".into(), "0.0".into()])
            .collect();
        let sql = format!(
            "SELECT id, score FROM \
             (SELECT rowid AS id, bm25(search_fts, {}) AS score FROM search_fts \
              WHERE search_fts MATCH ?1 ORDER BY rowid DESC LIMIT {RANKED_AT_MOST}) \
             ORDER BY score LIMIT ?2",
            weights.join(", ")
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut doc = self
            .conn
            .prepare_cached("SELECT commitment FROM search_docs WHERE id = ?1")?;
        let sql_limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut rows = stmt.query(params![ranked, sql_limit])?;
        let mut found: Vec<(String, i64, f64, Option<&Commitment>)> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let commitment: String = doc.query_row([id], |r| r.get(0))?;
            let c = ds.commitment(&commitment);
            found.push((commitment, id, r.get(1)?, c));
        }
        drop(rows);
        let column_snippets: Vec<String> = (0..COLUMNS.len())
            .map(|i| format!("highlight(search_fts, {i}, '{HIT_START}', '{HIT_END}')"))
            .collect();
        let mut detail = self.conn.prepare_cached(&format!(
            "SELECT snippet(search_fts, -1, '{HIT_START}', '{HIT_END}', '…', 20), {} \
             FROM search_fts WHERE search_fts MATCH ?1 AND rowid = ?2",
            column_snippets.join(", ")
        ))?;
        let mut hits = Vec::with_capacity(found.len());
        for (commitment, id, score, c) in found {
            let (snippet, fields) = detail.query_row(params![fts, id], |r| {
                let snippet: String = r.get(0)?;
                let mut fields = Vec::new();
                for (i, (field, _)) in COLUMNS.iter().enumerate() {
                    let s: String = r.get(i + 1)?;
                    if s.contains(HIT_START) {
                        fields.push(*field);
                    }
                }
                Ok((snippet, fields))
            })?;
            hits.push(SearchHit {
                title: c.map(|c| c.title.clone()),
                orphaned: c.is_none(),
                commitment,
                fields,
                snippet: display_snippet(&snippet),
                score: -score,
            });
        }
        Ok(hits)
    }

    /// Save many annotations in one transaction, each a new revision and an
    /// undoable change, as [`Workspace::save`] would (for benchmarks and
    /// bulk loads). Returns how many were saved.
    #[doc(hidden)]
    pub fn save_many(
        &mut self,
        items: impl IntoIterator<Item = (String, AnnotationFields)>,
    ) -> Result<usize, StoreError> {
        let session = self.session.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut n = 0;
        {
            let mut before =
                tx.prepare("SELECT revision FROM annotations WHERE commitment = ?1")?;
            let updated_at = now();
            for (commitment, fields) in items {
                let fields = fields.normalized()?;
                if commitment.trim().is_empty() {
                    return Err(StoreError::Invalid("no commitment id given".into()));
                }
                let was: Option<i64> = before.query_row([&commitment], |r| r.get(0)).optional()?;
                let uid = uuid::Uuid::new_v4().to_string();
                let id = insert_revision(&tx, &uid, &commitment, &fields, &updated_at, "local")?;
                make_current(&tx, &session, &commitment, was, id)?;
                n += 1;
            }
        }
        sync_annotations(&tx)?;
        tx.commit()?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_quoted_phrases() {
        assert_eq!(
            fts_query(r#"a "b" NEAR( * OR -"#).unwrap().unwrap(),
            r#""a" """b""" "NEAR(" "OR""#
        );
        assert!(fts_query("  \n").is_err());
        assert_eq!(fts_query("\" * -").unwrap(), None);
        assert_eq!(
            fts_query("木内稔").unwrap().unwrap(),
            "\"木\u{2063}内\u{2063}稔\""
        );
    }

    #[test]
    fn cjk_is_spaced_and_snippets_are_restored() {
        let t = index_text("Kiuchi (木内稔)AI戦略 x");
        assert_eq!(
            t,
            "Kiuchi (\u{2063}木\u{2063}内\u{2063}稔\u{2063})AI\u{2063}戦\u{2063}略 x"
        );
        assert_eq!(
            display_snippet("(\u{2063}\u{E000}木\u{E001}\u{2063}\u{E000}内\u{E001}\u{2063})"),
            "(\u{E000}木内\u{E001})"
        );
        assert_eq!(index_text("plain"), "plain");
        assert_eq!(index_text("a\u{E000}b"), "ab");
    }
}
