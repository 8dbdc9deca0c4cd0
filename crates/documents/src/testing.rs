//! Reading rendered PDFs back in tests, with poppler-utils (`pdftotext`, `pdftoppm`; Debian
//! package poppler-utils, installed by scripts/ensure-test-services.sh).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The text of every page as `pdftotext -layout` reads it. No-break spaces (which `money`
/// writes inside amounts) come back as plain spaces, so tests can look for "12 345,67 zł".
pub fn pdf_text(pdf: &[u8]) -> String {
    let file = temp_pdf(pdf);
    let output = poppler(
        "pdftotext",
        &["-layout", "-enc", "UTF-8"],
        file.path(),
        Some("-"),
    );
    String::from_utf8_lossy(&output).replace('\u{a0}', " ")
}

/// One word as `pdftotext -bbox` places it: page (1-based) and box in points from the
/// page's top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x_min: f32,
    pub y_min: f32,
    pub x_max: f32,
    pub y_max: f32,
}

/// Every word with its box (to check that nothing is drawn outside the margins or its cell).
pub fn pdf_words(pdf: &[u8]) -> Vec<Word> {
    let file = temp_pdf(pdf);
    let output = poppler(
        "pdftotext",
        &["-bbox", "-enc", "UTF-8"],
        file.path(),
        Some("-"),
    );
    let html = String::from_utf8_lossy(&output);
    let mut words = Vec::new();
    let mut page = 0;
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        }
        let Some(rest) = line.strip_prefix("<word ") else {
            continue;
        };
        let number = |name: &str| -> f32 {
            rest.split(&format!("{name}=\""))
                .nth(1)
                .and_then(|after| after.split('"').next())
                .and_then(|value| value.parse().ok())
                .unwrap_or(f32::NAN)
        };
        let text = rest
            .split_once('>')
            .and_then(|(_, after)| after.strip_suffix("</word>"))
            .unwrap_or_default()
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"");
        words.push(Word {
            page,
            text,
            x_min: number("xMin"),
            y_min: number("yMin"),
            x_max: number("xMax"),
            y_max: number("yMax"),
        });
    }
    words
}

/// The number of pages.
pub fn page_count(pdf: &[u8]) -> usize {
    let text = pdf_text(pdf);
    text.matches('\u{c}').count().max(1)
}

/// Renders every page to `target/documents/<name>-N.png` (150 dpi) for a person to look at, and
/// returns the files.
pub fn save_pages(name: &str, pdf: &[u8]) -> Vec<PathBuf> {
    let folder = target_dir().join("documents");
    std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    for old in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
        let file_name = old.file_name().to_string_lossy().to_string();
        if file_name.starts_with(&format!("{name}-")) && file_name.ends_with(".png") {
            let _ = std::fs::remove_file(old.path());
        }
    }
    let file = temp_pdf(pdf);
    let prefix = folder.join(name);
    let prefix = prefix.to_string_lossy().to_string();
    poppler(
        "pdftoppm",
        &["-png", "-r", "150"],
        file.path(),
        Some(&prefix),
    );
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            let file_name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            file_name.starts_with(&format!("{name}-")) && file_name.ends_with(".png")
        })
        .collect();
    pages.sort();
    pages
}

/// The workspace's target folder (CARGO_TARGET_DIR, else the one the test binary runs from).
pub fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("current_exe: {e}"));
    exe.ancestors()
        .find(|folder| folder.file_name().is_some_and(|n| n == "target"))
        .map(Path::to_path_buf)
        .or_else(|| exe.ancestors().nth(3).map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("target"))
}

fn temp_pdf(pdf: &[u8]) -> tempfile::NamedTempFile {
    let file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .unwrap_or_else(|e| panic!("temp file: {e}"));
    std::fs::write(file.path(), pdf).unwrap_or_else(|e| panic!("temp file: {e}"));
    file
}

fn poppler(tool: &str, args: &[&str], input: &Path, output: Option<&str>) -> Vec<u8> {
    let mut command = Command::new(tool);
    command.args(args).arg(input);
    if let Some(output) = output {
        command.arg(output);
    }
    let result = command
        .output()
        .unwrap_or_else(|e| panic!("{tool} did not run ({e}): apt-get install -y poppler-utils"));
    assert!(
        result.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    result.stdout
}
