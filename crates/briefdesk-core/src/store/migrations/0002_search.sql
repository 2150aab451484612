-- Workspace format 2: full-text search (see store/search.rs).

-- One search document per commitment: the dataset's text of the commitment
-- (empty for an orphaned annotation) and the user's current annotation.
-- `search_fts` rows share their rowid with `search_docs.id`.
CREATE TABLE search_docs (
    id          INTEGER PRIMARY KEY,
    commitment  TEXT    NOT NULL UNIQUE,
    in_dataset  INTEGER NOT NULL DEFAULT 0 CHECK (in_dataset IN (0, 1))
);

-- Column order matters: the bm25 weights in search.rs follow it.
CREATE VIRTUAL TABLE search_fts USING fts5 (
    title, summary, note, tags, actors, sectors, meeting, ident,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- What the index was built from (`dataset`: a fingerprint of the dataset).
CREATE TABLE search_meta (
    key         TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL
) WITHOUT ROWID;

-- Commitments whose current annotation changed since the index last saw it.
-- Triggers fill it whatever changed `annotations` (save, undo, redo,
-- restore, bundle import); search.rs empties it in the same transaction as
-- a save or undo/redo, and before every search.
-- No unique key: a trigger's OR IGNORE would give way to the conflict
-- clause of the upsert that fired it; duplicates are skipped when read.
CREATE TABLE search_dirty (
    commitment  TEXT    NOT NULL
);

CREATE TRIGGER search_dirty_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO search_dirty (commitment) VALUES (new.commitment);
END;
CREATE TRIGGER search_dirty_update AFTER UPDATE ON annotations BEGIN
    INSERT INTO search_dirty (commitment) VALUES (old.commitment);
    INSERT INTO search_dirty (commitment) VALUES (new.commitment);
END;
CREATE TRIGGER search_dirty_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO search_dirty (commitment) VALUES (old.commitment);
END;

-- Annotations written before this format are indexed at the next search.
INSERT INTO search_dirty (commitment) SELECT commitment FROM annotations;
