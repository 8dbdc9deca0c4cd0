//! The organisation form, both ways: a stored profile laid out as the form's fields, and the
//! posted fields read back into the domain's input.

use granty_domain::organisation::{OrganisationInput, RepresentativeInput, MAX_SIGNATURES};
use granty_store::organisations::OrganisationView;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The organisation form as typed (also what is sent back after an error).
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct OrganisationForm {
    pub csrf: String,
    pub version: String,
    name: String,
    legal_form: String,
    krs: String,
    nip: String,
    regon: String,
    street: String,
    postal_code: String,
    city: String,
    email: String,
    phone: String,
    bank_account: String,
    representative_name: String,
    representative_function: String,
    representation_rule: String,
    signatures_required: String,
    /// The representatives after the first (`representative_name_2`, `representative_function_2`
    /// and on), which the form adds rows for when the rule needs several signatures.
    #[serde(flatten)]
    more_representatives: BTreeMap<String, String>,
}

/// The most representative rows the form shows: one per signature the rule may ask for.
pub const MAX_REPRESENTATIVE_ROWS: usize = MAX_SIGNATURES as usize;

/// The form's names of representative row `row` (from 0): the first keeps the names it always had.
pub fn representative_names(row: usize) -> (String, String) {
    if row == 0 {
        (
            "representative_name".into(),
            "representative_function".into(),
        )
    } else {
        let n = row + 1;
        (
            format!("representative_name_{n}"),
            format!("representative_function_{n}"),
        )
    }
}

impl OrganisationForm {
    /// A stored profile as the form shows it.
    pub fn from_view(view: &OrganisationView) -> OrganisationForm {
        let first = view.representatives.first();
        let mut more_representatives = BTreeMap::new();
        for (row, r) in view.representatives.iter().enumerate().skip(1) {
            let (name, function) = representative_names(row);
            more_representatives.insert(name, r.name.clone());
            more_representatives.insert(function, r.function.clone());
        }
        OrganisationForm {
            csrf: String::new(),
            version: view.version.to_string(),
            name: view.name.clone(),
            legal_form: view.legal_form.code().to_string(),
            krs: view.krs.clone().unwrap_or_default(),
            nip: view.nip.clone(),
            regon: view.regon.clone(),
            street: view.street.clone(),
            postal_code: view.postal_code.clone(),
            city: view.city.clone(),
            email: view.email.clone(),
            phone: view.phone.clone(),
            bank_account: view.bank_account.clone(),
            representative_name: first.map(|r| r.name.clone()).unwrap_or_default(),
            representative_function: first.map(|r| r.function.clone()).unwrap_or_default(),
            representation_rule: view.representation_rule.clone(),
            signatures_required: view.signatures_required.to_string(),
            more_representatives,
        }
    }

    /// What was typed in representative row `row`: (name, function).
    pub fn representative(&self, row: usize) -> (String, String) {
        if row == 0 {
            let first = &self.representative_name;
            return (first.clone(), self.representative_function.clone());
        }
        let (name, function) = representative_names(row);
        let typed = |key: &str| {
            self.more_representatives
                .get(key)
                .cloned()
                .unwrap_or_default()
        };
        (typed(&name), typed(&function))
    }

    /// The rows up to the last one typed in (the first always): a blank row between two typed
    /// ones is sent too, so its error sits next to it.
    fn typed_representatives(&self) -> Vec<RepresentativeInput> {
        (0..self.last_typed_row() + 1)
            .map(|row| self.representative(row))
            .map(|(name, function)| RepresentativeInput { name, function })
            .collect()
    }

    fn last_typed_row(&self) -> usize {
        (0..MAX_REPRESENTATIVE_ROWS)
            .rev()
            .find(|row| self.representative(*row) != (String::new(), String::new()))
            .unwrap_or(0)
    }

    /// How many representative rows to show: those typed, one blank for the next, and at least
    /// as many as the signatures asked for.
    pub fn rows_to_show(&self) -> usize {
        let typed = self.last_typed_row() + 1;
        let asked = self
            .signatures_required
            .trim()
            .parse::<usize>()
            .unwrap_or(1);
        (typed + 1).max(asked).clamp(2, MAX_REPRESENTATIVE_ROWS)
    }

    /// The typed value of one of the [`FIELDS`].
    pub fn value_of(&self, name: &str) -> String {
        match name {
            "name" => self.name.clone(),
            "krs" => self.krs.clone(),
            "nip" => self.nip.clone(),
            "regon" => self.regon.clone(),
            "street" => self.street.clone(),
            "postal_code" => self.postal_code.clone(),
            "city" => self.city.clone(),
            "email" => self.email.clone(),
            "phone" => self.phone.clone(),
            "bank_account" => self.bank_account.clone(),
            "representation_rule" => self.representation_rule.clone(),
            _ => self.signatures_required.clone(),
        }
    }

    /// The domain's input.
    pub fn input(&self) -> OrganisationInput {
        OrganisationInput {
            name: self.name.clone(),
            legal_form: self.legal_form.clone(),
            krs: self.krs.clone(),
            nip: self.nip.clone(),
            regon: self.regon.clone(),
            street: self.street.clone(),
            postal_code: self.postal_code.clone(),
            city: self.city.clone(),
            country: "PL".into(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            bank_account: self.bank_account.clone(),
            representatives: self.typed_representatives(),
            representation_rule: self.representation_rule.clone(),
            // A count that is not a number is passed on as one out of range, so the domain
            // names the field and the numbers allowed.
            signatures_required: match self.signatures_required.trim() {
                "" => None,
                typed => Some(typed.parse().unwrap_or(i64::MIN)),
            },
        }
    }
}

/// The legal forms offered, with their names in pl, en, cs, uk.
pub const LEGAL_FORMS: &[(&str, [&str; 4])] = &[
    (
        "association",
        [
            "stowarzyszenie",
            "association",
            "spolek",
            "громадське об'єднання",
        ],
    ),
    (
        "simple_association",
        [
            "stowarzyszenie zwykłe",
            "simple association",
            "prostý spolek",
            "просте об'єднання",
        ],
    ),
    ("foundation", ["fundacja", "foundation", "nadace", "фонд"]),
    (
        "church_entity",
        [
            "kościelna osoba prawna",
            "church legal person",
            "církevní právnická osoba",
            "церковна юридична особа",
        ],
    ),
    (
        "local_government_association",
        [
            "stowarzyszenie jednostek samorządu terytorialnego",
            "association of local governments",
            "sdružení obcí",
            "асоціація органів місцевого самоврядування",
        ],
    ),
    (
        "social_cooperative",
        [
            "spółdzielnia socjalna",
            "social cooperative",
            "sociální družstvo",
            "соціальний кооператив",
        ],
    ),
    (
        "non_profit_company",
        [
            "spółka non-profit",
            "non-profit company",
            "nezisková společnost",
            "неприбуткова компанія",
        ],
    ),
    (
        "rural_womens_circle",
        [
            "koło gospodyń wiejskich",
            "rural women's circle",
            "venkovský ženský kroužek",
            "сільський жіночий гурток",
        ],
    ),
    (
        "sports_club",
        [
            "klub sportowy",
            "sports club",
            "sportovní klub",
            "спортивний клуб",
        ],
    ),
    ("other", ["inna", "other", "jiná", "інша"]),
];

/// Field, label key and autocomplete hint, in form order.
pub const FIELDS: &[(&str, &str, &str)] = &[
    ("name", "org_name", "organization"),
    ("krs", "krs", "off"),
    ("nip", "nip", "off"),
    ("regon", "regon", "off"),
    ("street", "street", "street-address"),
    ("postal_code", "postal_code", "postal-code"),
    ("city", "city", "address-level2"),
    ("email", "email", "email"),
    ("phone", "phone", "tel"),
    ("bank_account", "bank_account", "off"),
];

/// The representation fields, after the representatives: (field, label key, hint key).
pub const REPRESENTATION_FIELDS: &[(&str, &str, &str)] = &[
    (
        "representation_rule",
        "representation_rule",
        "representation_rule_hint",
    ),
    (
        "signatures_required",
        "signatures_required",
        "signatures_required_hint",
    ),
];

/// The form field a violation of the domain's input belongs to: `representatives[2].name` is
/// the third row's name.
pub fn form_field_of(violation_field: &str) -> String {
    if violation_field == "representatives" {
        return "representative_name".into();
    }
    let row_and_part = violation_field
        .strip_prefix("representatives[")
        .and_then(|rest| rest.split_once("]."))
        .and_then(|(row, part)| Some((row.parse::<usize>().ok()?, part)));
    match row_and_part {
        Some((row, "name")) => representative_names(row).0,
        Some((row, _)) => representative_names(row).1,
        None => violation_field.to_string(),
    }
}
