-- Workspace format 6: the user's own records and corrections of the record
-- (record::Entry), every change kept as a revision like annotations; the
-- release of the record the workspace uses, the keys it trusts, the
-- releases accepted without a trusted signature, and what is new since the
-- user last looked.

-- Every version of every entry, append-only. `entry` is the entry's key
-- (`record:commitment:C4-04`, `correction:C4-03:verification`, see
-- record::Entry::key); `uid` identifies the revision across workspaces
-- (bundles and team sync merge by it). `body` is the entry as JSON; NULL:
-- this change removed it (an own record removed, a correction retired).
CREATE TABLE record_revisions (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    entry       TEXT    NOT NULL,
    body        TEXT,
    author      TEXT    NOT NULL,   -- who: a person's name
    updated_at  TEXT    NOT NULL,   -- RFC 3339, UTC
    origin      TEXT    NOT NULL    -- 'local', 'restore', 'import:<file name>', 'undo', 'redo'
);
CREATE INDEX record_revisions_by_entry ON record_revisions (entry, id);

-- The current version of each entry.
CREATE TABLE record_entries (
    entry       TEXT    PRIMARY KEY,
    revision    INTEGER NOT NULL REFERENCES record_revisions (id)
);

-- An entry is always one of its own revisions.
CREATE TRIGGER record_entries_own_revision_insert BEFORE INSERT ON record_entries
WHEN (SELECT entry FROM record_revisions WHERE id = new.revision) IS NOT new.entry
BEGIN
    SELECT RAISE(ABORT, 'an entry must be one of its own revisions');
END;
CREATE TRIGGER record_entries_own_revision_update BEFORE UPDATE ON record_entries
WHEN (SELECT entry FROM record_revisions WHERE id = new.revision) IS NOT new.entry
BEGIN
    SELECT RAISE(ABORT, 'an entry must be one of its own revisions');
END;

-- Small facts of the workspace: `release` (the dataset version in use;
-- absent: the newest installed), `records` (a counter every change of an
-- entry moves, so a process sees that another changed the record).
CREATE TABLE settings (
    key         TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL
) WITHOUT ROWID;
INSERT INTO settings (key, value) VALUES ('records', '0');

CREATE TRIGGER record_entries_counted_insert AFTER INSERT ON record_entries BEGIN
    UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'records';
END;
CREATE TRIGGER record_entries_counted_update AFTER UPDATE ON record_entries BEGIN
    UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'records';
END;
CREATE TRIGGER record_entries_counted_delete AFTER DELETE ON record_entries BEGIN
    UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'records';
END;

-- The history records changes to entries too (`entry`, revisions of
-- `record_revisions`): exactly one of commitment, brief and entry is set.
CREATE TABLE history_v6 (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment  TEXT,
    brief       INTEGER REFERENCES briefs (id),
    entry       TEXT,
    before      INTEGER,
    after       INTEGER NOT NULL,
    undone      INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    session     TEXT    NOT NULL DEFAULT 'app',
    CHECK ((commitment IS NOT NULL) + (brief IS NOT NULL) + (entry IS NOT NULL) = 1)
);
INSERT INTO history_v6 (seq, commitment, brief, before, after, undone, session)
    SELECT seq, commitment, brief, before, after, undone, session FROM history;
DROP INDEX history_by_session;
DROP INDEX history_by_after;
DROP TABLE history;
ALTER TABLE history_v6 RENAME TO history;
CREATE INDEX history_by_session ON history (session, undone, seq);
CREATE INDEX history_by_after ON history (after);

-- Public keys the user trusts to sign releases, besides the shipped
-- publisher's (minisign key id in hex, the key in base64).
CREATE TABLE trusted_keys (
    key_id      TEXT    PRIMARY KEY,
    public_key  TEXT    NOT NULL,
    comment     TEXT    NOT NULL,
    added_at    TEXT    NOT NULL
) WITHOUT ROWID;

-- Releases the user imported without a trusted signature, by the SHA-256
-- of their content: explicitly accepted, so they load again.
CREATE TABLE accepted_releases (
    sha256          TEXT    PRIMARY KEY,
    dataset_version TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    accepted_at     TEXT    NOT NULL
) WITHOUT ROWID;

-- Records a release added or changed that the user has not looked at yet.
CREATE TABLE record_news (
    record      TEXT    PRIMARY KEY,
    change      TEXT    NOT NULL CHECK (change IN ('added', 'changed')),
    release     TEXT    NOT NULL
) WITHOUT ROWID;
