//! The clerk's comments by part of the report: the parts a comment may name (a section, a
//! result, an action, a cost line), the comment boxes of the review form, and the comments the
//! organisation reads beside the parts they concern.
//!
//! A comment's key is a field path as the API takes it (`costs[2]`, `results_description`). A
//! comment sent through the API on a deeper path (`costs[2].year_values`) shows with its part;
//! one naming no part of this report shows above the report, so none is ever lost.

use super::form::anchor;
use granty_store::reports::ReportView;
use serde::Serialize;
use std::collections::BTreeMap;

/// The key of comments that name no part of the report.
pub const GENERAL: &str = "general";

/// The parts of `r` a comment may name, in the order the page shows them.
pub fn parts(r: &ReportView) -> Vec<String> {
    let rows = |name: &'static str, n: usize| (0..n).map(move |i| format!("{name}[{i}]"));
    let mut keys = vec!["results_description".to_string()];
    keys.extend(rows("results", r.planned_results.len()));
    keys.extend(rows("actions", r.planned_actions.len()));
    keys.extend(rows("costs", r.summary.lines.len()));
    keys.extend(
        [
            "sources",
            "other_income",
            "contribution_description",
            "additional_information",
            "documents",
        ]
        .map(String::from),
    );
    keys
}

/// The part `path` names: itself, or the longest part it lies under.
fn part_of<'a>(path: &str, parts: &'a [String]) -> Option<&'a String> {
    parts
        .iter()
        .filter(|p| {
            path == p.as_str()
                || path
                    .strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.starts_with(['.', '[']))
        })
        .max_by_key(|p| p.len())
}

/// The comments grouped by the part they concern ([`GENERAL`] for the others).
pub fn by_part(
    comments: &BTreeMap<String, String>,
    parts: &[String],
) -> BTreeMap<String, Vec<String>> {
    let mut grouped: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, text) in comments {
        let key = part_of(path, parts).map_or(GENERAL, String::as_str);
        grouped
            .entry(key.to_string())
            .or_default()
            .push(text.clone());
    }
    grouped
}

/// The comments the organisation answers now (the report is back for corrections), by part.
pub fn open_notes(r: &ReportView) -> BTreeMap<String, Vec<String>> {
    by_part(&r.open_comments, &parts(r))
}

/// Why the clerk rejected the report, once rejected.
pub fn rejection(r: &ReportView) -> Option<String> {
    let last = r.versions.last()?;
    let rejected = granty_domain::report::ReportState::Rejected;
    (r.state == rejected)
        .then(|| last.comments.get("reason").cloned())
        .flatten()
}

/// One comment box of the review form.
#[derive(Serialize)]
pub struct CommentBox {
    /// The input's id.
    pub id: String,
    pub typed: String,
    pub error: Option<String>,
}

/// A comment box per part, holding what was typed and the message a rule gave it.
pub fn boxes(
    parts: &[String],
    typed: &BTreeMap<String, String>,
    errors: &BTreeMap<String, String>,
) -> BTreeMap<String, CommentBox> {
    parts
        .iter()
        .map(|key| {
            let id = format!("comment-{}", anchor(key));
            let error = errors.get(&format!("comments.{key}")).cloned();
            let typed = typed.get(key).cloned().unwrap_or_default();
            (key.clone(), CommentBox { id, typed, error })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> Vec<String> {
        ["results_description", "costs[1]", "costs[12]", "sources"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn a_comment_shows_with_the_part_it_lies_under_and_no_comment_is_lost() {
        let comments: BTreeMap<String, String> = [
            ("costs[1].year_values", "a"),
            ("costs[12]", "b"),
            ("sources.grant", "c"),
            ("costs[123]", "d"),
            ("results_description_x", "e"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let grouped = by_part(&comments, &parts());
        assert_eq!(grouped["costs[1]"], ["a"]);
        assert_eq!(grouped["costs[12]"], ["b"]);
        assert_eq!(grouped["sources"], ["c"]);
        assert_eq!(grouped[GENERAL], ["d", "e"]);
    }

    #[test]
    fn each_part_gets_a_box_with_what_was_typed_and_its_message() {
        let typed = BTreeMap::from([("costs[1]".to_string(), "x".to_string())]);
        let errors = BTreeMap::from([("comments.costs[1]".to_string(), "too long".to_string())]);
        let boxes = boxes(&parts(), &typed, &errors);
        assert_eq!(boxes["costs[1]"].id, "comment-costs-1");
        assert_eq!(boxes["costs[1]"].typed, "x");
        assert_eq!(boxes["costs[1]"].error.as_deref(), Some("too long"));
        assert!(boxes["sources"].error.is_none());
    }
}
