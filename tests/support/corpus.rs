//! The corpora the tests walk: the demo specs (`www/specs/`) and the fixtures (`tests/fixtures/…`),
//! listed here once, sorted by path so a failure reads the same on every run and every machine.

use std::path::{Path, PathBuf};

/// The repository root (where `Cargo.toml` is).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` (relative to the repository root, or absolute), subfolders included,
/// whose name ends in `.{extension}` (every file for `None`), sorted by path. Panics when `dir`
/// cannot be listed: a missing corpus must fail the test, not pass it empty.
pub fn files(dir: impl AsRef<Path>, extension: Option<&str>) -> Vec<PathBuf> {
    let mut found = Vec::new();
    collect(&root().join(dir), extension, &mut found);
    found.sort();
    found
}

fn collect(dir: &Path, extension: Option<&str>, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect(&path, extension, out);
        } else if extension.is_none_or(|ext| path.extension().is_some_and(|e| e == ext)) {
            out.push(path);
        }
    }
}

/// The spec files (`*.json`) under `dir`, sorted by path.
pub fn spec_files(dir: impl AsRef<Path>) -> Vec<PathBuf> {
    files(dir, Some("json"))
}

/// `(name, text)` of every spec file under each of `dirs` in turn, named `dir/file.json`.
pub fn spec_texts(dirs: &[&str]) -> Vec<(String, String)> {
    let mut specs = Vec::new();
    for dir in dirs {
        for path in spec_files(dir) {
            let name = path.strip_prefix(root().join(dir)).unwrap_or(&path).display();
            specs.push((format!("{dir}/{name}"), read(&path)));
        }
    }
    specs
}

/// The text of a file, or a panic naming it.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}
