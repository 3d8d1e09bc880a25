//! The pipeline (spec → model → layout → scene → render) is plain Rust: only `src/web/` may name the
//! browser crates. This keeps the core testable natively and reusable by the native renderer.

use std::path::Path;

const BROWSER_CRATES: [&str; 4] = ["web_sys", "js_sys", "wasm_bindgen", "plotters_canvas"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_src_web_names_browser_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let web = src.join("web");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 10, "found the sources ({} files)", files.len());
    let mut offenders = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&web)) {
        let text = std::fs::read_to_string(file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in BROWSER_CRATES {
                if code.contains(name) {
                    offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    // lib.rs declares `pub mod web` behind cfg(target_arch = "wasm32"); that line names no crate.
    assert!(
        offenders.is_empty(),
        "browser crates named outside src/web/:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_web_module_is_compiled_for_wasm32_only() {
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    assert!(lib.contains("#[cfg(target_arch = \"wasm32\")]\npub mod web;"));
}
