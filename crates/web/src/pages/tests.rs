//! The pages' shape, checked: shared modules import no feature module, and no feature module
//! imports another (so what two features share lives in a shared module).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Modules every page may use; they import no feature module.
const SHARED: &[&str] = &[
    "form", "guard", "layout", "respond", "session", "texts", "views",
];

/// A page source file: its module path under `pages` (`["calls", "edit"]`) and its text.
struct Source {
    module: Vec<String>,
    text: String,
}

fn pages_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pages")
}

fn sources(folder: &Path, module: &[String], found: &mut Vec<Source>) {
    let mut entries: Vec<_> = std::fs::read_dir(folder)
        .expect("pages folder")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .expect("file name")
            .to_string();
        let mut inner = module.to_vec();
        if path.is_dir() {
            inner.push(name);
            sources(&path, &inner, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            if name != "mod" {
                inner.push(name);
            }
            let text = std::fs::read_to_string(&path).expect("source");
            found.push(Source {
                module: inner,
                text,
            });
        }
    }
}

/// The modules directly under `pages`.
fn top_modules() -> BTreeSet<String> {
    std::fs::read_dir(pages_folder())
        .expect("pages folder")
        .filter_map(|e| {
            let path = e.expect("entry").path();
            let stem = path.file_stem()?.to_str()?.to_string();
            (path.is_dir() || path.extension().is_some_and(|e| e == "rs")).then_some(stem)
        })
        .filter(|m| m != "mod" && m != "tests")
        .collect()
}

/// The first identifier of each item after a path prefix: `x`, or each of `{x, y::z, w as v}`.
fn items_after(rest: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = rest.strip_prefix('{') else {
        return vec![ident(rest)];
    };
    let mut depth = 0usize;
    let mut items = vec![String::new()];
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => items.push(String::new()),
            _ => {}
        }
        if let Some(last) = items.last_mut() {
            if !(c == ',' && depth == 0) {
                last.push(c);
            }
        }
    }
    items
        .iter()
        .map(|i| ident(i))
        .filter(|i| !i.is_empty())
        .collect()
}

/// The modules directly under `pages` that a file names, through `crate::pages::x` or through
/// as many `super::` as it takes to climb from the file to `pages`.
fn pages_modules_named(source: &Source) -> BTreeSet<String> {
    let depth = source.module.len();
    let text = &source.text;
    let mut named = BTreeSet::new();
    for (at, _) in text.match_indices("crate::pages::") {
        named.extend(items_after(&text[at + "crate::pages::".len()..]));
    }
    let mut at = 0;
    while let Some(found) = text[at..].find("super::") {
        let start = at + found;
        let mut end = start;
        let mut climbs = 0;
        while text[end..].starts_with("super::") {
            end += "super::".len();
            climbs += 1;
        }
        if climbs == depth {
            named.extend(items_after(&text[end..]));
        }
        at = end;
    }
    named
}

#[test]
fn no_feature_module_imports_another_and_shared_modules_import_none() {
    let top = top_modules();
    let mut found = Vec::new();
    sources(&pages_folder(), &[], &mut found);
    assert!(found.len() > 20, "the page sources were read");
    let mut broken = Vec::new();
    for source in found
        .iter()
        .filter(|s| s.module.first().is_some_and(|m| m != "tests"))
    {
        let own = &source.module[0];
        let is_shared = SHARED.contains(&own.as_str());
        for named in pages_modules_named(source) {
            let allowed = !top.contains(&named)
                || SHARED.contains(&named.as_str())
                || (!is_shared && &named == own);
            if !allowed {
                broken.push(format!(
                    "pages::{} uses pages::{named}",
                    source.module.join("::")
                ));
            }
        }
    }
    assert!(broken.is_empty(), "{broken:#?}");
}

#[test]
fn the_import_reader_finds_what_a_file_names() {
    let nested = Source {
        module: vec!["calls".into(), "edit".into()],
        text: "use super::form::CallForm;\nuse super::super::{guard::Staff, login};\n\
               use crate::pages::editor::view;"
            .into(),
    };
    let named: Vec<String> = pages_modules_named(&nested).into_iter().collect();
    assert_eq!(named, ["editor", "guard", "login"]);
    let top = Source {
        module: vec!["public".into()],
        text: "use super::views::documents::rows;\nfn f() { super::super::x(); }".into(),
    };
    let named: Vec<String> = pages_modules_named(&top).into_iter().collect();
    assert_eq!(named, ["views"]);
}
