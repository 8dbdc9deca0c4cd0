//! Request bodies and files the scenarios send.

use super::*;

pub fn organisation_body(name: &str, nip: &str) -> Value {
    json!({
        "name": name,
        "legal_form": "foundation",
        "krs": "0000123456",
        "nip": nip,
        "regon": "123456785",
        "street": "ul. Długa 5",
        "postal_code": "00-950",
        "city": "Warszawa",
        "email": "biuro@example.org",
        "bank_account": "PL61 1090 1014 0000 0712 1981 2874",
        "representatives": [{ "name": "Anna Nowak", "function": "Prezeska" }]
    })
}

/// A call: 100 000 zł, grants 5 000–20 000 zł, 10% own contribution, admin costs ≤ 15%.
pub fn call_body(now: DateTime<Utc>) -> Value {
    json!({
        "title": "Kultura 2027",
        "task_area": "kultura, sztuka, ochrona dóbr kultury",
        "description": "Wydarzenia kulturalne dla mieszkańców.",
        "budget": "100000",
        "min_grant": "5000",
        "max_grant": "20000",
        "min_own_contribution": "10",
        "admin_cost_cap": "15",
        "opens_at": now,
        "deadline": now + Duration::days(30),
        "realisation_start": "2027-02-01",
        "realisation_end": "2027-11-30",
        "required_attachments": [{ "code": "statut", "name": "Statut" }],
    })
}

/// A complete offer that meets the call of [`call_body`]: costs 13 000 zł, grant 11 000 zł.
pub fn offer_content() -> Value {
    json!({
        "title": "Letnie koncerty w parku",
        "place": "Park Miejski",
        "target_group": "Mieszkańcy, rodziny z dziećmi",
        "summary": "Cykl sześciu koncertów plenerowych.",
        "start_date": "2027-05-01",
        "end_date": "2027-09-30",
        "schedule": [
            { "name": "Koncerty", "description": "Sześć koncertów", "start": "2027-06-01", "end": "2027-08-31", "performer": "Fundacja Muzyki" }
        ],
        "results": [{ "name": "Liczba koncertów", "planned_value": "6", "monitoring": "Lista obecności" }],
        "costs": [
            { "category": "action", "action_no": 1, "name": "Honoraria artystów", "unit": "koncert", "unit_cost": "1500", "quantity": "6" },
            { "category": "action", "action_no": 1, "name": "Nagłośnienie", "unit": "usługa", "unit_cost": "400", "quantity": "6" },
            { "category": "administrative", "name": "Koordynacja", "unit": "miesiąc", "unit_cost": "400", "quantity": "4" }
        ],
        "sources": { "requested_grant": "11000", "own_financial": "1000", "own_personal": "1000" },
        "declarations": {
            "remuneration": "unpaid",
            "public_benefit_only": true,
            "fees_only_in_paid_activity": true,
            "no_tax_arrears": true,
            "no_social_security_arrears": true,
            "register_data_consistent": true,
            "information_true": true,
            "gdpr_statements_obtained": true
        },
        "contact": { "name": "Anna Nowak", "phone": "+48 600 100 200", "email": "anna@fundacja.pl" }
    })
}

/// Uploads a small PDF as the attachment `kind`.
pub async fn upload(
    app: &TestApp,
    token: &str,
    application: i64,
    kind: &str,
    bytes: Vec<u8>,
    mime: &str,
) -> (StatusCode, Value) {
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name("statut organizacji.pdf")
        .mime_str(mime)
        .expect("mime");
    let form = reqwest::multipart::Form::new()
        .text("kind", kind.to_string())
        .part("file", part);
    app.send(
        app.client
            .post(app.url(&format!("/api/v1/applications/{application}/attachments")))
            .bearer_auth(token)
            .multipart(form),
    )
    .await
}

pub fn pdf_bytes() -> Vec<u8> {
    b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec()
}
