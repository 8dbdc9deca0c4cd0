//! The bodies of requests: JSON an API route would accept, and forms as a route's own page
//! shows them (read from that page as the object's owner when the caller is let in).

use super::recipes::Body;
use super::send::{pair, pairs, As, ANONYMOUS_TOKEN};
use super::things::Thing;
use super::world::{nip, Caller, World};
use crate::browser::Browser;
use crate::html::Page;
use crate::support::*;
use reqwest::{RequestBuilder, StatusCode};
use sea_orm::EntityTrait;
use serde_json::{json, Value};

/// A card version no card reaches in the walk: a write with it is stale.
const STALE_CARD: i32 = 99_999;

impl World {
    /// The organisation a caller acts for: their own, else the first town's first.
    fn own_organisation(&self, caller: &Caller) -> i64 {
        caller
            .organisations
            .first()
            .copied()
            .unwrap_or(self.towns[0].first.id)
    }

    pub(super) async fn api_body(
        &self,
        request: RequestBuilder,
        body: Body,
        caller: &Caller,
        thing: &Thing,
    ) -> RequestBuilder {
        let json = match body {
            Body::ApiLogin => self.login_json(),
            Body::ApiNewCall => call_body(self.app.now()),
            Body::ApiCallTitle => json!({ "title": "Kultura 2027" }),
            Body::ApiCancel => json!({ "reason": "Zmiana budżetu" }),
            // No amounts: every ranked offer not awarded (the matrix's calls have no cards).
            Body::ApiAwards => json!({ "awards": [] }),
            // No offer of these calls diverges: the resolution is refused (422) once let in.
            Body::ApiDivergence => json!({ "application_id": 1, "note": "Rozstrzygnięcie" }),
            Body::ApiPublication => json!({ "bip_on": "2026-11-02" }),
            // Refused for its empty name (422) once let in: a recorded decision would let the
            // publication row publish the closed call's results for the rows after it.
            Body::ApiDecision => json!({ "decided_by_name": "", "decided_on": "2026-11-02" }),
            Body::ApiJustification => json!({
                "requester_name": "Jan Kowalski",
                "requester_email": "jan@example.org",
                "question": "Dlaczego?",
            }),
            Body::ApiAnswer => json!({ "answer": "Uzasadnienie", "comment": "Uwagi" }),
            Body::ApiOwnOrganisation => json!({ "organisation_id": self.own_organisation(caller) }),
            Body::ApiDraft => self.stored_draft(thing).await,
            Body::ApiFormalCheck => {
                json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu"] })
            }
            // A stale version: a member let in is refused (409) and the card stays as it was.
            Body::ApiScorecard => json!({ "version": STALE_CARD, "scores": [] }),
            Body::ApiReopen => json!({ "member_user_id": 1, "reason": "Uzasadnienie do poprawy" }),
            Body::ApiReminderSettings => self.admin_reads("/api/v1/admin/reminder-settings").await,
            Body::ApiTenantRules => self.admin_reads("/api/v1/admin/rules").await,
            Body::ApiAwardRules => self.admin_reads("/api/v1/admin/award-rules").await,
            Body::ApiAgreementSettings => {
                self.admin_reads("/api/v1/admin/agreement-settings").await
            }
            Body::ApiSettlementSettings => {
                self.admin_reads("/api/v1/admin/settlement-settings").await
            }
            Body::ApiNewOrganisation => organisation_body("Nowa Fundacja", &nip(self.next())),
            Body::ApiProfile => self.profile_json(thing),
            // Nothing answered: refused for its input (422) once the caller is let in.
            Body::ApiUnanswered => json!({}),
            Body::ApiAttachment => {
                let part = reqwest::multipart::Part::bytes(pdf_bytes())
                    .file_name("statut.pdf")
                    .mime_str("application/pdf")
                    .unwrap();
                let form = reqwest::multipart::Form::new()
                    .text("kind", "statut")
                    .part("file", part);
                return request.multipart(form);
            }
            _ => return request,
        };
        request.json(&json)
    }

    /// A setting as the town's admin reads it, to be sent back unchanged.
    async fn admin_reads(&self, path: &str) -> Value {
        let admin = &self.cast_member(0, granty_domain::roles::Role::Admin).token;
        self.app.get(admin, path).await.1
    }

    fn login_json(&self) -> Value {
        let ngo = self.cast_member(0, granty_domain::roles::Role::Ngo);
        json!({ "email": ngo.email, "password": PASSWORD, "tenant": self.towns[0].slug })
    }

    /// The offer's stored content at its current version: saving it changes nothing.
    async fn stored_draft(&self, thing: &Thing) -> Value {
        let id: i64 = thing.params[0].parse().unwrap();
        let found = granty_store::entities::application::Entity::find_by_id(id)
            .one(&self.app.db.reader)
            .await
            .unwrap();
        match found {
            Some(offer) => json!({
                "version": offer.lock_version,
                "content": serde_json::from_str::<Value>(&offer.content).unwrap(),
            }),
            None => json!({ "version": 1, "content": offer_content() }),
        }
    }

    /// The organisation's profile as stored (its name and NIP), to save unchanged.
    fn profile_json(&self, thing: &Thing) -> Value {
        let id: i64 = thing.params[0].parse().unwrap_or(0);
        let found = self
            .towns
            .iter()
            .flat_map(|t| [&t.first, &t.second])
            .find(|o| o.id == id);
        match found {
            Some(o) => organisation_body(&o.name, &o.nip),
            None => organisation_body("Fundacja", &nip(1)),
        }
    }
}

/// The new call form, filled in as a clerk would.
const NEW_CALL: &[(&str, &str)] = &[
    ("title", "Nowy nabór"),
    ("task_area", "kultura"),
    ("budget", "100 000"),
    ("min_grant", "5000"),
    ("max_grant", "20000"),
    ("min_own_contribution", "10"),
    ("admin_cost_cap", "15"),
    ("opens_at", "2026-12-04T08:00"),
    ("deadline", "2027-03-29T12:00"),
    ("realisation_start", "2027-04-01"),
    ("realisation_end", "2027-11-30"),
    ("required_attachments", "Statut"),
];

/// Forms anyone may send, carrying the anonymous form token (signed in or not).
fn anonymous_form(body: Body) -> bool {
    matches!(
        body,
        Body::Login | Body::Register | Body::ResetRequest | Body::NewPassword | Body::Accept
    )
}

/// A file form: the file and the text fields the attachment and document forms have.
fn file_form() -> reqwest::multipart::Form {
    let part = reqwest::multipart::Part::bytes(pdf_bytes())
        .file_name("plik.pdf")
        .mime_str("application/pdf")
        .unwrap();
    reqwest::multipart::Form::new()
        .text("kind", "statut")
        .text("title", "Odpowiedzi na pytania")
        .part("file", part)
}

impl World {
    /// A page's form (or file form) with the caller's form token.
    pub(super) async fn page_body(
        &self,
        request: RequestBuilder,
        (body, who): (Body, &As<'_>),
        caller: &Caller,
        thing: &Thing,
        path: &str,
    ) -> RequestBuilder {
        let mut fields = match body {
            Body::Get => return request,
            Body::Upload | Body::Document => return request.multipart(file_form()),
            Body::CallEdit => self.form_of(thing, path, (Owner::Clerk, who)).await,
            Body::Profile => self.form_of(thing, path, (Owner::Ngo, who)).await,
            Body::Offer => self.offer_form(thing, path, who).await,
            _ => self.typed_form(body, caller),
        };
        let token = match who.signed_in && !anonymous_form(body) {
            true => who.csrf.as_str(),
            false => ANONYMOUS_TOKEN,
        };
        fields.insert(0, pair("csrf", token));
        let encoded = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        request
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encoded)
    }

    /// The fields of a form the walk fills in itself.
    fn typed_form(&self, body: Body, caller: &Caller) -> Vec<(String, String)> {
        let email = format!("new{}@example.org", self.next());
        let new_password = "nowe hasło 2026!";
        match body {
            Body::Csrf => vec![],
            Body::StaleCard => pairs(&[("version", &STALE_CARD.to_string())]),
            Body::Login => {
                let ngo = self.cast_member(0, granty_domain::roles::Role::Ngo);
                let tenant = self.towns[0].slug;
                pairs(&[
                    ("tenant", tenant),
                    ("email", &ngo.email),
                    ("password", PASSWORD),
                ])
            }
            Body::NewCall => pairs(NEW_CALL),
            Body::FormalCheck => pairs(&[
                ("outcome", "needs_correction"),
                ("deficiencies", "Brak podpisu"),
            ]),
            Body::Start => {
                let organisation = self.own_organisation(caller).to_string();
                pairs(&[("organisation_id", &organisation)])
            }
            Body::NewOrganisation => new_organisation(&nip(self.next())),
            Body::Invite => pairs(&[("email", &email), ("display_name", "Nowa Osoba")]),
            Body::Register => pairs(&[
                ("display_name", "Nowa Osoba"),
                ("email", &email),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ]),
            Body::ResetRequest => pairs(&[("email", "nobody@example.org")]),
            Body::NewPassword => {
                pairs(&[("password", new_password), ("password_again", new_password)])
            }
            Body::Accept => pairs(&[
                ("display_name", "Nowa Osoba"),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ]),
            _ => unreachable!("not a form the walk fills in: {body:?}"),
        }
    }

    /// The editor's form (posted to the editor or to autosave), with a version to save over.
    async fn offer_form(&self, thing: &Thing, path: &str, who: &As<'_>) -> Vec<(String, String)> {
        let edit = path.replace("/autosave", "/edit");
        let mut fields = self
            .form_at(thing, &edit, "#offer-form", (Owner::Ngo, who))
            .await;
        if !fields.iter().any(|(n, _)| n == "version") {
            fields.push(pair("version", "1"));
        }
        fields
    }
}

/// The organisation form for a new organisation with this NIP.
fn new_organisation(nip: &str) -> Vec<(String, String)> {
    let profile = organisation_body("Nowa Fundacja", nip);
    let typed = [
        "name",
        "legal_form",
        "krs",
        "nip",
        "regon",
        "street",
        "postal_code",
        "city",
        "email",
        "bank_account",
    ];
    let mut fields: Vec<_> = typed
        .iter()
        .map(|name| pair(name, profile[*name].as_str().unwrap()))
        .collect();
    fields.push(pair("representative_name", "Anna Nowak"));
    fields.push(pair("representative_function", "Prezeska"));
    fields
}

/// Whose page holds the form a route posts.
#[derive(Clone, Copy)]
enum Owner {
    Clerk,
    Ngo,
}

impl World {
    /// The form posted to `path`, as shown on the same path to the object's owner.
    async fn form_of(
        &self,
        thing: &Thing,
        path: &str,
        owner: (Owner, &As<'_>),
    ) -> Vec<(String, String)> {
        let selector = format!("form[action=\"{path}\"]");
        self.form_at(thing, path, &selector, owner).await
    }

    /// The fields of the form `selector` on the page at `page` (its form token left out), read
    /// by the object's owner in its town when the caller is let in; none otherwise, or when the
    /// page has no such form.
    async fn form_at(
        &self,
        thing: &Thing,
        page: &str,
        selector: &str,
        (owner, who): (Owner, &As<'_>),
    ) -> Vec<(String, String)> {
        let Some(town) = thing.town.map(|t| &self.towns[t]).filter(|_| who.let_in) else {
            return vec![];
        };
        let token = match owner {
            Owner::Clerk => &town.clerk,
            Owner::Ngo => &town.ngo,
        };
        let shown = Browser::signed_in(&self.app, token).get(page).await;
        if shown.status != StatusCode::OK || !shown.page.has(selector) {
            return vec![];
        }
        let read: &Page = &shown.page;
        let fields = read.form_fields(selector).0.into_iter();
        fields.filter(|(n, _)| n != "csrf").collect()
    }
}
