//! The table as Markdown, for `docs/security.md` ("Who may do what"); a test keeps the document
//! equal to it.

use super::{Access, Answer, Caller, Route, Target, Tie, ROUTES};
use granty_domain::roles::Role;

/// The columns: who asks, and how they relate to the object.
const COLUMNS: &[(&str, Option<Role>, Tie)] = &[
    ("logged out", None, Tie::None),
    ("NGO: owner", Some(Role::Ngo), Tie::Member),
    ("NGO: partner", Some(Role::Ngo), Tie::Partner),
    ("NGO: other", Some(Role::Ngo), Tie::None),
    ("evaluator", Some(Role::Evaluator), Tie::None),
    ("clerk", Some(Role::Clerk), Tie::None),
    ("admin", Some(Role::Admin), Tie::None),
];

const HOME: i64 = 1;
const ELSEWHERE: i64 = 2;

fn said(answer: Answer) -> &'static str {
    match answer {
        Answer::Allowed => "yes",
        Answer::Login => "login",
        Answer::Forbidden => "403",
        Answer::NotFound => "404",
    }
}

/// One caller's cell: the answer on a released object, and on a draft when that differs.
fn cell(access: Access, role: Option<Role>, tie: Tie) -> String {
    let caller = Caller { role, town: HOME };
    let target = |released| Target {
        town: Some(HOME),
        released,
        tie,
    };
    let released = access.answer(caller, target(true));
    let draft = access.answer(caller, target(false));
    if access.has_drafts() && draft != released {
        format!("{}; draft: {}", said(released), said(draft))
    } else {
        said(released).to_string()
    }
}

/// Another town's object, asked for by its own town's admin (any role gets the same).
fn elsewhere(access: Access) -> &'static str {
    if !access.has_object() {
        return "–";
    }
    let caller = Caller {
        role: Some(Role::Admin),
        town: HOME,
    };
    let target = Target {
        town: Some(ELSEWHERE),
        released: true,
        tie: Tie::None,
    };
    said(access.answer(caller, target))
}

fn line(route: &Route) -> String {
    let mut cells = vec![
        format!("`{} {}`", route.method, route.path),
        route.purpose.to_string(),
        route.access.label(),
    ];
    cells.extend(COLUMNS.iter().map(|(_, r, t)| cell(route.access, *r, *t)));
    cells.push(elsewhere(route.access).to_string());
    format!("| {} |", cells.join(" | "))
}

/// The kinds of access the table uses, each once, in the table's order.
fn legend() -> Vec<String> {
    let mut seen = Vec::new();
    let mut lines = Vec::new();
    for access in ROUTES.iter().map(|r| r.access) {
        let kind = std::mem::discriminant(&access);
        if !seen.contains(&kind) {
            seen.push(kind);
            lines.push(format!("- **{}**: {}", access.kind(), access.meaning()));
        }
    }
    lines
}

/// The generated part of the section: the legend and the table.
pub fn markdown() -> String {
    let mut out = vec![
        "Answers: **yes** lets the caller in (the route may still refuse for the object's state or \
         the input: 409, 410, 422); **login** is 401 from the API and a redirect to the login page \
         from a page; **403** is a role or a relation that may never do this; **404** is an object \
         the caller may not know exists. \"draft\" is the answer on a draft call or offer; the last \
         column is any role asking for another town's object."
            .to_string(),
        String::new(),
    ];
    out.extend(legend());
    out.push(String::new());
    let mut header = vec!["route", "what", "access"];
    header.extend(COLUMNS.iter().map(|(name, _, _)| *name));
    header.push("another town");
    out.push(format!("| {} |", header.join(" | ")));
    out.push(format!("|{}", " --- |".repeat(header.len())));
    out.extend(ROUTES.iter().map(line));
    out.join("\n") + "\n"
}
