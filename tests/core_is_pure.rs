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

/// The top-level module of `src/` a file belongs to (`src/scene/build.rs` → `scene`, `src/sort.rs`
/// → `sort`); `None` for the crate roots.
fn top_module(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

/// Which top-level modules each one names (`crate::x`), outside comments.
fn module_imports(
    src: &Path,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut graph = std::collections::BTreeMap::<String, std::collections::BTreeSet<String>>::new();
    for file in &files {
        let Some(from) = top_module(src, file) else { continue };
        let text = std::fs::read_to_string(file).expect("readable source");
        let edges = graph.entry(from.clone()).or_default();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            for (at, _) in code.match_indices("crate::") {
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue; // `infographic_crate::`, say
                }
                let name: String = code[at + 7..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != from {
                    edges.insert(name);
                }
            }
        }
    }
    graph
}

/// A path of imports from `start` back to itself, if there is one.
fn circle_through(
    graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
    start: &str,
) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_string(), vec![start.to_string()])];
    let mut seen = std::collections::BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in graph.get(&at).into_iter().flatten() {
            if next == start {
                return Some([path.clone(), vec![start.to_string()]].concat());
            }
            if seen.insert(next.clone()) {
                stack.push((next.clone(), [path.clone(), vec![next.clone()]].concat()));
            }
        }
    }
    None
}

/// Stages import only downward: no top-level module of `src/` imports one that (directly or through
/// others) imports it back. A shared type goes below both (as `paint` and `columns` do).
#[test]
fn no_top_level_module_imports_one_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = module_imports(&src);
    for stage in ["spec", "model", "layout", "scene", "render", "job", "paint", "columns"] {
        assert!(graph.contains_key(stage), "found module {stage} in {:?}", graph.keys());
    }
    let circles: Vec<String> = graph
        .keys()
        .filter_map(|m| circle_through(&graph, m))
        .map(|path| path.join(" → "))
        .collect();
    assert!(
        circles.is_empty(),
        "import circles between top-level modules:\n{}",
        circles.join("\n")
    );
}

/// The names a line of code imports from a module path `prefix` (`super::`, `crate::layout::`):
/// `prefix a::b` gives `a`, `prefix {a, b::c, D}` gives `a`, `b`, `D`.
fn names_after(code: &str, prefix: &str, out: &mut Vec<String>) {
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        let word = |s: &str| {
            s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>()
        };
        match rest.strip_prefix('{') {
            Some(list) => {
                let list = list.split('}').next().unwrap_or("");
                out.extend(list.split(',').map(|item| word(item.trim())).filter(|w| !w.is_empty()));
            }
            None => out.push(word(rest)),
        }
    }
}

/// Within stage `stage` (a folder of `src/`), which of its direct submodules each one imports.
fn submodule_imports(
    src: &Path,
    stage: &str,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let dir = src.join(stage);
    let mut graph = std::collections::BTreeMap::<String, std::collections::BTreeSet<String>>::new();
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    let submodule = |file: &Path| -> Option<String> {
        let rel = file.strip_prefix(&dir).ok()?;
        let first = rel.components().next()?.as_os_str().to_str()?;
        let name = first.strip_suffix(".rs").unwrap_or(first);
        (name != "mod").then(|| name.to_string())
    };
    let modules: std::collections::BTreeSet<String> =
        files.iter().filter_map(|f| submodule(f)).collect();
    // A name the stage's mod.rs re-exports (`pub use view::{View, XyView};`) is its module's.
    let reexported = reexports(&dir.join("mod.rs"), &modules);
    for file in &files {
        let Some(from) = submodule(file) else { continue };
        // Only a direct child's own `super::` is its stage; deeper files' `super::` is their folder.
        let direct = file.parent() == Some(dir.as_path());
        let text = std::fs::read_to_string(file).expect("readable source");
        let mut names = Vec::new();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            if direct {
                names_after(code, "super::", &mut names);
            }
            names_after(code, &format!("crate::{stage}::"), &mut names);
        }
        let edges = graph.entry(from.clone()).or_default();
        let names = names.into_iter().map(|n| reexported.get(&n).cloned().unwrap_or(n));
        edges.extend(names.filter(|n| *n != from && modules.contains(n)));
    }
    graph
}

/// The names `mod_rs` re-exports from its submodules (`pub use child::{A, b};`, over any number
/// of lines), each with the submodule it comes from.
fn reexports(
    mod_rs: &Path,
    modules: &std::collections::BTreeSet<String>,
) -> std::collections::BTreeMap<String, String> {
    let text = std::fs::read_to_string(mod_rs).unwrap_or_default();
    let mut out = std::collections::BTreeMap::new();
    for statement in text.split(';') {
        let code: String = statement
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join(" ");
        let Some(at) = code.find("use ") else { continue };
        let path = code[at + 4..].trim();
        let Some((child, rest)) = path.split_once("::") else { continue };
        if !modules.contains(child) {
            continue;
        }
        let mut names = Vec::new();
        match rest.trim() {
            // A glob: every name the child declares public.
            "*" => names.extend(public_names(&mod_rs.with_file_name(format!("{child}.rs")))),
            _ => names_after(&format!("x::{rest}"), "x::", &mut names),
        }
        for name in names.into_iter().filter(|n| !n.is_empty()) {
            out.insert(name, child.to_string());
        }
    }
    out
}

/// The names a file declares `pub` at its top level (`pub struct Spec`, `pub fn parse_str`, …).
fn public_names(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let kinds = ["struct ", "enum ", "fn ", "const ", "type ", "trait ", "static "];
    text.lines()
        .filter_map(|line| line.strip_prefix("pub "))
        .filter_map(|rest| kinds.iter().find_map(|k| rest.strip_prefix(k)))
        .map(|rest| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
        .collect()
}

/// The same rule one level down: inside each stage, no module imports one that imports it back,
/// so every stage reads top to bottom too.
#[test]
fn no_module_inside_a_stage_imports_one_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut circles = Vec::new();
    for stage in ["spec", "model", "layout", "scene", "render", "web"] {
        let graph = submodule_imports(&src, stage);
        assert!(graph.len() > 2, "found the modules of {stage}: {:?}", graph.keys());
        for m in graph.keys() {
            if let Some(path) = circle_through(&graph, m) {
                circles.push(format!("{stage}: {}", path.join(" → ")));
            }
        }
    }
    assert!(circles.is_empty(), "import circles inside stages:\n{}", circles.join("\n"));
}

/// A name a stage's mod.rs re-exports counts as an import of the module it comes from, so a
/// circle cannot hide behind `super::Name`: `model/view.rs` imports `super::{ChartModel, Model, …}`
/// (re-exported from `chart_model.rs`) and `spec/time.rs` imports `super::Locale` (from
/// `locale.rs`).
#[test]
fn names_re_exported_by_a_stage_count_as_imports_of_their_module() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let model = submodule_imports(&src, "model");
    assert!(model["view"].contains("chart_model"), "view imports {:?}", model["view"]);
    let spec = submodule_imports(&src, "spec");
    assert!(spec["time"].contains("locale"), "time imports {:?}", spec["time"]);
    // A glob re-export (`pub use types::*;`) maps every public name of the file.
    assert!(spec["decode"].contains("types"), "decode imports {:?}", spec["decode"]);
}

/// The vocabulary at the bottom names no other module of the crate.
#[test]
fn the_paint_vocabulary_and_the_column_summaries_import_nothing_of_the_crate() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = module_imports(&src);
    for bottom in ["paint", "columns", "sort", "decimal"] {
        assert_eq!(
            graph.get(bottom).map(|e| e.len()),
            Some(0),
            "{bottom} imports {:?}",
            graph[bottom]
        );
    }
}

/// The checker itself finds a circle when there is one.
#[test]
fn the_circle_check_finds_a_planted_circle() {
    let mut graph = std::collections::BTreeMap::<String, std::collections::BTreeSet<String>>::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    graph.entry("c".into()).or_default().insert("a".into());
    graph.entry("d".into()).or_default().insert("a".into());
    assert_eq!(
        circle_through(&graph, "a"),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(circle_through(&graph, "d"), None);
}
