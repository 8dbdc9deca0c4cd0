//! One way for page tests to act like a browser: GET a page and post a form with the cookies a
//! browser would send (the session, the anonymous form token, the language), never following
//! redirects, and read the answer with the HTML parser.

use crate::html::Page;
use crate::support::TestApp;
use reqwest::StatusCode;

/// A browser on the test app: the cookies it sends and the headers it adds.
pub struct Browser<'a> {
    app: &'a TestApp,
    cookies: Vec<(String, String)>,
    headers: Vec<(String, String)>,
}

/// What came back: the status, where a redirect points, the cookies set and the page.
pub struct Answer {
    pub status: StatusCode,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    /// The `Set-Cookie` values, whole (with their attributes).
    pub set_cookies: Vec<String>,
    pub page: Page,
}

impl Answer {
    async fn read(response: reqwest::Response) -> Answer {
        let status = response.status();
        let headers = response.headers().clone();
        let location = headers
            .get("location")
            .map(|l| l.to_str().expect("location").to_string());
        let set_cookies = headers
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().expect("cookie").to_string())
            .collect();
        let body = response.text().await.expect("body");
        Answer {
            status,
            location,
            headers,
            set_cookies,
            page: Page::parse(&body),
        }
    }

    /// The value a `Set-Cookie` gave `name` (empty when it was cleared).
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.set_cookies
            .iter()
            .find_map(|c| c.strip_prefix(&format!("{name}=")))
            .map(|rest| rest.split(';').next().unwrap_or("").to_string())
    }

    /// The page's text as a reader sees it (entities decoded, whitespace collapsed).
    pub fn text(&self) -> String {
        self.page.text("body")
    }

    /// The page as served, for assertion messages.
    pub fn html(&self) -> &str {
        &self.page.source
    }
}

/// A client that leaves redirects to the test.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

impl<'a> Browser<'a> {
    /// A visitor without cookies.
    pub fn new(app: &'a TestApp) -> Browser<'a> {
        Browser {
            app,
            cookies: vec![],
            headers: vec![],
        }
    }

    /// Someone signed in with the session `token` (an API login's token works as the cookie).
    pub fn signed_in(app: &'a TestApp, token: &str) -> Browser<'a> {
        Browser::new(app).with_cookie("granty_session", token)
    }

    /// The same browser sending one more cookie (or a new value of one it sends).
    pub fn with_cookie(mut self, name: &str, value: &str) -> Browser<'a> {
        self.cookies.retain(|(n, _)| n != name);
        self.cookies.push((name.to_string(), value.to_string()));
        self
    }

    /// The same browser sending a header with every request (`accept-language`, `referer`).
    pub fn with_header(mut self, name: &str, value: &str) -> Browser<'a> {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let url = if path.starts_with("http") {
            path.to_string()
        } else {
            self.app.url(path)
        };
        let mut request = client().request(method, url);
        if !self.cookies.is_empty() {
            let cookie: Vec<String> = self
                .cookies
                .iter()
                .map(|(n, v)| format!("{n}={v}"))
                .collect();
            request = request.header("cookie", cookie.join("; "));
        }
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        request
    }

    pub async fn get(&self, path: &str) -> Answer {
        let response = self.request(reqwest::Method::GET, path).send().await;
        Answer::read(response.expect("request")).await
    }

    /// Posts a form as `application/x-www-form-urlencoded`.
    pub async fn post<K: AsRef<str>, V: AsRef<str>>(
        &self,
        path: &str,
        fields: &[(K, V)],
    ) -> Answer {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields.iter().map(|(k, v)| (k.as_ref(), v.as_ref())))
            .finish();
        let response = self
            .request(reqwest::Method::POST, path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await;
        Answer::read(response.expect("request")).await
    }

    /// Posts a multipart form (a file upload).
    pub async fn post_multipart(&self, path: &str, form: reqwest::multipart::Form) -> Answer {
        let response = self
            .request(reqwest::Method::POST, path)
            .multipart(form)
            .send()
            .await;
        Answer::read(response.expect("request")).await
    }

    /// The form token of the signed-in session, read from a page's forms.
    pub async fn csrf(&self) -> String {
        let page = self.get("/").await;
        match page.location {
            Some(start) => self.get(&start).await.page.input("csrf"),
            None => page.page.input("csrf"),
        }
    }
}

/// A multipart form with one file and text fields beside it, as the upload forms send.
pub fn file_form(
    (name, content_type, bytes): (&str, &str, Vec<u8>),
    fields: &[(&str, &str)],
) -> reqwest::multipart::Form {
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(name.to_string())
        .mime_str(content_type)
        .expect("mime");
    fields
        .iter()
        .fold(reqwest::multipart::Form::new(), |form, (k, v)| {
            form.text(k.to_string(), v.to_string())
        })
        .part("file", part)
}
