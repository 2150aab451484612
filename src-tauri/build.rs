fn main() {
    // Capabilities live in src-tauri/capabilities/ rather than the default
    // top-level capabilities/ of this layout (tauri.conf.json at the root).
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes =
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*");
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}
