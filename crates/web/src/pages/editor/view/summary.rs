//! The editor's summary: while the offer is being written, how far each section is filled in
//! (and what was typed wrong); once the applicant asked to submit, every problem. Each entry
//! names its field ("Title: This field is required.") and links to it.

use super::anchor;
use crate::pages::texts::text;
use granty_domain::offer::OfferInput;
use granty_domain::text::is_blank;
use granty_domain::{Language, Rule, Violation, Violations};
use granty_i18n::{message_with, rule_message, Arg};
use serde::Serialize;
use std::collections::BTreeMap;

/// A problem in a summary: the field's name and the message, linking to the field.
#[derive(Serialize)]
pub struct Problem {
    pub anchor: String,
    pub label: String,
    pub message: String,
}

/// One section's progress: "filled: 3 of 6", and how many typed values need correcting.
#[derive(Serialize)]
pub struct Progress {
    anchor: &'static str,
    name: &'static str,
    filled: usize,
    total: usize,
    text: String,
    done: bool,
}

/// Something still to be filled in rather than something typed wrong: before the applicant asks
/// to submit, these count as progress, not as errors.
fn is_missing(rule: &Rule) -> bool {
    matches!(
        rule,
        Rule::Required
            | Rule::DeclarationRequired
            | Rule::NoActions
            | Rule::NoCostLines
            | Rule::AttachmentMissing { .. }
    )
}

/// The problems to show and, per input, its first message. Before the applicant asks to submit
/// (`check` false) only values typed wrong are shown; afterwards every problem.
pub fn problems(
    v: &Violations,
    check: bool,
    lang: Language,
) -> (Vec<Problem>, BTreeMap<String, String>) {
    let list: Vec<Problem> = v
        .iter()
        .filter(|p| check || !is_missing(&p.rule))
        .map(|p| problem(p, lang))
        .collect();
    let mut by_field = BTreeMap::new();
    for p in &list {
        by_field
            .entry(p.anchor.clone())
            .or_insert_with(|| p.message.clone());
    }
    (list, by_field)
}

fn problem(p: &Violation, lang: Language) -> Problem {
    Problem {
        anchor: anchor(&p.field),
        label: field_label(&p.field, lang),
        message: rule_message(&p.rule, lang),
    }
}

/// `costs[2].unit_cost` → ("costs", Some(2), "unit_cost"); `title` → ("title", None, "").
fn split_path(field: &str) -> (&str, Option<usize>, &str) {
    let Some((table, rest)) = field.split_once('[') else {
        return (field, None, "");
    };
    let (index, column) = rest.split_once(']').unwrap_or((rest, ""));
    (table, index.parse().ok(), column.trim_start_matches('.'))
}

/// The text key naming a column of one of the editor's tables.
fn column_key(table: &str, column: &str) -> &'static str {
    match (table, column) {
        ("schedule", "name") => "action_name",
        ("schedule", "start") => "from",
        ("schedule", "end") => "until",
        ("schedule", _) => "performer",
        ("results", "name") => "result_name",
        ("results", "planned_value") => "planned_value",
        ("results", _) => "monitoring",
        ("costs", "category") => "cost_kind",
        ("costs", "action_no") => "action_no",
        ("costs", "name") => "cost_name",
        ("costs", "unit") => "unit",
        ("costs", "unit_cost") => "unit_cost",
        ("costs", "quantity") => "quantity",
        ("costs", "grant_part") => "grant_part",
        ("costs", _) => "value_in_year",
        ("partners", "name") => "partner_name",
        ("partners", "country") => "partner_country",
        ("partners", "registration_number") => "registration_number",
        ("partners", "address") => "partner_address",
        ("partners", "scope") => "partner_scope",
        _ => "cost_share",
    }
}

/// The text key naming a field outside the tables (`contact.email`, `sources.own_financial`).
fn field_key(field: &str) -> &'static str {
    match field {
        "title" => "offer_title",
        "place" => "place",
        "target_group" => "target_group",
        "summary" => "summary",
        "start_date" => "start_date",
        "end_date" => "end_date",
        "previous_activity" => "previous_activity",
        "resources" => "resources",
        "other_information" => "other_information",
        "representation" => "representation",
        "contact.name" => "contact_name",
        "contact.phone" => "contact_phone",
        "contact.email" => "contact_email",
        "sources.requested_grant" => "requested_grant",
        "sources.own_financial" => "own_financial",
        "sources.own_personal" => "own_personal",
        "sources.own_in_kind" => "own_in_kind",
        "sources.participant_fees" => "participant_fees",
        "sources.other_public_funds" => "other_public_funds",
        "declarations.remuneration" => "remuneration",
        "declarations.no_tax_arrears" => "tax_arrears",
        "declarations.no_social_security_arrears" => "zus_arrears",
        "declarations.public_benefit_only" => "decl_public_benefit_only",
        "declarations.fees_only_in_paid_activity" => "decl_fees",
        "declarations.register_data_consistent" => "decl_register",
        "declarations.information_true" => "decl_true",
        "declarations.gdpr_statements_obtained" => "decl_gdpr",
        "schedule" => "section_schedule",
        "results" => "section_results",
        "costs" => "section_costs",
        "partners" => "joint_offer",
        _ if field.starts_with("attachments") => "attachments",
        _ => "section_sources",
    }
}

/// The name a person reads for a field: "Title of the public task", "Cost estimate, row 2:
/// Unit cost", "Partner 1: Name".
pub fn field_label(field: &str, lang: Language) -> String {
    match split_path(field) {
        (table, Some(i), column) => {
            let row = if table == "partners" {
                format!("{} {}", text(lang, "partner"), i + 1)
            } else {
                let section = field_key(table);
                format!("{}, {} {}", text(lang, section), text(lang, "row"), i + 1)
            };
            if column.is_empty() {
                row
            } else {
                format!("{row}: {}", text(lang, column_key(table, column)))
            }
        }
        _ => text(lang, field_key(field)).to_string(),
    }
}

/// The sections the summary counts: heading anchor, name, and what must be filled in.
struct Section {
    anchor: &'static str,
    name: &'static str,
    needed: Vec<bool>,
}

const DECLARATIONS: [&str; 8] = [
    "remuneration",
    "no_tax_arrears",
    "no_social_security_arrears",
    "public_benefit_only",
    "fees_only_in_paid_activity",
    "register_data_consistent",
    "information_true",
    "gdpr_statements_obtained",
];

fn sections(content: &OfferInput, v: &Violations) -> Vec<Section> {
    let filled = |value: &str| !is_blank(value);
    let answered = |name: &str| {
        let field = format!("declarations.{name}");
        !v.iter().any(|p| p.field == field && is_missing(&p.rule))
    };
    let c = &content.contact;
    let date = |d: Option<chrono::NaiveDate>| d.is_some();
    let missing_attachments = v
        .iter()
        .filter(|p| matches!(p.rule, Rule::AttachmentMissing { .. }))
        .count();
    vec![
        Section {
            anchor: "contact-name",
            name: "contact_heading",
            needed: vec![filled(&c.name), filled(&c.phone) || filled(&c.email)],
        },
        Section {
            anchor: "task",
            name: "section_task",
            needed: vec![
                filled(&content.title),
                filled(&content.place),
                filled(&content.target_group),
                filled(&content.summary),
                date(content.start_date),
                date(content.end_date),
            ],
        },
        Section {
            anchor: "schedule",
            name: "section_schedule",
            needed: vec![!content.schedule.is_empty()],
        },
        Section {
            anchor: "costs",
            name: "section_costs",
            needed: vec![!content.costs.is_empty()],
        },
        Section {
            anchor: "sources",
            name: "section_sources",
            needed: vec![filled(&content.sources.requested_grant)],
        },
        Section {
            anchor: "declarations",
            name: "section_declarations",
            needed: DECLARATIONS.iter().map(|d| answered(d)).collect(),
        },
        Section {
            anchor: "attachments",
            name: "attachments",
            needed: vec![false; missing_attachments],
        },
    ]
}

/// How far each section is filled in; a section with nothing required and nothing missing
/// (attachments all there) is left out.
pub fn progress(content: &OfferInput, v: &Violations, lang: Language) -> Vec<Progress> {
    sections(content, v)
        .into_iter()
        .filter(|s| !s.needed.is_empty())
        .map(|s| {
            let filled = s.needed.iter().filter(|f| **f).count();
            let total = s.needed.len();
            let args = [
                ("filled", Arg::Number(filled as i64)),
                ("total", Arg::Number(total as i64)),
            ];
            Progress {
                anchor: s.anchor,
                name: text(lang, s.name),
                filled,
                total,
                text: message_with(lang, "editor_progress", &args),
                done: filled == total,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_summary_entry_names_its_field() {
        let lang = Language::En;
        assert_eq!(field_label("title", lang), text(lang, "offer_title"));
        assert_eq!(
            field_label("costs[1].unit_cost", lang),
            format!(
                "{}, {} 2: {}",
                text(lang, "section_costs"),
                text(lang, "row"),
                text(lang, "unit_cost")
            )
        );
        assert_eq!(
            field_label("partners[0].name", lang),
            format!(
                "{} 1: {}",
                text(lang, "partner"),
                text(lang, "partner_name")
            )
        );
        assert_eq!(
            field_label("schedule[2]", lang),
            format!(
                "{}, {} 3",
                text(lang, "section_schedule"),
                text(lang, "row")
            )
        );
        assert_eq!(
            field_label("attachments.statut", lang),
            text(lang, "attachments")
        );
    }

    #[test]
    fn before_asking_to_submit_only_values_typed_wrong_are_problems() {
        let mut v = Violations::default();
        v.push("title", Rule::Required);
        v.push("title", Rule::TooLong { max: 300 });
        v.push("costs", Rule::NoCostLines);
        let (writing, inline) = problems(&v, false, Language::En);
        assert_eq!(writing.len(), 1);
        assert!(writing[0].message.contains("300"), "{}", writing[0].message);
        assert_eq!(inline.len(), 1);
        let (asked, _) = problems(&v, true, Language::En);
        assert_eq!(asked.len(), 3);
    }

    #[test]
    fn progress_counts_what_each_section_has() {
        let mut content = OfferInput {
            title: "Koncerty".into(),
            place: "Park".into(),
            ..OfferInput::default()
        };
        content.contact.email = "anna@example.org".into();
        let v = Violations::default();
        let rows = progress(&content, &v, Language::En);
        let task = rows.iter().find(|p| p.anchor == "task").expect("task");
        assert_eq!((task.filled, task.total), (2, 6));
        assert!(
            task.text.contains('2') && task.text.contains('6'),
            "{}",
            task.text
        );
        let contact = rows.iter().find(|p| p.anchor == "contact-name").unwrap();
        assert_eq!((contact.filled, contact.total), (1, 2));
        assert!(
            rows.iter().all(|p| p.anchor != "attachments"),
            "none missing"
        );
    }
}
