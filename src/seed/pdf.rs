//! A one-page PDF made in code, so the demo's attachments open in any viewer without shipping
//! binary files in the repository.

use granty_store::uploads::UploadedFile;

/// `lines` as a one-page PDF uploaded under `name`.
pub fn pdf_upload(name: &str, lines: &[&str]) -> UploadedFile {
    UploadedFile::in_memory(name, "application/pdf", one_page_pdf(lines).into())
}

/// A valid single-page PDF (A4, Helvetica) showing `lines`; Polish letters lose their marks
/// because the standard font's encoding has none.
pub fn one_page_pdf(lines: &[&str]) -> Vec<u8> {
    let mut text = String::from("BT /F1 14 Tf 60 780 Td 20 TL");
    for line in lines {
        text.push_str(&format!(" ({}) '", escaped(line)));
    }
    text.push_str(" ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        format!("<< /Length {} >>\nstream\n{text}\nendstream", text.len()),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (index, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", index + 1).as_bytes());
    }
    let xref_at = pdf.len();
    let mut xref = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for offset in offsets {
        xref.push_str(&format!("{offset:010} 00000 n \n"));
    }
    pdf.extend_from_slice(xref.as_bytes());
    let trailer = format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n",
        objects.len() + 1
    );
    pdf.extend_from_slice(trailer.as_bytes());
    pdf
}

/// The line as a PDF literal string: ASCII only, with its delimiters escaped.
fn escaped(line: &str) -> String {
    line.chars()
        .map(|c| match c {
            '(' | ')' | '\\' => format!("\\{c}"),
            c if c.is_ascii() && !c.is_ascii_control() => c.to_string(),
            c => match "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".chars().position(|p| p == c) {
                Some(at) => "acelnoszzACELNOSZZ"[at..=at].to_string(),
                None => "?".to_string(),
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cross_reference_table_points_at_each_object() {
        let pdf = one_page_pdf(&["Statut (wersja 2)"]);
        let text = String::from_utf8(pdf.clone()).unwrap_or_default();
        assert!(text.starts_with("%PDF-1.4\n") && text.ends_with("%%EOF\n"));
        assert!(text.contains("(Statut \\(wersja 2\\)) '"));
        let xref = text.find("xref\n").unwrap_or_default();
        let entries: Vec<usize> = text[xref..]
            .lines()
            .skip(3)
            .take(5)
            .filter_map(|l| l.split(' ').next()?.parse().ok())
            .collect();
        for (index, offset) in entries.iter().enumerate() {
            assert!(text[*offset..].starts_with(&format!("{} 0 obj", index + 1)));
        }
        assert_eq!(entries.len(), 5);
        assert!(text.contains(&format!("startxref\n{xref}\n")));
    }
}
