//! Multipart bodies written byte by byte, as a browser sends them (a file name in raw UTF-8),
//! and a request sent over a bare socket in two parts, with a pause between them.

use crate::support::TestApp;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub const BOUNDARY: &str = "granty-test-boundary";

/// A form with the text `fields` and one file.
pub fn body(fields: &[(&str, &str)], file: (&str, &str, &[u8])) -> Vec<u8> {
    let (name, content_type, bytes) = file;
    let mut body = Vec::new();
    for (key, value) in fields {
        let part = format!(
            "--{BOUNDARY}\r\ncontent-disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n"
        );
        body.extend_from_slice(part.as_bytes());
    }
    let head = format!(
        "--{BOUNDARY}\r\ncontent-disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         content-type: {content_type}\r\n\r\n"
    );
    body.extend_from_slice(head.as_bytes());
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    body
}

pub fn content_type() -> String {
    format!("multipart/form-data; boundary={BOUNDARY}")
}

/// Posts `body` to the API's upload route of `application`.
pub async fn post_api(
    app: &TestApp,
    token: &str,
    application: i64,
    body: Vec<u8>,
    language: &str,
) -> (reqwest::StatusCode, serde_json::Value) {
    app.send(
        app.client
            .post(app.url(&format!("/api/v1/applications/{application}/attachments")))
            .bearer_auth(token)
            .header("content-type", content_type())
            .header("accept-language", language)
            .body(body),
    )
    .await
}

/// Posts `body` to the editor's upload form; the status and the page.
pub async fn post_page(
    app: &TestApp,
    token: &str,
    csrf: &str,
    application: i64,
    body: Vec<u8>,
) -> (reqwest::StatusCode, String) {
    let response = app
        .client
        .post(app.url(&format!("/applications/{application}/upload?csrf={csrf}")))
        .header("cookie", format!("granty_session={token}"))
        .header("content-type", content_type())
        .body(body)
        .send()
        .await
        .expect("upload");
    (response.status(), response.text().await.expect("page"))
}

/// Sends the head and `first` bytes of the body, runs `between`, sends the rest; the status.
pub async fn post_in_two_parts(
    app: &TestApp,
    path: &str,
    token: &str,
    body: &[u8],
    first: usize,
    between: impl FnOnce(),
) -> (u16, String) {
    let address = app.base.trim_start_matches("http://");
    let mut socket = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect");
    let head = format!(
        "POST {path} HTTP/1.1\r\nhost: {address}\r\nauthorization: Bearer {token}\r\n\
         content-type: {}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        content_type(),
        body.len()
    );
    socket.write_all(head.as_bytes()).await.expect("head");
    socket.write_all(&body[..first]).await.expect("first part");
    socket.flush().await.expect("flush");
    // Long enough for the server to have taken the request in and begun reading the body.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    between();
    socket.write_all(&body[first..]).await.expect("the rest");
    let mut answer = Vec::new();
    socket.read_to_end(&mut answer).await.expect("answer");
    let text = String::from_utf8_lossy(&answer);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no status in {text}"));
    (status, text.into_owned())
}
