//! Making the objects the walk asks about: calls, offers, documents, invitations, members and
//! the emailed links, for the fixture and for throwaway copies.

use super::world::{Organisation, World};
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use granty_domain::Language;
use granty_store::entities::{attachment, notification};
use granty_store::{accounts, invitations, signup, uploads, Actor as StoreActor};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

impl World {
    pub async fn draft_call(&self, clerk: &str) -> i64 {
        let (status, body) = self
            .app
            .post(clerk, "/api/v1/calls", call_body(self.app.now()))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_i64().unwrap()
    }

    /// A call published now that closes tomorrow.
    pub(super) async fn short_call(&self, clerk: &str) -> i64 {
        let mut body = call_body(self.app.now());
        body["deadline"] = json!(self.app.now() + Duration::days(1));
        let (status, created) = self.app.post(clerk, "/api/v1/calls", body).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let id = created["id"].as_i64().unwrap();
        let confirm = json!({ "confirm_short_deadline": true });
        let path = format!("/api/v1/calls/{id}/publish");
        let (status, body) = self.app.post(clerk, &path, confirm).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        id
    }

    /// A joint offer: the second organisation is its partner, named in the content by its NIP.
    pub async fn joint_offer(
        &self,
        token: &str,
        call: i64,
        applicant: &Organisation,
        partner: &Organisation,
    ) -> i64 {
        let id = self.app.new_draft(token, call, applicant.id).await;
        let mut content = offer_content();
        content["partners"] = json!([{
            "name": partner.name, "country": "PL", "registration_number": partner.nip,
            "address": "ul. Krótka 1, Warszawa", "scope": "Promocja", "cost_share": "1000"
        }]);
        let body = json!({ "version": 1, "content": content, "partners": [partner.id] });
        let path = format!("/api/v1/applications/{id}");
        let (status, saved) = self.app.patch(token, &path, body).await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        id
    }

    pub async fn actor(&self, token: &str) -> StoreActor {
        accounts::actor_for_token(&self.app.db, token, &Default::default(), self.app.now())
            .await
            .unwrap()
    }

    pub async fn attachment_of(&self, offer: i64) -> i64 {
        attachment::Entity::find()
            .filter(attachment::Column::ApplicationId.eq(offer))
            .order_by_desc(attachment::Column::Id)
            .one(&self.app.db.reader)
            .await
            .unwrap()
            .expect("an attachment")
            .id
    }

    /// A document added to `call` by the clerk `actor`.
    pub async fn document(&self, actor: &StoreActor, call: i64) -> i64 {
        let file = uploads::UploadedFile::in_memory(
            "ogloszenie.pdf",
            "application/pdf",
            pdf_bytes().into(),
        );
        let rules = granty_web::Limits::default().file_rules();
        let (db, storage, now) = (&self.app.db, &self.app.storage, self.app.now());
        uploads::upload_call_document(db, storage, &rules, actor, call, "Ogłoszenie", file, now)
            .await
            .unwrap()
            .id
    }

    /// A pending invitation from the town's first organisation: its id and its link's token.
    pub async fn invitation(&self, index: usize) -> (i64, String) {
        let town = &self.towns[index];
        let to = format!("invited{}@example.org", self.next());
        let new = invitations::NewInvitation {
            email: &to,
            display_name: "Zaproszona",
            language: Language::Pl,
        };
        let actor = self.actor(&town.ngo).await;
        let id = invitations::invite(&self.app.db, &actor, town.first.id, new, self.app.now())
            .await
            .unwrap();
        let link = self.last_link(&to).await;
        (id, link.rsplit('/').next().unwrap().to_string())
    }

    /// The token of a new calendar address, of a clerk made for the request: each request has
    /// its own feed (a second address of one feed would stop the first, as it should).
    pub(super) async fn calendar_token(&self, index: usize) -> String {
        let town = &self.towns[index];
        let email = format!("calendar{}@{}.test", self.next(), town.slug);
        let session = self
            .app
            .user_in(&email, Role::Clerk, town.id, town.slug)
            .await;
        let actor = self.actor(&session).await;
        let owner = granty_store::calendar::FeedOwner::Clerk;
        let issued = granty_store::calendar::issue(&self.app.db, &actor, owner, self.app.now())
            .await
            .unwrap();
        format!("{}.ics", issued.token)
    }

    /// A new NGO account of the town: its email and user id.
    async fn new_account(&self, index: usize, kind: &str) -> (String, i64) {
        let email = format!("{kind}{}@example.org", self.next());
        let new = accounts::NewUser {
            email: &email,
            password: PASSWORD,
            display_name: kind,
            language: Language::Pl,
        };
        let (db, now) = (&self.app.db, self.app.now());
        let user = accounts::create_user(db, new, now).await.unwrap();
        let tenant = self.towns[index].id;
        accounts::grant_role(db, user, tenant, Role::Ngo, now)
            .await
            .unwrap();
        (email, user)
    }

    /// A second member of the town's first organisation, to be removed; returns the user id.
    pub async fn spare_member(&self, index: usize) -> i64 {
        let (_, user) = self.new_account(index, "spare").await;
        let (db, now) = (&self.app.db, self.app.now());
        let organisation = self.towns[index].first.id;
        accounts::add_organisation_member(&db.writer, organisation, user, now)
            .await
            .unwrap();
        user
    }

    /// The link of the newest email to `to`.
    pub async fn last_link(&self, to: &str) -> String {
        notification::Entity::find()
            .filter(notification::Column::RecipientEmail.eq(to))
            .order_by_desc(notification::Column::Id)
            .one(&self.app.db.reader)
            .await
            .unwrap()
            .expect("an email in the outbox")
            .link_path
    }

    /// A complete draft with its required attachment: it can be submitted.
    pub(super) async fn complete_draft(&self, ngo: &str, call: i64, organisation: i64) -> i64 {
        let id = self.app.filled_draft(ngo, call, organisation).await;
        upload(&self.app, ngo, id, "statut", pdf_bytes(), "application/pdf").await;
        id
    }

    /// The token of a password reset link for a new account of the town.
    pub(super) async fn reset_token(&self, index: usize) -> String {
        let (email, _) = self.new_account(index, "reset").await;
        let (db, now, slug) = (&self.app.db, self.app.now(), self.towns[index].slug);
        signup::request_password_reset(db, slug, &email, now)
            .await
            .unwrap();
        let link = self.last_link(&email).await;
        link.rsplit('/').next().unwrap().to_string()
    }

    /// `?token=…` of the confirmation link of a new sign-up in the town.
    pub(super) async fn confirmation_query(&self, index: usize) -> String {
        let email = format!("signup{}@example.org", self.next());
        let form = signup::SignUp {
            display_name: "Nowa Osoba",
            email: &email,
            password: PASSWORD,
            password_again: PASSWORD,
            language: Language::Pl,
        };
        let (db, now) = (&self.app.db, self.app.now());
        signup::sign_up(db, self.towns[index].slug, form, now)
            .await
            .unwrap();
        let link = self.last_link(&email).await;
        link.split_once('?').map(|(_, q)| format!("?{q}")).unwrap()
    }
}
