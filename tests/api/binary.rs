//! The real `granty` binary, as `make run` starts it: migrate, seed the demo once, serve.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_seeds_the_demo_and_serves_it() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/config");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_granty"))
            .args(args)
            .current_dir(dir.path())
            .env("GRANTY_TEMPLATES_DIR", crate::support::TEMPLATES_DIR)
            .env("GRANTY_CONFIG_DIR", config_dir)
            .env("GRANTY_LISTEN", format!("127.0.0.1:{port}"))
            .env("GRANTY_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
            .env_remove("GRANTY_DATABASE_URL")
            .env_remove("GRANTY_STORAGE_URL")
            .output()
            .unwrap()
    };
    let seeded = run(&["seed-demo"]);
    assert!(
        seeded.status.success(),
        "{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    let printed = String::from_utf8_lossy(&seeded.stdout);
    assert!(printed.contains("urzednik@demo.granty.pl"), "{printed}");
    let again = run(&["seed-demo"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("already exists"));

    let added = Command::new(env!("CARGO_BIN_EXE_granty"))
        .args([
            "user",
            "add",
            "--email",
            "Nowa@Demo.Granty.pl",
            "--name",
            "Nowa Urzędniczka",
            "--tenant",
            "demo",
            "--role",
            "clerk",
        ])
        .current_dir(dir.path())
        .env("GRANTY_TEMPLATES_DIR", crate::support::TEMPLATES_DIR)
        .env("GRANTY_CONFIG_DIR", config_dir)
        .env("GRANTY_PASSWORD", "bardzo-tajne-haslo")
        .env_remove("GRANTY_DATABASE_URL")
        .output()
        .unwrap();
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );

    // A bad configuration stops start-up with one line naming the key.
    let bad = Command::new(env!("CARGO_BIN_EXE_granty"))
        .args(["migrate"])
        .current_dir(dir.path())
        .env("GRANTY_TEMPLATES_DIR", crate::support::TEMPLATES_DIR)
        .env("GRANTY_CONFIG_DIR", config_dir)
        .env("GRANTY_LISTEN", "not-an-address")
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("`listen`"));

    let mut server = Command::new(env!("CARGO_BIN_EXE_granty"))
        .args(["serve"])
        .current_dir(dir.path())
        .env("GRANTY_TEMPLATES_DIR", crate::support::TEMPLATES_DIR)
        .env("GRANTY_CONFIG_DIR", config_dir)
        .env("GRANTY_LISTEN", format!("127.0.0.1:{port}"))
        .env_remove("GRANTY_DATABASE_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let ready = loop {
        if let Ok(response) = client.get(format!("{base}/health/ready")).send().await {
            break response.status();
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(ready, reqwest::StatusCode::OK);
    let login: serde_json::Value = client
        .post(format!("{base}/api/v1/sessions"))
        .json(&serde_json::json!({ "email": "fundacja@demo.granty.pl", "password": "granty-demo-2026", "tenant": "demo" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["token"].as_str().unwrap();
    let calls: serde_json::Value = client
        .get(format!("{base}/api/v1/calls"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(calls["calls"][0]["state"], "open");
    let mine: serde_json::Value = client
        .get(format!("{base}/api/v1/organisations/mine"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(mine["organisations"][0]["name"], "Fundacja Zielony Zakątek");
    let clerk = client
        .post(format!("{base}/api/v1/sessions"))
        .json(&serde_json::json!({ "email": "nowa@demo.granty.pl", "password": "bardzo-tajne-haslo", "tenant": "demo" }))
        .send()
        .await
        .unwrap();
    assert_eq!(clerk.status(), reqwest::StatusCode::CREATED);
    let session: serde_json::Value = clerk.json().await.unwrap();
    assert_eq!(session["role"], "clerk");
    server.kill().unwrap();
    server.wait().unwrap();
}
