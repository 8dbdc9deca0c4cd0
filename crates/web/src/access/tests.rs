//! The table and the router cannot drift apart, and the security document shows the table.

use super::{markdown, Access, Answer, Caller, Target, Tie, ROUTES};
use crate::{mounted, router, AppState, Limits, ManualClock};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use granty_domain::roles::Role;
use granty_store::{Db, Storage, StorageConfig};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;
use tower::ServiceExt;

async fn state() -> AppState {
    AppState {
        // Nothing reaches the database: a request with a method no route has stops at the router.
        db: Db::connect("sqlite::memory:").await.expect("database"),
        storage: Storage::open(&StorageConfig::Memory).expect("storage"),
        clock: Arc::new(ManualClock::new(chrono::Utc::now())),
        limits: Arc::new(Limits::default()),
        accounts: Arc::new(crate::AccountSettings::default()),
        secure_cookies: false,
        documents: Arc::new(granty_documents::Engine::default()),
        signer: None,
        metrics: Arc::new(crate::Metrics::default()),
        public_url: Arc::new("http://127.0.0.1:8080".parse().expect("url")),
    }
}

/// A concrete path matching only `pattern`: each `{param}` becomes a value no fixed segment has.
fn example(pattern: &str) -> String {
    pattern
        .split('/')
        .map(|part| if part.starts_with('{') { "7" } else { part })
        .collect::<Vec<_>>()
        .join("/")
}

/// The methods the router answers at `path`, from the `Allow` header of a 405 to a method no
/// route has (HEAD comes with every GET and is left out).
async fn methods(app: &axum::Router, path: &str) -> Vec<String> {
    let request = Request::builder()
        .method(Method::TRACE)
        .uri(example(path))
        .body(Body::empty())
        .expect("request");
    let response = app.clone().oneshot(request).await.expect("response");
    assert_eq!(
        response.status(),
        StatusCode::METHOD_NOT_ALLOWED,
        "{path} should match a route ({})",
        example(path)
    );
    let allow = response.headers().get(header::ALLOW).expect("Allow header");
    allow
        .to_str()
        .expect("Allow header text")
        .split(',')
        .map(|m| m.trim().to_string())
        .filter(|m| m != "HEAD")
        .collect()
}

#[tokio::test]
async fn every_route_has_a_row_and_every_row_a_route() {
    let app = router(state().await);
    let mut served = BTreeSet::new();
    for path in mounted(&Limits::default()).paths() {
        for method in methods(&app, path).await {
            served.insert((method, path.clone()));
        }
    }
    let rows: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_string()))
        .collect();
    assert_eq!(rows.len(), ROUTES.len(), "a route has two rows");
    let unlisted: Vec<_> = served.difference(&rows).collect();
    let unserved: Vec<_> = rows.difference(&served).collect();
    assert!(
        unlisted.is_empty(),
        "routes without a row in access::ROUTES (say who may call them): {unlisted:?}"
    );
    assert!(
        unserved.is_empty(),
        "rows of access::ROUTES the router does not serve: {unserved:?}"
    );
}

const START: &str = "<!-- who-may-do-what:start -->";
const END: &str = "<!-- who-may-do-what:end -->";

/// `docs/security.md` holds the generated table between two markers. Run the test with
/// `GRANTY_WRITE_DOCS=1` to write it there after changing the table.
#[test]
fn the_security_document_shows_the_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/security.md");
    let text = std::fs::read_to_string(&path).expect("docs/security.md");
    let start = text.find(START).expect("the start marker") + START.len();
    let end = text.find(END).expect("the end marker");
    let wanted = format!("\n{}", markdown());
    if text[start..end] == wanted {
        return;
    }
    if std::env::var("GRANTY_WRITE_DOCS").is_ok_and(|v| v == "1") {
        let updated = format!("{}{wanted}{}", &text[..start], &text[end..]);
        std::fs::write(&path, updated).expect("write docs/security.md");
        return;
    }
    panic!("docs/security.md is out of date: run GRANTY_WRITE_DOCS=1 cargo test -p granty-web the_security_document");
}

fn every_access() -> BTreeSet<String> {
    ROUTES.iter().map(|r| format!("{:?}", r.access)).collect()
}

fn answers(access: Access, role: Option<Role>, target: Target) -> Answer {
    access.answer(Caller { role, town: 1 }, target)
}

#[test]
fn only_public_routes_and_links_answer_the_logged_out() {
    let own = Target {
        town: Some(1),
        released: true,
        tie: Tie::Member,
    };
    for route in ROUTES {
        let answer = answers(route.access, None, own);
        let open = matches!(route.access, Access::Public | Access::Link);
        assert_eq!(answer == Answer::Allowed, open, "{route:?}");
        assert!(open || answer == Answer::Login, "{route:?}");
    }
    assert!(
        every_access().len() >= 10,
        "the table uses each kind of access"
    );
}

#[test]
fn another_towns_objects_are_unknown_to_every_role() {
    for route in ROUTES.iter().filter(|r| r.access.has_object()) {
        if matches!(route.access, Access::Public | Access::Link) {
            continue;
        }
        for role in [Role::Ngo, Role::Evaluator, Role::Clerk, Role::Admin] {
            for tie in [Tie::None, Tie::Member, Tie::Partner] {
                let foreign = Target {
                    town: Some(2),
                    released: true,
                    tie,
                };
                let answer = answers(route.access, Some(role), foreign);
                assert!(
                    matches!(answer, Answer::NotFound | Answer::Forbidden),
                    "{route:?} lets a {role:?} of another town in"
                );
            }
        }
    }
}

#[test]
fn partners_read_but_never_act_and_drafts_stay_with_their_applicant() {
    let joint = |tie, released| Target {
        town: Some(1),
        released,
        tie,
    };
    let ngo = Some(Role::Ngo);
    let clerk = Some(Role::Clerk);
    assert_eq!(
        answers(Access::OfferRead, ngo, joint(Tie::Partner, false)),
        Answer::Allowed
    );
    assert_eq!(
        answers(Access::OfferAct, ngo, joint(Tie::Partner, false)),
        Answer::Forbidden
    );
    assert_eq!(
        answers(Access::OfferAct, ngo, joint(Tie::None, false)),
        Answer::NotFound
    );
    assert_eq!(
        answers(Access::OfferRead, clerk, joint(Tie::None, false)),
        Answer::NotFound
    );
    assert_eq!(
        answers(Access::OfferRead, clerk, joint(Tie::None, true)),
        Answer::Allowed
    );
    assert_eq!(
        answers(Access::OfferAct, clerk, joint(Tie::None, true)),
        Answer::Forbidden
    );
    let evaluator = Some(Role::Evaluator);
    assert_eq!(
        answers(Access::OfferRead, evaluator, joint(Tie::None, true)),
        Answer::NotFound
    );
}

#[test]
fn an_offers_document_is_read_as_the_offer_and_by_the_committee_as_scored() {
    let offer = |tie, released| Target {
        town: Some(1),
        released,
        tie,
    };
    let document = Access::OfferDocument;
    let (ngo, clerk, evaluator) = (Some(Role::Ngo), Some(Role::Clerk), Some(Role::Evaluator));
    assert_eq!(
        answers(document, ngo, offer(Tie::Member, false)),
        Answer::Allowed
    );
    assert_eq!(
        answers(document, ngo, offer(Tie::Partner, true)),
        Answer::Allowed
    );
    assert_eq!(
        answers(document, ngo, offer(Tie::None, true)),
        Answer::NotFound
    );
    assert_eq!(
        answers(document, clerk, offer(Tie::None, false)),
        Answer::NotFound
    );
    assert_eq!(
        answers(document, clerk, offer(Tie::None, true)),
        Answer::Allowed
    );
    let member = |tie| answers(document, evaluator, offer(tie, true));
    assert_eq!(member(Tie::Undeclared), Answer::Forbidden);
    assert_eq!(member(Tie::Declared), Answer::Allowed);
    assert_eq!(member(Tie::Excluded), Answer::NotFound);
    assert_eq!(member(Tie::None), Answer::NotFound);
}
