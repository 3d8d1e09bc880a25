//! No text from a spec ever becomes HTML (issue 7, item 4): the widget and the pages build their DOM
//! with `createElement` + `textContent` only. This test greps every file under `src/` and `www/`
//! (except `www/pkg/`, which wasm-bindgen generates, and any `node_modules/` or `target/`) for the
//! APIs that parse a string as HTML, and fails with `file:line` on a hit — comments included, so a
//! comment that needs to talk about them must spell them differently.
//!
//! The needles are built from pieces so that this file, should it ever be scanned, does not trip it.

use std::path::{Path, PathBuf};

/// The HTML-parsing sinks, matched case-insensitively (so `set_inner_html` and `innerHTML` both hit).
fn needles() -> Vec<String> {
    [
        ["inner", "HTML"].concat(),
        ["outer", "HTML"].concat(),
        ["set_inner", "_html"].concat(),
        ["set_outer", "_html"].concat(),
        ["insertAdjacent", "HTML"].concat(),
        ["insert_adjacent", "_html"].concat(),
        ["document", ".write"].concat(), // also document.writeln
        ["createContextual", "Fragment"].concat(),
        ["src", "doc"].concat(),
    ]
    .into_iter()
    .map(|n| n.to_ascii_lowercase())
    .collect()
}

const SKIP_DIRS: [&str; 3] = ["node_modules", "target", ".git"];

fn files(dir: &Path, skip: &[PathBuf], out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if !SKIP_DIRS.contains(&name) && !skip.contains(&path) {
                files(&path, skip, out);
            }
        } else {
            out.push(path);
        }
    }
}

/// `(line number, line)` of every line of `text` containing a needle.
fn hits<'a>(text: &'a str, needles: &[String]) -> Vec<(usize, &'a str, String)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let lower = line.to_ascii_lowercase();
        for needle in needles {
            if lower.contains(needle.as_str()) {
                found.push((n + 1, line, needle.clone()));
            }
        }
    }
    found
}

#[test]
fn no_html_parsing_sinks_in_src_or_www() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let skip = [root.join("www").join("pkg")];
    let mut all = Vec::new();
    for dir in ["src", "www"] {
        files(&root.join(dir), &skip, &mut all);
    }
    // The scan must really see the DOM code it guards.
    for must in ["src/web/widget.rs", "src/web/tooltip.rs", "www/embed.js", "www/editor.js"] {
        assert!(all.iter().any(|f| f.ends_with(must)), "the scan did not reach {must}");
    }
    let needles = needles();
    let mut offenders = Vec::new();
    for file in &all {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let text = String::from_utf8_lossy(&bytes);
        for (line, content, needle) in hits(&text, &needles) {
            let shown = file.strip_prefix(root).unwrap_or(file).display();
            offenders.push(format!("{shown}:{line}: `{needle}` in: {}", content.trim()));
        }
    }
    assert!(
        offenders.is_empty(),
        "HTML-parsing APIs found ({} hits). Spec text must reach the DOM through createElement + \
         textContent/setAttribute only (see src/web/dom.rs); a comment must not name these APIs \
         either:\n{}",
        offenders.len(),
        offenders.join("\n")
    );
}

#[test]
fn the_matcher_finds_each_sink() {
    let needles = needles();
    let samples = [
        ["el.inner", "HTML = x;"].concat(),
        ["el.set_inner", "_html(&x);"].concat(),
        ["el.OUTER", "html = x"].concat(),
        ["el.insertAdjacent", "HTML('beforeend', x)"].concat(),
        ["node.insert_adjacent", "_html(\"afterend\", &x)"].concat(),
        ["document", ".writeln(x)"].concat(),
        ["range.createContextual", "Fragment(x)"].concat(),
        ["iframe.src", "doc = x"].concat(),
        ["el.set_outer", "_html(&x)"].concat(),
    ];
    for sample in &samples {
        assert_eq!(hits(sample, &needles).len(), 1, "{sample}");
    }
    assert!(hits("el.set_text_content(Some(&x)); el.textContent = x;", &needles).is_empty());
}
