-- Workspace format 5: undo and redo per author session, and the pointers
-- of annotations and briefs guarded by the database itself.

-- The author session that made each change (store/session.rs): `undo`
-- walks only its own session's entries. Changes made before this format
-- are the desktop app's.
ALTER TABLE history ADD COLUMN session TEXT NOT NULL DEFAULT 'app';
DROP INDEX history_undone;
-- A session's last done entry, its first undone one, and what a new change
-- of the session discards, without a scan.
CREATE INDEX history_by_session ON history (session, undone, seq);
-- Who built on a change (undo names them when it refuses).
CREATE INDEX history_by_after ON history (after);

-- Before this format a crafted bundle could point one commitment at
-- another's revision: such a commitment gets its own latest revision back
-- (or none); no revision is touched.
UPDATE annotations
SET revision = (SELECT max(r.id) FROM revisions r WHERE r.commitment = annotations.commitment)
WHERE (SELECT commitment FROM revisions WHERE id = annotations.revision) IS NOT annotations.commitment
    AND EXISTS (SELECT 1 FROM revisions r WHERE r.commitment = annotations.commitment);
DELETE FROM annotations
WHERE (SELECT commitment FROM revisions WHERE id = annotations.revision) IS NOT annotations.commitment;

-- An annotation is always one of its own commitment's revisions, and a
-- brief one of its own versions: a crafted bundle or a bug can never make
-- one commitment show another's note.
CREATE TRIGGER annotations_own_revision_insert BEFORE INSERT ON annotations
WHEN (SELECT commitment FROM revisions WHERE id = new.revision) IS NOT new.commitment
BEGIN
    SELECT RAISE(ABORT, 'an annotation must be a revision of its own commitment');
END;
CREATE TRIGGER annotations_own_revision_update BEFORE UPDATE ON annotations
WHEN (SELECT commitment FROM revisions WHERE id = new.revision) IS NOT new.commitment
BEGIN
    SELECT RAISE(ABORT, 'an annotation must be a revision of its own commitment');
END;
CREATE TRIGGER briefs_own_revision BEFORE UPDATE OF revision ON briefs
WHEN new.revision IS NOT NULL
    AND (SELECT brief FROM brief_revisions WHERE id = new.revision) IS NOT new.id
BEGIN
    SELECT RAISE(ABORT, 'a brief must be one of its own versions');
END;
