-- Workspace format 7: team sync through PostgreSQL (store/sync.rs). Briefs
-- and their versions get uids like every other revision, so they are the
-- same brief in every workspace of a team; the link to the team's server,
-- the revisions the server holds, and the records whose current version
-- moved since the last sync.

-- A random (version 4) UUID, as SQLite can make one.
-- Used by the triggers below for rows written without a uid.
ALTER TABLE briefs ADD COLUMN uid TEXT;
ALTER TABLE brief_revisions ADD COLUMN uid TEXT;
UPDATE briefs SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
UPDATE brief_revisions SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX briefs_by_uid ON briefs (uid);
CREATE UNIQUE INDEX brief_revisions_by_uid ON brief_revisions (uid);
CREATE TRIGGER briefs_get_a_uid AFTER INSERT ON briefs WHEN new.uid IS NULL BEGIN
    UPDATE briefs SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
    WHERE id = new.id;
END;
CREATE TRIGGER brief_revisions_get_a_uid AFTER INSERT ON brief_revisions WHEN new.uid IS NULL BEGIN
    UPDATE brief_revisions SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
    WHERE id = new.id;
END;

-- When each field of an annotation revision was last changed (JSON:
-- note, status, tags, follow_up → RFC 3339; NULL: all at updated_at), so
-- team sync keeps colleagues' offline edits of different fields.
ALTER TABLE revisions ADD COLUMN clocks TEXT;

-- The team server this workspace syncs with (at most one row). `url` is a
-- libpq URL without a password (passwords never enter the workspace);
-- `cursor_txid`/`cursor_seq` the last server row pulled, in the server's
-- (transaction id, sequence) order.
CREATE TABLE team (
    one         INTEGER PRIMARY KEY CHECK (one = 1),
    url         TEXT    NOT NULL,
    team        TEXT    NOT NULL,
    member      TEXT    NOT NULL,   -- the server role this workspace syncs as
    joined_at   TEXT    NOT NULL,
    cursor_txid TEXT    NOT NULL DEFAULT '0',
    cursor_seq  INTEGER NOT NULL DEFAULT 0,
    last_sync   TEXT,               -- RFC 3339: the last sync that ended well
    last_error  TEXT,               -- why the last attempt failed (NULL: it did not)
    refused     TEXT    NOT NULL DEFAULT '[]'  -- JSON: revisions the server or this workspace refused
);

-- Revisions the team's server holds (pushed from here or pulled), by uid,
-- with the author the server vouches for (its login role).
CREATE TABLE team_known (
    uid         TEXT    PRIMARY KEY,
    author      TEXT    NOT NULL,
    received_at TEXT    NOT NULL
) WITHOUT ROWID;

-- Records whose current version moved (a change, an undo, an import): the
-- next sync makes sure each one's current version is also its newest
-- revision, so every workspace of the team computes the same current state.
-- (No INSERT OR IGNORE in the triggers: an outer upsert's conflict policy
-- would override it.)
CREATE TABLE team_moved (
    kind        TEXT    NOT NULL CHECK (kind IN ('annotation', 'brief', 'record')),
    target      TEXT    NOT NULL,
    PRIMARY KEY (kind, target)
) WITHOUT ROWID;
-- Everything written before this format, once: the first sync makes each
-- one's current version its newest revision (an undo of format 6 left some
-- on an older one).
INSERT INTO team_moved (kind, target) SELECT DISTINCT 'annotation', commitment FROM revisions;
INSERT INTO team_moved (kind, target) SELECT 'brief', CAST(id AS TEXT) FROM briefs;
INSERT INTO team_moved (kind, target) SELECT DISTINCT 'record', entry FROM record_revisions;
CREATE TRIGGER annotations_moved_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO team_moved (kind, target) SELECT 'annotation', new.commitment
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'annotation' AND target = new.commitment);
END;
CREATE TRIGGER annotations_moved_update AFTER UPDATE ON annotations BEGIN
    INSERT INTO team_moved (kind, target) SELECT 'annotation', new.commitment
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'annotation' AND target = new.commitment);
END;
CREATE TRIGGER annotations_moved_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO team_moved (kind, target) SELECT 'annotation', old.commitment
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'annotation' AND target = old.commitment);
END;
CREATE TRIGGER briefs_moved AFTER UPDATE OF revision ON briefs BEGIN
    INSERT INTO team_moved (kind, target) SELECT 'brief', CAST(new.id AS TEXT)
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'brief' AND target = CAST(new.id AS TEXT));
END;
CREATE TRIGGER record_entries_moved_insert AFTER INSERT ON record_entries BEGIN
    INSERT INTO team_moved (kind, target) SELECT 'record', new.entry
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'record' AND target = new.entry);
END;
CREATE TRIGGER record_entries_moved_update AFTER UPDATE ON record_entries BEGIN
    INSERT INTO team_moved (kind, target) SELECT 'record', new.entry
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'record' AND target = new.entry);
END;
CREATE TRIGGER record_entries_moved_delete AFTER DELETE ON record_entries BEGIN
    INSERT INTO team_moved (kind, target) SELECT 'record', old.entry
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'record' AND target = old.entry);
END;

-- Revisions the team's server does not hold yet: what a sync sends, and the
-- count the app shows, without a scan of every revision. Kept by triggers:
-- every new revision is unsent until the server is known to hold it.
CREATE TABLE team_unsent (
    uid         TEXT    PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO team_unsent (uid) SELECT uid FROM revisions;
INSERT INTO team_unsent (uid) SELECT uid FROM brief_revisions
    WHERE uid NOT IN (SELECT uid FROM team_unsent);
INSERT INTO team_unsent (uid) SELECT uid FROM record_revisions
    WHERE uid NOT IN (SELECT uid FROM team_unsent);
CREATE TRIGGER revisions_unsent AFTER INSERT ON revisions BEGIN
    INSERT INTO team_unsent (uid) SELECT new.uid
        WHERE NOT EXISTS (SELECT 1 FROM team_unsent WHERE uid = new.uid);
END;
CREATE TRIGGER brief_revisions_unsent_insert AFTER INSERT ON brief_revisions
WHEN new.uid IS NOT NULL BEGIN
    INSERT INTO team_unsent (uid) SELECT new.uid
        WHERE NOT EXISTS (SELECT 1 FROM team_unsent WHERE uid = new.uid);
END;
-- A local version gets its uid just after it is inserted (above).
CREATE TRIGGER brief_revisions_unsent_uid AFTER UPDATE OF uid ON brief_revisions
WHEN new.uid IS NOT NULL BEGIN
    INSERT INTO team_unsent (uid) SELECT new.uid
        WHERE NOT EXISTS (SELECT 1 FROM team_unsent WHERE uid = new.uid);
END;
CREATE TRIGGER record_revisions_unsent AFTER INSERT ON record_revisions BEGIN
    INSERT INTO team_unsent (uid) SELECT new.uid
        WHERE NOT EXISTS (SELECT 1 FROM team_unsent WHERE uid = new.uid);
END;
CREATE TRIGGER team_known_sent AFTER INSERT ON team_known BEGIN
    DELETE FROM team_unsent WHERE uid = new.uid;
END;
