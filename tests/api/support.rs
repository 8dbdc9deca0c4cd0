//! The test harness: a real HTTP server on a loopback socket over a fresh database per test
//! (a temporary SQLite file, or a new PostgreSQL database), with a clock the test moves.

use chrono::{DateTime, Duration, TimeZone, Utc};
use granty_domain::roles::Role;
use granty_domain::{Currency, Language};
use granty_store::accounts::{self, NewTenant, NewUser};
use granty_store::{Db, QueryLog, Storage, StorageConfig};
use granty_web::metrics::Registry;
use granty_web::{AccountSettings, AppState, Limits, ManualClock, Metrics};
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Database};
use serde_json::{json, Value};
use std::sync::Arc;

pub const PASSWORD: &str = "correct horse battery";
/// The token a test app's `/metrics` asks for (`metrics_token`).
pub const METRICS_TOKEN: &str = "test-metrics-token-0123456789";

pub use bodies::*;
pub use cli::{granty_cli, CLI_SECRET_KEY, TEMPLATES_DIR};
pub use databases::*;

mod bodies;
mod cli;
mod databases;

pub struct Scenario {
    pub clerk: String,
    pub ngo: String,
    pub organisation: i64,
    pub call: i64,
}

pub struct TestApp {
    pub base: String,
    /// The database URL, for worker processes started by a test.
    pub db_url: String,
    pub client: reqwest::Client,
    pub clock: ManualClock,
    pub db: Db,
    /// The app's object storage (memory unless the test chose another).
    pub storage: Storage,
    pub tenant_id: i64,
    /// Every statement the app and the test send through `db` (see [`TestApp::queries_of`]).
    pub queries: QueryLog,
    server: tokio::task::JoinHandle<()>,
    _guard: DbGuard,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// A fixed "now" for tests: 1 December 2026, 10:00 Warsaw time.
pub fn start_of_test() -> DateTime<Utc> {
    chrono_tz::Europe::Warsaw
        .with_ymd_and_hms(2026, 12, 1, 10, 0, 0)
        .single()
        .expect("instant")
        .with_timezone(&Utc)
}

impl TestApp {
    pub async fn start(backend: Backend) -> TestApp {
        Self::start_with(
            backend,
            Limits {
                max_attachment_bytes: 200_000,
                max_json_bytes: 256 * 1024,
                ..Limits::default()
            },
        )
        .await
    }

    pub async fn start_with(backend: Backend, limits: Limits) -> TestApp {
        Self::start_full(backend, limits, StorageConfig::Memory).await
    }

    pub async fn start_full(backend: Backend, limits: Limits, storage: StorageConfig) -> TestApp {
        Self::start_via(backend, limits, storage, str::to_string).await
    }

    /// Like [`TestApp::start_full`], but the app reaches its fresh database at `via(url)`
    /// (through a proxy the test can cut, for outage tests).
    pub async fn start_via(
        backend: Backend,
        limits: Limits,
        storage: StorageConfig,
        via: impl FnOnce(&str) -> String,
    ) -> TestApp {
        let signer = Some(Arc::new(test_signer()));
        Self::launch(backend, limits, storage, via, signer).await
    }

    /// A town without a signing key: its signature is recorded in the clerk's name and the
    /// agreement's PDF stays unsigned.
    pub async fn start_without_signing_key(backend: Backend) -> TestApp {
        let limits = Limits {
            max_attachment_bytes: 200_000,
            max_json_bytes: 256 * 1024,
            ..Limits::default()
        };
        Self::launch(backend, limits, StorageConfig::Memory, str::to_string, None).await
    }

    async fn launch(
        backend: Backend,
        limits: Limits,
        storage: StorageConfig,
        via: impl FnOnce(&str) -> String,
        signer: Option<Arc<granty_documents::pades::Signer>>,
    ) -> TestApp {
        // Logs show with a failing test's output only.
        let _ = tracing_subscriber::fmt()
            .with_env_filter("warn,granty_web=info")
            .with_test_writer()
            .try_init();
        let (url, guard) = fresh_database(backend).await;
        let url = via(&url);
        let db_url = url.clone();
        // Every app its own key, as every deployment has its own.
        let queries = QueryLog::new();
        let db = Db::connect(&url)
            .await
            .expect("connect")
            .with_secret_key(granty_store::SecretKey::generate())
            .with_query_log(&queries);
        db.migrate().await.expect("migrate");
        let clock = ManualClock::new(start_of_test());
        let storage = Storage::open(&storage).expect("storage");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        let state = AppState {
            db: db.clone(),
            storage: storage.clone(),
            clock: Arc::new(clock.clone()),
            limits: Arc::new(limits),
            accounts: Arc::new(AccountSettings::default()),
            secure_cookies: false,
            documents: Arc::new(shipped_templates()),
            signer,
            metrics: Arc::new(Metrics::new(
                Registry::default(),
                Some(METRICS_TOKEN.into()),
            )),
            public_url: Arc::new(format!("http://{address}").parse().expect("public url")),
        };
        let router = granty_web::router(state);
        let server = tokio::spawn(async move {
            // The peer address reaches the audit trail as a real deployment's does.
            let app = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
            axum::serve(listener, app).await.expect("server");
        });
        let tenant = accounts::create_tenant(
            &db,
            NewTenant {
                slug: "miasto",
                name: "Miasto Testowe",
                time_zone: chrono_tz::Europe::Warsaw,
                currency: Currency::PLN,
                default_language: Language::Pl,
            },
            clock_now(&clock),
        )
        .await
        .expect("tenant");
        TestApp {
            base: format!("http://{address}"),
            db_url,
            client: reqwest::Client::new(),
            clock,
            db,
            storage,
            tenant_id: tenant.id,
            queries,
            server,
            _guard: guard,
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        clock_now(&self.clock)
    }

    /// What `request` answered and the SQL statements the app sent while it ran (the test
    /// must send nothing else meanwhile).
    pub async fn queries_of<T>(
        &self,
        request: impl std::future::Future<Output = T>,
    ) -> (T, Vec<String>) {
        self.queries.clear();
        let answer = request.await;
        (answer, self.queries.take())
    }

    /// Creates a user with a role in the test tenant (or another) and logs in over HTTP.
    pub async fn user(&self, email: &str, role: Role) -> String {
        self.user_in(email, role, self.tenant_id, "miasto").await
    }

    pub async fn user_in(
        &self,
        email: &str,
        role: Role,
        tenant_id: i64,
        tenant_slug: &str,
    ) -> String {
        self.user_full(email, role, tenant_id, tenant_slug, Language::Pl)
            .await
    }

    pub async fn user_full(
        &self,
        email: &str,
        role: Role,
        tenant_id: i64,
        tenant_slug: &str,
        language: Language,
    ) -> String {
        let id = accounts::create_user(
            &self.db,
            NewUser {
                email,
                password: PASSWORD,
                display_name: email,
                language,
            },
            self.now(),
        )
        .await
        .expect("user");
        accounts::grant_role(&self.db, id, tenant_id, role, self.now())
            .await
            .expect("role");
        self.login(email, PASSWORD, tenant_slug).await.1["token"]
            .as_str()
            .expect("token")
            .to_string()
    }

    /// Logs in again (sessions last 12 hours; tests that move the clock need new ones).
    pub async fn token(&self, email: &str, tenant: &str) -> String {
        let (status, body) = self.login(email, PASSWORD, tenant).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["token"].as_str().expect("token").to_string()
    }

    pub async fn other_tenant(&self, slug: &str) -> i64 {
        accounts::create_tenant(
            &self.db,
            NewTenant {
                slug,
                name: slug,
                time_zone: chrono_tz::Europe::Prague,
                currency: Currency::CZK,
                default_language: Language::Cs,
            },
            self.now(),
        )
        .await
        .expect("tenant")
        .id
    }

    pub async fn login(&self, email: &str, password: &str, tenant: &str) -> (StatusCode, Value) {
        self.send(
            self.client
                .post(self.url("/api/v1/sessions"))
                .json(&json!({ "email": email, "password": password, "tenant": tenant })),
        )
        .await
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn send(&self, request: reqwest::RequestBuilder) -> (StatusCode, Value) {
        let response = request.send().await.expect("request");
        let status = response.status();
        let text = response.text().await.expect("body");
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, body)
    }

    pub async fn get(&self, token: &str, path: &str) -> (StatusCode, Value) {
        self.send(self.client.get(self.url(path)).bearer_auth(token))
            .await
    }

    pub async fn post(&self, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(
            self.client
                .post(self.url(path))
                .bearer_auth(token)
                .json(&body),
        )
        .await
    }

    pub async fn patch(&self, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(
            self.client
                .patch(self.url(path))
                .bearer_auth(token)
                .json(&body),
        )
        .await
    }

    pub async fn put(&self, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(
            self.client
                .put(self.url(path))
                .bearer_auth(token)
                .json(&body),
        )
        .await
    }

    /// Registers a valid organisation for an NGO user; returns its id.
    pub async fn organisation(&self, token: &str, name: &str, nip: &str) -> i64 {
        let (status, body) = self
            .post(token, "/api/v1/organisations", organisation_body(name, nip))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_i64().expect("id")
    }

    /// The usual cast: a clerk, an NGO user with an organisation, and an open call.
    pub async fn scenario(&self) -> Scenario {
        let clerk = self.user("urzednik@miasto.pl", Role::Clerk).await;
        let ngo = self.user("fundacja@example.org", Role::Ngo).await;
        let organisation = self
            .organisation(&ngo, "Fundacja Muzyki", "5260001246")
            .await;
        let call = self.open_call(&clerk).await;
        Scenario {
            clerk,
            ngo,
            organisation,
            call,
        }
    }

    /// Starts an empty draft; returns its id.
    pub async fn new_draft(&self, ngo: &str, call: i64, organisation: i64) -> i64 {
        let (status, draft) = self
            .post(
                ngo,
                &format!("/api/v1/calls/{call}/applications"),
                json!({ "organisation_id": organisation }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{draft}");
        draft["id"].as_i64().expect("id")
    }

    /// A draft holding [`offer_content`]; returns its id (at version 2).
    pub async fn filled_draft(&self, ngo: &str, call: i64, organisation: i64) -> i64 {
        let id = self.new_draft(ngo, call, organisation).await;
        let (status, saved) = self
            .patch(
                ngo,
                &format!("/api/v1/applications/{id}"),
                json!({ "version": 1, "content": offer_content() }),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        id
    }

    /// A complete offer with its attachment, submitted; returns its id.
    pub async fn submitted(&self, ngo: &str, call: i64, organisation: i64) -> i64 {
        let id = self.filled_draft(ngo, call, organisation).await;
        upload(self, ngo, id, "statut", pdf_bytes(), "application/pdf").await;
        let (status, receipt) = self
            .post(ngo, &format!("/api/v1/applications/{id}/submit"), json!({}))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{receipt}");
        id
    }

    /// Creates and publishes a call that opens now and closes in 30 days; returns its id.
    pub async fn open_call(&self, clerk: &str) -> i64 {
        let (status, body) = self
            .post(clerk, "/api/v1/calls", call_body(self.now()))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let id = body["id"].as_i64().expect("id");
        let (status, body) = self
            .post(clerk, &format!("/api/v1/calls/{id}/publish"), json!({}))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        id
    }
}

fn clock_now(clock: &ManualClock) -> DateTime<Utc> {
    use granty_web::Clock;
    clock.now()
}

/// The worker reads the test's clock.
pub struct TestNow(pub ManualClock);

impl granty_worker::Now for TestNow {
    fn now(&self) -> DateTime<Utc> {
        clock_now(&self.0)
    }
}

impl TestApp {
    pub fn worker_now(&self) -> TestNow {
        TestNow(self.clock.clone())
    }
}

/// The shipped templates of `pdf-templates/`, as `granty serve` loads them.
/// The town's TEST ONLY signing identity (crates/documents/tests/fixtures/pades/town.p12); its
/// CA is `test_trust_anchors()`.
pub fn test_signer() -> granty_documents::pades::Signer {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/documents/tests/fixtures/pades");
    let bytes = std::fs::read(dir.join("town.p12")).expect("town.p12");
    granty_documents::pades::Signer::from_pkcs12(&bytes, "test-only").expect("the test signer")
}

/// The TEST ONLY CA that issued `test_signer()`'s certificate (for tests verifying the PDFs
/// the server signs).
#[allow(dead_code)]
pub fn test_trust_anchors() -> granty_documents::pades::TrustAnchors {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/documents/tests/fixtures/pades");
    let pem = std::fs::read_to_string(dir.join("ca.pem")).expect("ca.pem");
    granty_documents::pades::TrustAnchors::from_pem(&pem).expect("the test CA")
}

pub fn shipped_templates() -> granty_documents::Engine {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("pdf-templates");
    granty_documents::Engine::load(&root).expect("the shipped templates load")
}
