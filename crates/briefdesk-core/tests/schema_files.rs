//! The JSON Schemas committed in `data/schema/` describe the dataset format
//! exactly as the model types define it. `BRIEFDESK_BLESS=1 cargo test -p
//! briefdesk-core --test schema_files` rewrites them after a model change.

use std::path::Path;

use briefdesk_core::dataset::schemas;

#[test]
fn committed_dataset_schemas_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/schema");
    let bless = std::env::var_os("BRIEFDESK_BLESS").is_some();
    let mut stale = Vec::new();
    for (file, schema) in schemas() {
        let name = file.replace(".json", ".schema.json");
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = dir.join(&name);
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "data/schema/{stale:?} differ from the model; run \
         `BRIEFDESK_BLESS=1 cargo test -p briefdesk-core --test schema_files` and review the diff"
    );
}
