//! Organisations that apply for grants, with their registry identifiers checked.

use crate::identifiers::{Iban, Krs, Nip, Regon};
use crate::violation::{Rule, Violations};
use serde::{Deserialize, Serialize};

mod representation;

pub use representation::{Representation, MAX_SIGNATURES};

/// Legal forms of applicants (art. 3(2) and 3(3) of the public-benefit act).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    Association,
    SimpleAssociation,
    Foundation,
    ChurchEntity,
    LocalGovernmentAssociation,
    SocialCooperative,
    NonProfitCompany,
    RuralWomensCircle,
    SportsClub,
    Other,
}

impl LegalForm {
    pub const ALL: [LegalForm; 10] = [
        LegalForm::Association,
        LegalForm::SimpleAssociation,
        LegalForm::Foundation,
        LegalForm::ChurchEntity,
        LegalForm::LocalGovernmentAssociation,
        LegalForm::SocialCooperative,
        LegalForm::NonProfitCompany,
        LegalForm::RuralWomensCircle,
        LegalForm::SportsClub,
        LegalForm::Other,
    ];

    /// The stored code, as serde writes it (`simple_association`).
    pub fn code(self) -> &'static str {
        match self {
            LegalForm::Association => "association",
            LegalForm::SimpleAssociation => "simple_association",
            LegalForm::Foundation => "foundation",
            LegalForm::ChurchEntity => "church_entity",
            LegalForm::LocalGovernmentAssociation => "local_government_association",
            LegalForm::SocialCooperative => "social_cooperative",
            LegalForm::NonProfitCompany => "non_profit_company",
            LegalForm::RuralWomensCircle => "rural_womens_circle",
            LegalForm::SportsClub => "sports_club",
            LegalForm::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<LegalForm> {
        let code = code.trim();
        LegalForm::ALL.into_iter().find(|f| f.code() == code)
    }

    /// Whether the organisation must be entered in the KRS register.
    pub fn requires_krs(self) -> bool {
        matches!(
            self,
            LegalForm::Association
                | LegalForm::Foundation
                | LegalForm::SocialCooperative
                | LegalForm::NonProfitCompany
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    #[serde(default = "default_country")]
    pub country: String,
}

fn default_country() -> String {
    "PL".into()
}

/// A person authorised to represent the organisation (per KRS or statute).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Representative {
    pub name: String,
    pub function: String,
}

/// What a person types to register or edit an organisation.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct OrganisationInput {
    pub name: String,
    pub legal_form: String,
    pub krs: String,
    pub nip: String,
    pub regon: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub email: String,
    pub phone: String,
    pub bank_account: String,
    pub representatives: Vec<RepresentativeInput>,
    /// How the organisation is represented, as its register words it; may be left empty.
    pub representation_rule: String,
    /// How many representatives must sign; none given means one.
    pub signatures_required: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RepresentativeInput {
    pub name: String,
    pub function: String,
}

/// An organisation's profile, valid by construction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganisationProfile {
    pub name: String,
    pub legal_form: LegalForm,
    pub krs: Option<Krs>,
    pub nip: Nip,
    pub regon: Regon,
    pub address: Address,
    pub email: String,
    pub phone: String,
    pub bank_account: Iban,
    pub representatives: Vec<Representative>,
    pub representation: Representation,
}

impl OrganisationProfile {
    /// Checks every field and reports all problems at once.
    pub fn parse(input: &OrganisationInput) -> Result<OrganisationProfile, Violations> {
        let mut v = Violations::new();
        let name = v.text("name", &input.name, 300);
        let legal_form = legal_form_field(&mut v, &input.legal_form);
        let krs = krs_field(&mut v, &input.krs, legal_form);
        let nip = required_identifier(&mut v, "nip", &input.nip, Nip::parse);
        let regon = required_identifier(&mut v, "regon", &input.regon, Regon::parse);
        let bank_account =
            required_identifier(&mut v, "bank_account", &input.bank_account, Iban::parse);
        let address = address_fields(&mut v, input);
        let email = v.text("email", &input.email, 254);
        if !email.is_empty() && !is_plausible_email(&email) {
            v.push("email", Rule::InvalidEmail);
        }
        let phone = v.optional_text("phone", &input.phone, 40);
        let representatives = representatives_field(&mut v, &input.representatives);
        let representation = Representation::parse(
            &mut v,
            &input.representation_rule,
            input.signatures_required,
            &representatives,
        );
        let (Some(legal_form), Some(nip), Some(regon), Some(bank_account)) =
            (legal_form, nip, regon, bank_account)
        else {
            return Err(v);
        };
        v.into_result(OrganisationProfile {
            name,
            legal_form,
            krs,
            nip,
            regon,
            address,
            email,
            phone,
            bank_account,
            representatives,
            representation,
        })
    }
}

fn legal_form_field(v: &mut Violations, typed: &str) -> Option<LegalForm> {
    let form = LegalForm::parse(typed);
    if form.is_none() {
        let rule = if crate::text::is_blank(typed) {
            Rule::Required
        } else {
            Rule::InvalidValue
        };
        v.push("legal_form", rule);
    }
    form
}

/// The KRS number, required for the forms entered in that register.
fn krs_field(v: &mut Violations, typed: &str, form: Option<LegalForm>) -> Option<Krs> {
    if crate::text::is_blank(typed) {
        if form.is_some_and(LegalForm::requires_krs) {
            v.push("krs", Rule::Required);
        }
        return None;
    }
    Krs::parse(typed).map_err(|rule| v.push("krs", rule)).ok()
}

/// The registered address; the country defaults to Poland, whose postal codes are checked.
fn address_fields(v: &mut Violations, input: &OrganisationInput) -> Address {
    let street = v.text("street", &input.street, 200);
    let postal_code = v.text("postal_code", &input.postal_code, 20);
    let city = v.text("city", &input.city, 100);
    let country = if input.country.trim().is_empty() {
        "PL".to_string()
    } else {
        input.country.trim().to_uppercase()
    };
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
        v.push("country", Rule::InvalidValue);
    }
    if country == "PL" && !postal_code.is_empty() && !is_polish_postal_code(&postal_code) {
        v.push("postal_code", Rule::InvalidValue);
    }
    Address {
        street,
        postal_code,
        city,
        country,
    }
}

/// The most representatives one profile lists.
const MAX_REPRESENTATIVES: usize = 20;

fn representatives_field(v: &mut Violations, typed: &[RepresentativeInput]) -> Vec<Representative> {
    if typed.is_empty() {
        v.push("representatives", Rule::Required);
    }
    if typed.len() > MAX_REPRESENTATIVES {
        let max = MAX_REPRESENTATIVES;
        v.push("representatives", Rule::TooManyItems { max });
    }
    typed
        .iter()
        .enumerate()
        .map(|(i, r)| Representative {
            name: v.text(&format!("representatives[{i}].name"), &r.name, 200),
            function: v.text(&format!("representatives[{i}].function"), &r.function, 200),
        })
        .collect()
}

fn required_identifier<T>(
    v: &mut Violations,
    field: &str,
    value: &str,
    parse: fn(&str) -> Result<T, Rule>,
) -> Option<T> {
    if crate::text::is_blank(value) {
        v.push(field, Rule::Required);
        return None;
    }
    parse(value).map_err(|rule| v.push(field, rule)).ok()
}

fn is_polish_postal_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 6
        && bytes[2] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 2 || b.is_ascii_digit())
}

/// A deliberately loose check: one `@`, something before it, a dot in the domain, no spaces.
pub fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
        && !domain.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid_input() -> OrganisationInput {
        OrganisationInput {
            name: "Fundacja Pomocy".into(),
            legal_form: "foundation".into(),
            krs: "123456".into(),
            nip: "5260001246".into(),
            regon: "123456785".into(),
            street: "ul. Długa 1".into(),
            postal_code: "00-001".into(),
            city: "Warszawa".into(),
            country: String::new(),
            email: "biuro@fundacja.org.pl".into(),
            phone: String::new(),
            bank_account: "PL61 1090 1014 0000 0712 1981 2874".into(),
            representatives: vec![RepresentativeInput {
                name: "Anna Nowak".into(),
                function: "Prezes".into(),
            }],
            representation_rule: String::new(),
            signatures_required: None,
        }
    }

    #[test]
    fn a_valid_profile_parses_and_normalises() {
        let profile = OrganisationProfile::parse(&valid_input()).expect("valid");
        assert_eq!(
            profile.krs.map(|k| k.to_string()),
            Some("0000123456".into())
        );
        assert_eq!(
            profile.bank_account.as_str(),
            "PL61109010140000071219812874"
        );
        assert_eq!(profile.legal_form, LegalForm::Foundation);
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut input = valid_input();
        input.nip = "5260001247".into();
        input.bank_account = "PL62109010140000071219812874".into();
        input.legal_form = "company".into();
        input.email = "not an email".into();
        input.representatives.clear();
        let errors = OrganisationProfile::parse(&input).expect_err("invalid");
        let found: Vec<(&str, &str)> = errors
            .iter()
            .map(|v| (v.field.as_str(), v.rule.code()))
            .collect();
        assert!(found.contains(&("nip", "nip_checksum")));
        assert!(found.contains(&("bank_account", "iban_checksum")));
        assert!(found.contains(&("legal_form", "invalid_value")));
        assert!(found.contains(&("email", "invalid_email")));
        assert!(found.contains(&("representatives", "required")));
    }

    #[test]
    fn legal_form_codes_match_their_serde_names() {
        for form in LegalForm::ALL {
            let json = format!("\"{}\"", form.code());
            assert_eq!(serde_json::from_str::<LegalForm>(&json).ok(), Some(form));
            assert_eq!(LegalForm::parse(form.code()), Some(form));
        }
        assert_eq!(
            LegalForm::parse(" foundation "),
            Some(LegalForm::Foundation)
        );
        assert_eq!(LegalForm::parse("company"), None);
    }

    #[test]
    fn simple_associations_need_no_krs() {
        let mut input = valid_input();
        input.legal_form = "simple_association".into();
        input.krs.clear();
        assert!(OrganisationProfile::parse(&input).is_ok());
        input.legal_form = "association".into();
        let errors = OrganisationProfile::parse(&input).expect_err("krs required");
        assert_eq!(errors.0[0].field, "krs");
    }
}
