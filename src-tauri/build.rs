//! Build script: Tauri's code generation, with the app's own commands
//! declared so that capabilities can grant them one by one.

/// Every command the shell exposes; each needs `allow-<name>` in a capability.
const COMMANDS: &[&str] = &[
    "start",
    "filter_commitments",
    "commitment",
    "ui_ready",
    "close_guard",
    "close_requested",
    "reset_workspace",
    "annotation",
    "save_annotation",
    "annotation_history",
    "restore_annotation",
    "undo",
    "redo",
    "annotations",
    "export_annotations",
    "import_annotations",
    "search",
    "briefs",
    "brief",
    "create_brief",
    "save_brief",
    "delete_brief",
    "duplicate_brief",
    "brief_history",
    "restore_brief",
    "export_brief",
    "open_export",
    "search_briefs",
    "add_to_brief",
    "about",
    "record_status",
    "record_choices",
    "add_records",
    "correct_record",
    "remove_record",
    "record_show",
    "update_record",
    "apply_release",
    "use_release",
    "mark_seen",
    "team_status",
    "team_join",
    "team_sync",
    "team_leave",
];

fn main() {
    relative_relocations_packed();
    // Capabilities live in src-tauri/capabilities/ rather than the default
    // top-level capabilities/ of this layout (tauri.conf.json at the root).
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}

/// The app's relative relocations packed (DT_RELR, glibc 2.36+): the dynamic
/// loader reads a few kilobytes at start instead of the 1 MiB table a
/// position-independent binary of this size has, which was resident in every
/// running app (issue 17; `scripts/measure-startup.sh`). The baseline it is
/// measured against is linked the same way.
fn relative_relocations_packed() {
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("linux-gnu") {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
