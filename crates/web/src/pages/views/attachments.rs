//! An offer's attachments as the editor, the review, the receipt and the clerk's check show
//! them: each attachment on the offer with its kind (in the reader's language), its file, type,
//! size, upload time and download link, and its versions; attachments taken off the offer after
//! them, still in the history. The template is `attachments_list.html`.

use super::documents::{size_only, type_name};
use granty_domain::call::RequiredAttachment;
use granty_domain::Language;
use granty_i18n::format::instant;
use granty_store::applications::{ApplicationDetail, AttachmentView};
use serde::Serialize;

/// The list, and whether its replace and remove forms are shown.
#[derive(Serialize)]
pub struct AttachmentList {
    application_id: i64,
    on_offer: Vec<AttachmentRow>,
    removed: Vec<AttachmentRow>,
    /// The applicant may replace and remove files now (a draft or a correction).
    editable: bool,
}

/// One attachment: its newest version (the one on the offer) and all its versions, newest first.
#[derive(Serialize)]
pub struct AttachmentRow {
    kind: String,
    current: VersionRow,
    versions: Vec<VersionRow>,
}

/// One version of a file.
#[derive(Serialize, Clone)]
pub struct VersionRow {
    id: i64,
    version_no: i32,
    file_name: String,
    file_type: &'static str,
    size: String,
    uploaded: String,
    href: String,
    /// The offer's submitted version this file was first filed with, if any.
    filed_with: Option<i32>,
    replaced: Option<String>,
    removed: Option<String>,
}

/// The attachments of `detail` as its reader may see them; `editable` shows the forms.
pub fn attachment_list(
    detail: &ApplicationDetail,
    editable: bool,
    zone: chrono_tz::Tz,
    lang: Language,
) -> AttachmentList {
    let downloads = format!("/applications/{}/attachments", detail.record.id);
    attachment_list_from(detail, editable, &downloads, zone, lang)
}

/// The same, with the files downloaded under `downloads` (a committee member's own address for
/// them, which checks their standing on the offer).
pub fn attachment_list_from(
    detail: &ApplicationDetail,
    editable: bool,
    downloads: &str,
    zone: chrono_tz::Tz,
    lang: Language,
) -> AttachmentList {
    let application_id = detail.record.id;
    let version = |a: &AttachmentView| version_row(a, downloads, zone, lang);
    let (mut on_offer, mut removed) = (Vec::new(), Vec::new());
    for chain in chains(&detail.attachment_history) {
        let shown = chain
            .iter()
            .rev()
            .find(|a| detail.attachments.iter().any(|on| on.id == a.id));
        let newest = shown.or(chain.last()).copied();
        let Some(newest) = newest else { continue };
        let row = AttachmentRow {
            kind: kind_name(&detail.call.terms.required_attachments, &newest.kind, lang),
            current: version(newest),
            versions: chain.iter().rev().map(|a| version(a)).collect(),
        };
        match shown {
            Some(_) => on_offer.push(row),
            None => removed.push(row),
        }
    }
    AttachmentList {
        application_id,
        on_offer,
        removed,
        editable,
    }
}

fn version_row(
    a: &AttachmentView,
    downloads: &str,
    zone: chrono_tz::Tz,
    lang: Language,
) -> VersionRow {
    VersionRow {
        id: a.id,
        version_no: a.version_no,
        file_name: a.file_name.clone(),
        file_type: type_name(&a.content_type),
        size: size_only(a.size_bytes, lang),
        uploaded: instant(a.uploaded_at, zone, lang),
        href: format!("{downloads}/{}", a.id),
        filed_with: a.locked_in_version,
        replaced: a.replaced_at.map(|at| instant(at, zone, lang)),
        removed: a.removed_at.map(|at| instant(at, zone, lang)),
    }
}

/// The history cut into one chain per attachment (it comes ordered by attachment, then version).
fn chains(history: &[AttachmentView]) -> Vec<Vec<&AttachmentView>> {
    let mut chains: Vec<Vec<&AttachmentView>> = Vec::new();
    for version in history {
        match chains.last_mut() {
            Some(chain) if chain[0].original_id == version.original_id => chain.push(version),
            _ => chains.push(vec![version]),
        }
    }
    chains
}

/// An attachment kind in the reader's language: the catalogue's word for the common kinds
/// (`statut`, `krs`, `inne`, ...), otherwise the name the call gave it, otherwise its code.
pub fn kind_name(required: &[RequiredAttachment], code: &str, lang: Language) -> String {
    let id = format!("attachment_kind_{code}");
    if let Some(known) = granty_i18n::texts(lang).get(id.as_str()) {
        return known.clone();
    }
    required
        .iter()
        .find(|r| r.code == code)
        .map(|r| r.name.clone())
        .unwrap_or_else(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_kinds_are_translated_and_others_keep_the_calls_name() {
        let required = [RequiredAttachment {
            code: "plan".into(),
            name: "Plan działań".into(),
        }];
        assert_eq!(
            kind_name(&required, "statut", Language::En),
            "Statute of the organisation"
        );
        assert_eq!(
            kind_name(&required, "statut", Language::Uk),
            "Статут організації"
        );
        assert_eq!(kind_name(&required, "inne", Language::Cs), "Jiná příloha");
        assert_eq!(kind_name(&required, "plan", Language::Cs), "Plan działań");
        assert_eq!(kind_name(&required, "no_such", Language::Pl), "no_such");
    }
}
