//! The way in: the start page (the only town's page, or the list of towns), a login form that
//! asks for the town only when nothing else says it, HTML 404 pages for browsers, and a language
//! chosen once that holds for the pages after it and becomes the account's.

use crate::browser::{Answer, Browser};
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use granty_store::entities::{notification, user};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

on_both_databases!(
    the_start_page_is_the_town_or_the_list_of_towns,
    the_login_form_asks_for_the_town_only_when_it_is_ambiguous,
    unknown_paths_are_html_pages_for_browsers_and_problems_for_the_api,
    a_chosen_language_holds_and_becomes_the_accounts,
    the_account_page_sets_the_language_and_refuses_an_unknown_one,
);

/// Logs in through the login form at `login_path` (the town field filled only when asked).
/// Returns the answer to the form and the session cookie it set.
pub async fn log_in_through(app: &TestApp, login_path: &str, email: &str) -> (Answer, String) {
    let visitor = Browser::new(app);
    let form = visitor.get(login_path).await;
    assert_eq!(form.status, StatusCode::OK, "{login_path}");
    let csrf = form.cookie("granty_csrf").expect("the form's token");
    let mut fields = form.page.form_fields("main form");
    fields.set("email", email).set("password", PASSWORD);
    if form.page.has("input#tenant") {
        fields.set("tenant", "miasto");
    }
    let answer = visitor
        .with_cookie("granty_csrf", &csrf)
        .post("/login", &fields.0)
        .await;
    let session = answer.cookie("granty_session").unwrap_or_default();
    (answer, session)
}

async fn the_start_page_is_the_town_or_the_list_of_towns(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let visitor = Browser::new(&app);
    // One town: its own page, with its open call, how to apply and the ways in.
    let home = visitor.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert_eq!(home.page.text("h1"), "Konkursy ofert");
    let call_link = format!("a[href=\"/miasto/calls/{}\"]", s.call);
    assert!(home.page.has(&call_link), "the open call: {}", home.html());
    assert_eq!(home.page.text("#how-to-apply"), "Jak złożyć ofertę");
    assert!(home.page.has("a[href=\"/miasto/login\"]"));
    assert!(home.page.has("a[href=\"/miasto/register\"]"));
    // Signed in, the start page is one's work.
    let ngo = Browser::signed_in(&app, &s.ngo).get("/").await;
    assert_eq!(ngo.location.as_deref(), Some("/dashboard"));
    // Two towns: the list, each linking to its page.
    app.other_tenant("brno").await;
    let towns = visitor.get("/?lang=en").await;
    assert_eq!(towns.status, StatusCode::OK);
    assert_eq!(towns.page.text("h1"), "Grant competitions of the towns");
    assert_eq!(
        towns.page.attr("main li a[href=\"/miasto\"]", "href"),
        "/miasto"
    );
    assert!(towns.page.has("main li a[href=\"/brno\"]"));
    assert_eq!(visitor.get("/brno").await.status, StatusCode::OK);
}

async fn the_login_form_asks_for_the_town_only_when_it_is_ambiguous(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.user("fundacja@example.org", Role::Ngo).await;
    let visitor = Browser::new(&app);
    // One town on the instance: no field, the town goes with the form.
    let login = visitor.get("/login").await;
    assert!(!login.page.has("input#tenant"), "{}", login.html());
    assert_eq!(login.page.input("tenant"), "miasto");
    let (answer, session) =
        log_in_through(&app, "/login?next=/dashboard", "fundacja@example.org").await;
    assert_eq!(answer.location.as_deref(), Some("/dashboard"));
    assert!(!session.is_empty());
    // Two towns: `/login` asks; the town's own login form does not.
    app.other_tenant("brno").await;
    assert!(visitor.get("/login").await.page.has("input#tenant"));
    let town = visitor.get("/miasto/login").await;
    assert_eq!(town.status, StatusCode::OK);
    assert!(!town.page.has("input#tenant"));
    assert_eq!(town.page.input("tenant"), "miasto");
    assert!(town.page.has("a[href=\"/miasto/password-reset\"]"));
    let (answer, _) = log_in_through(&app, "/miasto/login", "fundacja@example.org").await;
    assert_eq!(answer.location.as_deref(), Some("/"));
    assert_eq!(
        visitor.get("/nowhere/login").await.status,
        StatusCode::NOT_FOUND
    );
    // A wrong password shows the town's form again, still without the field.
    let form = visitor.get("/miasto/login").await;
    let csrf = form.cookie("granty_csrf").expect("token");
    let mut fields = form.page.form_fields("main form");
    fields
        .set("email", "fundacja@example.org")
        .set("password", "wrong");
    let again = visitor
        .with_cookie("granty_csrf", &csrf)
        .post("/login", &fields.0)
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!again.page.has("input#tenant"));
    assert_eq!(again.page.input("email"), "fundacja@example.org");
}

async fn unknown_paths_are_html_pages_for_browsers_and_problems_for_the_api(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let html = "text/html,application/xhtml+xml,*/*;q=0.8";
    let visitor = Browser::new(&app).with_header("accept", html);
    for path in ["/clerk/evaluations", "/applications/1/nothing", "/a/b/c/d"] {
        let answer = visitor.get(path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert!(answer.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
        assert_eq!(answer.page.text("h1"), "Nie znaleziono strony", "{path}");
        assert_eq!(answer.page.attr("main a", "href"), "/");
    }
    // Signed in: the person's language, and who is signed in.
    let clerk = Browser::signed_in(&app, &token).with_header("accept", html);
    let answer = clerk.get("/clerk/evaluations?lang=en").await;
    assert_eq!(answer.page.text("h1"), "Page not found");
    assert!(answer.text().contains("urzednik@miasto.pl"));
    // An id that is not a number names no page either (in English: the clerk chose it above).
    for path in ["/applications/abc", "/clerk/calls/x/edit"] {
        let answer = clerk.get(path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(answer.page.text("h1"), "Page not found", "{path}");
    }
    // The API, and clients that do not ask for HTML, keep problem+json.
    for (client, path) in [
        (&visitor, "/api/v1/nothing"),
        (&Browser::new(&app), "/clerk/evaluations"),
    ] {
        let answer = client.get(path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND);
        let kind = answer.headers["content-type"].to_str().unwrap();
        assert_eq!(kind, "application/problem+json", "{path}");
    }
}

async fn account_language(app: &TestApp, email: &str) -> String {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db.reader)
        .await
        .unwrap()
        .expect("user")
        .language
}

async fn a_chosen_language_holds_and_becomes_the_accounts(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let switched = ngo.get("/dashboard?lang=uk").await;
    assert_eq!(switched.page.lang(), "uk");
    assert_eq!(switched.cookie("granty_lang").as_deref(), Some("uk"));
    // The next pages, without the parameter (and without the cookie), stay Ukrainian.
    for path in ["/dashboard", "/account", "/organisations/new"] {
        assert_eq!(ngo.get(path).await.page.lang(), "uk", "{path}");
    }
    assert_eq!(account_language(&app, "fundacja@example.org").await, "uk");
    let account = ngo.get("/account").await;
    assert_eq!(
        account
            .page
            .form_fields("form[action=\"/account/language\"]")
            .0[1]
            .1,
        "uk"
    );
    // The emails follow the account: the receipt is written in Ukrainian.
    app.submitted(&s.ngo, s.call, s.organisation).await;
    let letter = notification::Entity::find()
        .filter(notification::Column::RecipientEmail.eq("fundacja@example.org"))
        .order_by_desc(notification::Column::Id)
        .one(&app.db.reader)
        .await
        .unwrap()
        .expect("the receipt");
    assert_eq!(letter.language, "uk");
    // A visitor's choice holds on the pages after it too (the cookie), the sign-up form included.
    let visitor = Browser::new(&app);
    let english = visitor.get("/miasto/register?lang=en").await;
    assert_eq!(english.cookie("granty_lang").as_deref(), Some("en"));
    let later = visitor.with_cookie("granty_lang", "en").get("/login").await;
    assert_eq!(later.page.lang(), "en");
}

async fn the_account_page_sets_the_language_and_refuses_an_unknown_one(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("fundacja@example.org", Role::Ngo).await;
    let ngo = Browser::signed_in(&app, &token);
    let account = ngo.get("/account").await;
    assert_eq!(account.page.text("#language"), "Język");
    let mut fields = account
        .page
        .form_fields("form[action=\"/account/language\"]");
    fields.set("language", "cs");
    let saved = ngo.post("/account/language", &fields.0).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        saved.location.as_deref(),
        Some("/account?saved=language#language")
    );
    assert_eq!(saved.cookie("granty_lang").as_deref(), Some("cs"));
    let after = ngo.get("/account?saved=language").await;
    assert_eq!(after.page.lang(), "cs");
    assert!(after.page.has(".account-language [role=status]"));
    assert_eq!(account_language(&app, "fundacja@example.org").await, "cs");
    // An unknown language: the form again with the message at the field; nothing changed.
    fields.set("language", "xx");
    let refused = ngo.post("/account/language", &fields.0).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.page.text("#account-language-error"),
        "Vyberte jeden z uvedených jazyků."
    );
    assert_eq!(account_language(&app, "fundacja@example.org").await, "cs");
    // Without the form's token nothing changes.
    fields.set("language", "en").set("csrf", "forged");
    let forged = ngo.post("/account/language", &fields.0).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(account_language(&app, "fundacja@example.org").await, "cs");
}
