//! Property tests: whatever the bytes, loading a dataset returns a dataset or
//! a list of located problems; it never panics and never reports nothing.

use std::path::Path;

use briefdesk_core::dataset::FILES;
use briefdesk_core::{Dataset, Problems};
use proptest::prelude::*;
use serde_json::Value;

fn fixture_files() -> Vec<(&'static str, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/minimal");
    FILES
        .iter()
        .map(|f| (*f, std::fs::read_to_string(dir.join(f)).unwrap()))
        .collect()
}

fn load(files: &[(&'static str, String)]) -> Result<Dataset, Problems> {
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Dataset::from_texts(&borrowed)
}

/// A failed load must say what is wrong, and where.
fn check_outcome(result: Result<Dataset, Problems>) {
    if let Err(problems) = result {
        assert!(
            !problems.0.is_empty(),
            "a failed load must list its problems"
        );
        for p in &problems.0 {
            assert!(!p.message.is_empty());
            assert!(
                !p.message.contains("internal error"),
                "a panic was caught while loading: {p}"
            );
            assert!(FILES.contains(&p.file.as_str()), "unknown file in {p}");
        }
    }
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        Just(Value::String("2023-02-30".into())),
        Just(Value::String("ec-2022".into())),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::hash_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replace the node reached by following `steps` (each picks a child) with `new`.
fn mutate(value: &mut Value, steps: &[usize], new: Value) {
    let Some((&s, rest)) = steps.split_first() else {
        *value = new;
        return;
    };
    match value {
        Value::Array(a) if !a.is_empty() => {
            let i = s % a.len();
            mutate(&mut a[i], rest, new);
        }
        Value::Object(m) if !m.is_empty() => {
            let i = s % m.len();
            if let Some(child) = m.values_mut().nth(i) {
                mutate(child, rest, new);
            }
        }
        _ => *value = new,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_in_any_file(file in 0..FILES.len(), bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let mut files = fixture_files();
        files[file].1 = String::from_utf8_lossy(&bytes).into_owned();
        check_outcome(load(&files));
    }

    #[test]
    fn arbitrary_bytes_on_disk(file in 0..FILES.len(), bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in fixture_files() {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        std::fs::write(dir.path().join(FILES[file]), &bytes).unwrap();
        check_outcome(Dataset::load_dir(dir.path()));
    }

    #[test]
    fn byte_edits_of_a_valid_file(file in 0..FILES.len(), at in any::<usize>(), cut in 0usize..8, insert in ".{0,6}") {
        let mut files = fixture_files();
        let text = &files[file].1;
        let mut at = at % (text.len() + 1);
        while !text.is_char_boundary(at) { at -= 1; }
        let mut end = (at + cut).min(text.len());
        while !text.is_char_boundary(end) { end += 1; }
        let edited = format!("{}{}{}", &text[..at], insert, &text[end..]);
        files[file].1 = edited;
        check_outcome(load(&files));
    }

    #[test]
    fn structural_edits_of_a_valid_file(file in 0..FILES.len(), steps in prop::collection::vec(any::<usize>(), 0..5), new in arb_json()) {
        let mut files = fixture_files();
        let mut value: Value = serde_json::from_str(&files[file].1).unwrap();
        mutate(&mut value, &steps, new);
        files[file].1 = serde_json::to_string_pretty(&value).unwrap();
        check_outcome(load(&files));
    }
}

#[test]
fn the_shipped_dataset_is_valid() {
    let ds = Dataset::embedded().unwrap_or_else(|p| {
        panic!(
            "{p}:\n{}",
            p.0.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(
        ds.manifest.schema_version,
        briefdesk_core::model::SCHEMA_VERSION
    );
}

#[test]
fn a_large_synthetic_dataset_is_valid() {
    let files = briefdesk_core::dataset::synthetic::with_commitments(5_000);
    let ds = load(&files).unwrap_or_else(|p| panic!("{:?}", &p.0[..p.0.len().min(5)]));
    assert_eq!(ds.commitments.len(), 5_000);
}
