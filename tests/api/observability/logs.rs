//! The real binary in production dress (`log_format = "json"`, a metrics token): every request
//! gets an `x-request-id`, the response echoes it, and the request's log lines carry it.

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TOKEN: &str = "binary-metrics-token-0123456789";

struct Server {
    child: Child,
    base: String,
    lines: Arc<Mutex<Vec<String>>>,
    _dir: tempfile::TempDir,
}

impl Server {
    /// `granty serve --no-worker` with JSON logs, its stderr collected line by line.
    async fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_granty"))
            .args(["serve", "--no-worker"])
            .current_dir(dir.path())
            .env("GRANTY_TEMPLATES_DIR", crate::support::TEMPLATES_DIR)
            .env(
                "GRANTY_CONFIG_DIR",
                concat!(env!("CARGO_MANIFEST_DIR"), "/config"),
            )
            .env("GRANTY_LISTEN", format!("127.0.0.1:{port}"))
            .env("GRANTY_LOG_FORMAT", "json")
            .env("GRANTY_LOG", "info")
            .env("GRANTY_METRICS_TOKEN", TOKEN)
            .env_remove("GRANTY_DATABASE_URL")
            .env_remove("GRANTY_STORAGE_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let collected = lines.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                collected.lock().unwrap().push(line);
            }
        });
        let server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
            lines,
            _dir: dir,
        };
        server.wait_until_ready().await;
        server
    }

    async fn wait_until_ready(&self) {
        let started = Instant::now();
        while reqwest::get(format!("{}/health/ready", self.base))
            .await
            .is_err()
        {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "server did not start"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The JSON log lines so far whose request span has `id`.
    fn lines_of(&self, id: &str) -> Vec<Value> {
        let lines = self.lines.lock().unwrap();
        lines
            .iter()
            .map(|line| {
                serde_json::from_str::<Value>(line).unwrap_or_else(|_| panic!("not JSON: {line}"))
            })
            .filter(|line| line["span"]["request_id"] == id)
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_ids_reach_the_response_and_every_log_line() {
    let server = Server::start().await;
    let client = reqwest::Client::new();
    let live = format!("{}/health/live", server.base);

    let answer = client
        .get(&live)
        .header("x-request-id", "proxy-7f3a.42")
        .send()
        .await
        .unwrap();
    assert_eq!(
        answer.headers()["x-request-id"],
        "proxy-7f3a.42",
        "a proxy's id is kept"
    );
    let made = client.get(&live).send().await.unwrap();
    let made = made.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_eq!(made.len(), 36, "a UUID is made when none came: {made}");
    let odd = client
        .get(&live)
        .header("x-request-id", "a b <c>")
        .send()
        .await
        .unwrap();
    let odd = odd.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_ne!(odd, "a b <c>", "text that is no id is replaced");

    let started = Instant::now();
    while server.lines_of(&made).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no log line for {made}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let kept = server.lines_of("proxy-7f3a.42");
    let answered = kept
        .iter()
        .find(|line| line["status"] == 200)
        .unwrap_or_else(|| panic!("the response's line: {kept:?}"));
    assert_eq!(answered["span"]["route"], "/health/live");
    assert_eq!(answered["span"]["method"], "GET");
    assert_eq!(answered["level"], "INFO");
    assert!(answered["latency"].is_string(), "{answered}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_serves_metrics_to_its_token_only() {
    let server = Server::start().await;
    let client = reqwest::Client::new();
    let metrics = format!("{}/metrics", server.base);
    let refused = client.get(&metrics).send().await.unwrap();
    assert_eq!(refused.status(), reqwest::StatusCode::UNAUTHORIZED);
    let served = client
        .get(&metrics)
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(served.status(), reqwest::StatusCode::OK);
    let samples = super::scrape::parse(&served.text().await.unwrap());
    let refusals = [("route", "/metrics"), ("status", "401")];
    let counted = super::scrape::value(&samples, "granty_http_requests_total", &refusals);
    assert_eq!(counted, Some(1.0));
    // The worker's counters are registered in the same process's registry (`serve`).
    let text = client
        .get(&metrics)
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.contains("# TYPE granty_reminder_runs counter"),
        "{text}"
    );
    assert!(text.contains("# TYPE granty_deliveries counter"), "{text}");
}
