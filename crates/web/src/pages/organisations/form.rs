//! The organisation form, both ways: a stored profile laid out as the form's fields, and the
//! posted fields read back into the domain's input.

use granty_domain::organisation::{OrganisationInput, RepresentativeInput};
use granty_store::organisations::OrganisationView;
use serde::{Deserialize, Serialize};

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
}

impl OrganisationForm {
    /// A stored profile as the form shows it.
    pub fn from_view(view: &OrganisationView) -> OrganisationForm {
        let first = view.representatives.first();
        OrganisationForm {
            csrf: String::new(),
            version: view.version.to_string(),
            name: view.name.clone(),
            legal_form: view.legal_form.clone(),
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
        }
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
            "representative_name" => self.representative_name.clone(),
            _ => self.representative_function.clone(),
        }
    }

    /// The domain's input; the form has one representative.
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
            representatives: vec![RepresentativeInput {
                name: self.representative_name.clone(),
                function: self.representative_function.clone(),
            }],
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
    ("representative_name", "representative_name", "name"),
    (
        "representative_function",
        "representative_function",
        "organization-title",
    ),
];

/// The form field a violation of the domain's input belongs to.
pub fn form_field_of(violation_field: &str) -> &str {
    match violation_field {
        "representatives" | "representatives[0].name" => "representative_name",
        "representatives[0].function" => "representative_function",
        other => other,
    }
}
