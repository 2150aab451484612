-- Workspace format 1: annotations with every change kept as a revision, and
-- the undo/redo history of the user's changes.

-- Every version of every annotation, append-only. `uid` identifies a revision
-- across workspaces (sharing bundles merge by it).
CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    commitment  TEXT    NOT NULL,
    note        TEXT    NOT NULL,
    status      TEXT,
    tags        TEXT    NOT NULL,   -- JSON array of strings
    follow_up   TEXT,               -- YYYY-MM-DD
    updated_at  TEXT    NOT NULL,   -- RFC 3339, UTC: when this version was written
    origin      TEXT    NOT NULL    -- 'local', 'restore', or 'import:<file name>'
);
CREATE INDEX revisions_by_commitment ON revisions (commitment, id);

-- The current version of each annotated commitment.
CREATE TABLE annotations (
    commitment  TEXT    PRIMARY KEY,
    revision    INTEGER NOT NULL REFERENCES revisions (id)
);

-- The user's changes, for undo and redo. `before` is the revision that was
-- current before the change (NULL: none); `after` the one it made current.
-- Undone entries always come after every done one; a new change deletes them.
CREATE TABLE history (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment  TEXT    NOT NULL,
    before      INTEGER REFERENCES revisions (id),
    after       INTEGER NOT NULL REFERENCES revisions (id),
    undone      INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
-- Finds what can be redone (and what a new change discards) without a scan.
CREATE INDEX history_undone ON history (undone) WHERE undone = 1;
