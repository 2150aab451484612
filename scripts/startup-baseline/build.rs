fn main() {
    // Linked as Briefdesk is (src-tauri/build.rs): relative relocations packed.
    if std::env::var("TARGET").unwrap_or_default().contains("linux-gnu") {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    tauri_build::build();
}
