-- Workspace format 4: briefs, every change kept as a revision like
-- annotations, and one undo/redo history for annotations and briefs.

-- A brief (or a template the user saved). `revision` is the current version;
-- NULL when the change that created it was undone.
CREATE TABLE briefs (
    id          INTEGER PRIMARY KEY,
    template    INTEGER NOT NULL DEFAULT 0 CHECK (template IN (0, 1)),
    revision    INTEGER,
    created_at  TEXT    NOT NULL    -- RFC 3339, UTC
);

-- Every version of every brief, append-only. `doc` is the brief as JSON
-- (brief::BriefDoc); NULL: the brief was deleted (undo brings it back).
CREATE TABLE brief_revisions (
    id          INTEGER PRIMARY KEY,
    brief       INTEGER NOT NULL REFERENCES briefs (id),
    doc         TEXT,
    updated_at  TEXT    NOT NULL,   -- RFC 3339, UTC
    origin      TEXT    NOT NULL    -- 'local', 'restore', 'delete', 'duplicate:<id>', …
);
CREATE INDEX brief_revisions_by_brief ON brief_revisions (brief, id);

-- The history now records changes to annotations (`commitment`, revisions
-- of `revisions`) and to briefs (`brief`, revisions of `brief_revisions`):
-- exactly one of the two is set.
CREATE TABLE history_v4 (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment  TEXT,
    brief       INTEGER REFERENCES briefs (id),
    before      INTEGER,
    after       INTEGER NOT NULL,
    undone      INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    CHECK ((commitment IS NULL) <> (brief IS NULL))
);
INSERT INTO history_v4 (seq, commitment, before, after, undone)
    SELECT seq, commitment, before, after, undone FROM history;
DROP TABLE history;
ALTER TABLE history_v4 RENAME TO history;
CREATE INDEX history_undone ON history (undone) WHERE undone = 1;

-- Full-text search over briefs (not templates): rowid = briefs.id; `body`
-- holds the cover, the section backgrounds and talking points. Kept in sync
-- by store/search.rs in the transaction of every brief change.
CREATE VIRTUAL TABLE brief_fts USING fts5 (
    title, body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
