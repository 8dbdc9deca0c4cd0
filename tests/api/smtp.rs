//! A small SMTP server for the tests: a real SMTP conversation over a socket, recording what it
//! receives, and able to be down, to defer (4xx) or to refuse (5xx).

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Accept,
    Defer,
    Refuse,
}

#[derive(Clone, Debug)]
pub struct Received {
    pub recipients: Vec<String>,
    pub data: String,
}

impl Received {
    pub fn parsed(&self) -> mailparse::ParsedMail<'_> {
        mailparse::parse_mail(self.data.as_bytes()).expect("a valid message")
    }

    pub fn header(&self, name: &str) -> String {
        use mailparse::MailHeaderMap;
        self.parsed()
            .headers
            .get_first_value(name)
            .unwrap_or_default()
    }

    /// The decoded bodies of every leaf part, with their content types and file names.
    pub fn parts(&self) -> Vec<(String, Option<String>, String)> {
        fn walk(part: &mailparse::ParsedMail<'_>, out: &mut Vec<(String, Option<String>, String)>) {
            if part.subparts.is_empty() {
                let name = part
                    .get_content_disposition()
                    .params
                    .get("filename")
                    .cloned();
                out.push((
                    part.ctype.mimetype.clone(),
                    name,
                    part.get_body().unwrap_or_default(),
                ));
            }
            for sub in &part.subparts {
                walk(sub, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.parsed(), &mut out);
        out
    }

    /// The attached files: content type, file name and the decoded bytes (a PDF is binary).
    pub fn files(&self) -> Vec<(String, String, Vec<u8>)> {
        fn walk(part: &mailparse::ParsedMail<'_>, out: &mut Vec<(String, String, Vec<u8>)>) {
            let name = part
                .get_content_disposition()
                .params
                .get("filename")
                .cloned();
            if let (true, Some(name)) = (part.subparts.is_empty(), name) {
                let bytes = part.get_body_raw().unwrap_or_default();
                out.push((part.ctype.mimetype.clone(), name, bytes));
            }
            for sub in &part.subparts {
                walk(sub, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.parsed(), &mut out);
        out
    }
}

pub struct SmtpServer {
    pub port: u16,
    pub received: Arc<Mutex<Vec<Received>>>,
    pub mode: Arc<Mutex<Mode>>,
    /// Pause before accepting each message, to catch a worker mid-batch.
    pub delay: Arc<Mutex<Duration>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("address").port();
        let mut server = SmtpServer {
            port,
            received: Arc::default(),
            mode: Arc::new(Mutex::new(Mode::Accept)),
            delay: Arc::default(),
            task: None,
        };
        server.serve(listener);
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Stops listening: connections are refused, as from a server that is down.
    pub fn stop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }

    /// Listens again on the same port.
    pub async fn resume(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port))
            .await
            .expect("rebind");
        self.serve(listener);
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.mode.lock().unwrap() = mode;
    }

    pub fn messages(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    fn serve(&mut self, listener: TcpListener) {
        let received = self.received.clone();
        let mode = self.mode.clone();
        let delay = self.delay.clone();
        self.task = Some(tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let (received, mode, delay) = (received.clone(), mode.clone(), delay.clone());
                tokio::spawn(async move {
                    let _ = conversation(stream, received, mode, delay).await;
                });
            }
        }));
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn conversation(
    stream: tokio::net::TcpStream,
    received: Arc<Mutex<Vec<Received>>>,
    mode: Arc<Mutex<Mode>>,
    delay: Arc<Mutex<Duration>>,
) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    write.write_all(b"220 granty-test ESMTP\r\n").await?;
    let mut recipients = Vec::new();
    while let Some(line) = lines.next_line().await? {
        let command = line.to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
            b"250-granty-test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
        } else if command.starts_with("MAIL FROM") {
            recipients.clear();
            let current = *mode.lock().unwrap();
            match current {
                Mode::Accept => b"250 2.1.0 OK\r\n",
                Mode::Defer => b"451 4.3.0 Try again later\r\n",
                Mode::Refuse => b"550 5.7.1 Relaying denied\r\n",
            }
        } else if command.starts_with("RCPT TO") {
            let address = line[8..]
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string();
            recipients.push(address);
            b"250 2.1.5 OK\r\n"
        } else if command == "DATA" {
            write
                .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                .await?;
            let mut data = String::new();
            while let Some(line) = lines.next_line().await? {
                if line == "." {
                    break;
                }
                let line = line
                    .strip_prefix('.')
                    .filter(|_| line.starts_with(".."))
                    .unwrap_or(&line);
                data.push_str(line);
                data.push_str("\r\n");
            }
            let pause = *delay.lock().unwrap();
            if !pause.is_zero() {
                tokio::time::sleep(pause).await;
            }
            received.lock().unwrap().push(Received {
                recipients: std::mem::take(&mut recipients),
                data,
            });
            b"250 2.0.0 Queued\r\n"
        } else if command == "QUIT" {
            write.write_all(b"221 2.0.0 Bye\r\n").await?;
            return Ok(());
        } else if command == "RSET" || command == "NOOP" {
            b"250 2.0.0 OK\r\n"
        } else {
            b"502 5.5.2 Command not recognised\r\n"
        };
        write.write_all(reply).await?;
    }
    Ok(())
}
