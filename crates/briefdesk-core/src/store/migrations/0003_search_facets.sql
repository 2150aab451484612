-- Workspace format 3: the search index carries the list filters as tokens,
-- so a filtered search ranks only what passes the filters (see search.rs).

-- `facets`: the commitment's sectors, meeting, status, verification and kind
-- (from the dataset); `own`: the status and tags of the user's annotation.
-- Both are searched only by the filters, never by the user's words.
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5 (
    title, summary, note, tags, actors, sectors, meeting, ident, facets, own,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
DELETE FROM search_docs;
DELETE FROM search_dirty;
-- No fingerprint: the next `index_dataset` rebuilds the index.
DELETE FROM search_meta;
