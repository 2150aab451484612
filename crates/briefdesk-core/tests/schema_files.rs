//! The JSON Schemas committed in `data/schema/` describe the dataset format
//! exactly as the model types define it. `BRIEFDESK_BLESS=1 cargo test -p
//! briefdesk-core --test schema_files` rewrites them after a model change.

use std::path::Path;

use briefdesk_core::{dataset::schemas, golden};

#[test]
fn committed_dataset_schemas_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/schema");
    let files: Vec<(String, serde_json::Value)> = schemas()
        .into_iter()
        .map(|(file, schema)| (file.replace(".json", ".schema.json"), schema))
        .collect();
    let stale = golden::check_json(&dir, &files, true);
    assert!(
        stale.is_empty(),
        "data/schema/{stale:?} differ from the model; run \
         `BRIEFDESK_BLESS=1 cargo test -p briefdesk-core --test schema_files` and review the diff"
    );
}
