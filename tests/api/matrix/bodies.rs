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
            Body::ApiOwnOrganisation => json!({ "organisation_id": self.own_organisation(caller) }),
            Body::ApiDraft => self.stored_draft(thing).await,
            Body::ApiFormalCheck => {
                json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu"] })
            }
            Body::ApiReminderSettings => {
                let admin = &self.cast_member(0, granty_domain::roles::Role::Admin).token;
                self.app
                    .get(admin, "/api/v1/admin/reminder-settings")
                    .await
                    .1
            }
            Body::ApiNewOrganisation => organisation_body("Nowa Fundacja", &nip(self.next())),
            Body::ApiProfile => self.profile_json(thing),
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

impl World {
    pub(super) async fn page_body(
        &self,
        request: RequestBuilder,
        body: Body,
        who: &As<'_>,
        caller: &Caller,
        thing: &Thing,
        path: &str,
    ) -> RequestBuilder {
        let session = if who.signed_in {
            who.csrf.clone()
        } else {
            ANONYMOUS_TOKEN.to_string()
        };
        let anonymous = ANONYMOUS_TOKEN.to_string();
        let fresh = self.next().to_string();
        let fields: Vec<(String, String)> = match body {
            Body::Get => return request,
            Body::Csrf => vec![pair("csrf", &session)],
            Body::Login => {
                let ngo = self.cast_member(0, granty_domain::roles::Role::Ngo);
                pairs(&[
                    ("csrf", &anonymous),
                    ("tenant", self.towns[0].slug),
                    ("email", &ngo.email),
                    ("password", PASSWORD),
                ])
            }
            Body::NewCall => pairs(&[
                ("csrf", &session),
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
            ]),
            Body::CallEdit => {
                self.form_of(thing, path, (Owner::Clerk, who), &session)
                    .await
            }
            Body::FormalCheck => pairs(&[
                ("csrf", &session),
                ("outcome", "needs_correction"),
                ("deficiencies", "Brak podpisu"),
            ]),
            Body::Offer => {
                let edit = path.replace("/autosave", "/edit");
                let owner = (Owner::Ngo, who);
                let mut fields = self
                    .form_at(thing, &edit, "#offer-form", owner, &session)
                    .await;
                if !fields.iter().any(|(n, _)| n == "version") {
                    fields.push(pair("version", "1"));
                }
                fields
            }
            Body::Start => vec![
                pair("csrf", &session),
                pair(
                    "organisation_id",
                    &self.own_organisation(caller).to_string(),
                ),
            ],
            Body::NewOrganisation => {
                let profile = organisation_body("Nowa Fundacja", &nip(self.next()));
                let mut fields = vec![pair("csrf", &session)];
                for name in [
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
                ] {
                    fields.push(pair(name, profile[name].as_str().unwrap()));
                }
                fields.push(pair("representative_name", "Anna Nowak"));
                fields.push(pair("representative_function", "Prezeska"));
                fields
            }
            Body::Profile => self.form_of(thing, path, (Owner::Ngo, who), &session).await,
            Body::Invite => pairs(&[
                ("csrf", &session),
                ("email", &format!("new{fresh}@example.org")),
                ("display_name", "Nowa Osoba"),
            ]),
            Body::Register => pairs(&[
                ("csrf", &anonymous),
                ("display_name", "Nowa Osoba"),
                ("email", &format!("new{fresh}@example.org")),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ]),
            Body::ResetRequest => pairs(&[("csrf", &anonymous), ("email", "nobody@example.org")]),
            Body::NewPassword => pairs(&[
                ("csrf", &anonymous),
                ("password", "nowe hasło 2026!"),
                ("password_again", "nowe hasło 2026!"),
            ]),
            Body::Accept => pairs(&[
                ("csrf", &anonymous),
                ("display_name", "Nowa Osoba"),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ]),
            Body::Upload | Body::Document => {
                let form = reqwest::multipart::Form::new()
                    .text("kind", "statut")
                    .text("title", "Odpowiedzi na pytania");
                let part = reqwest::multipart::Part::bytes(pdf_bytes())
                    .file_name("plik.pdf")
                    .mime_str("application/pdf")
                    .unwrap();
                return request.multipart(form.part("file", part));
            }
            _ => unreachable!("an API body on a page: {body:?}"),
        };
        let encoded = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        request
            .header("content-type", "application/x-www-form-urlencoded")
            .body(encoded)
    }
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
        csrf: &str,
    ) -> Vec<(String, String)> {
        let selector = format!("form[action=\"{path}\"]");
        self.form_at(thing, path, &selector, owner, csrf).await
    }

    /// The fields of the form `selector` on the page at `page`, read by the object's owner in
    /// its town, with the caller's form token; only the token when there is no such form.
    async fn form_at(
        &self,
        thing: &Thing,
        page: &str,
        selector: &str,
        (owner, who): (Owner, &As<'_>),
        csrf: &str,
    ) -> Vec<(String, String)> {
        let mut fields = vec![pair("csrf", csrf)];
        let Some(town) = thing.town.map(|t| &self.towns[t]).filter(|_| who.let_in) else {
            return fields;
        };
        let token = match owner {
            Owner::Clerk => &town.clerk,
            Owner::Ngo => &town.ngo,
        };
        let shown = Browser::signed_in(&self.app, token).get(page).await;
        if shown.status != StatusCode::OK || !shown.page.has(selector) {
            return fields;
        }
        let read: &Page = &shown.page;
        fields.extend(
            read.form_fields(selector)
                .0
                .into_iter()
                .filter(|(n, _)| n != "csrf"),
        );
        fields
    }
}
