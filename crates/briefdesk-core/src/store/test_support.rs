//! What the store's unit tests share: a workspace in a temporary folder and
//! a note with only its text.

use super::{AnnotationFields, Workspace};

/// A fresh workspace; the folder lives as long as the returned guard.
pub(crate) fn ws() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(&dir.path().join("w.sqlite")).unwrap();
    (dir, ws)
}

/// Fields with `text` as the note and nothing else.
pub(crate) fn note(text: &str) -> AnnotationFields {
    AnnotationFields {
        note: text.into(),
        ..AnnotationFields::default()
    }
}
