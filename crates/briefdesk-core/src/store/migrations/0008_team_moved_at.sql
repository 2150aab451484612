-- When each record in `team_moved` last moved. A sync makes a move (an
-- undo, a bundle's older version kept) a revision stamped with this time,
-- not the sync's: an undo made before a colleague's save must not win over
-- it in the last-writer merge. Rows from before this format have none;
-- their sync stamps its own time, as before.
ALTER TABLE team_moved ADD COLUMN moved_at TEXT;

DROP TRIGGER annotations_moved_insert;
CREATE TRIGGER annotations_moved_insert AFTER INSERT ON annotations BEGIN
    UPDATE team_moved SET moved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE kind = 'annotation' AND target = new.commitment;
    INSERT INTO team_moved (kind, target, moved_at) SELECT 'annotation', new.commitment, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'annotation' AND target = new.commitment);
END;

DROP TRIGGER annotations_moved_update;
CREATE TRIGGER annotations_moved_update AFTER UPDATE ON annotations BEGIN
    UPDATE team_moved SET moved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE kind = 'annotation' AND target = new.commitment;
    INSERT INTO team_moved (kind, target, moved_at) SELECT 'annotation', new.commitment, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'annotation' AND target = new.commitment);
END;

DROP TRIGGER annotations_moved_delete;
CREATE TRIGGER annotations_moved_delete AFTER DELETE ON annotations BEGIN
    UPDATE team_moved SET moved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE kind = 'annotation' AND target = old.commitment;
    INSERT INTO team_moved (kind, target, moved_at) SELECT 'annotation', old.commitment, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'annotation' AND target = old.commitment);
END;

DROP TRIGGER briefs_moved;
CREATE TRIGGER briefs_moved AFTER UPDATE OF revision ON briefs BEGIN
    UPDATE team_moved SET moved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE kind = 'brief' AND target = CAST(new.id AS TEXT);
    INSERT INTO team_moved (kind, target, moved_at) SELECT 'brief', CAST(new.id AS TEXT), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'brief' AND target = CAST(new.id AS TEXT));
END;

DROP TRIGGER record_entries_moved_insert;
CREATE TRIGGER record_entries_moved_insert AFTER INSERT ON record_entries BEGIN
    UPDATE team_moved SET moved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE kind = 'record' AND target = new.entry;
    INSERT INTO team_moved (kind, target, moved_at) SELECT 'record', new.entry, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'record' AND target = new.entry);
END;

DROP TRIGGER record_entries_moved_update;
CREATE TRIGGER record_entries_moved_update AFTER UPDATE ON record_entries BEGIN
    UPDATE team_moved SET moved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE kind = 'record' AND target = new.entry;
    INSERT INTO team_moved (kind, target, moved_at) SELECT 'record', new.entry, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'record' AND target = new.entry);
END;

DROP TRIGGER record_entries_moved_delete;
CREATE TRIGGER record_entries_moved_delete AFTER DELETE ON record_entries BEGIN
    UPDATE team_moved SET moved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE kind = 'record' AND target = old.entry;
    INSERT INTO team_moved (kind, target, moved_at) SELECT 'record', old.entry, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM team_moved WHERE kind = 'record' AND target = old.entry);
END;
