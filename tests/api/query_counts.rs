//! How many SQL statements one request sends (issue 14, goal 4), on SQLite and PostgreSQL: the
//! offer through the API and the pages read on deadline evening, over a call of twelve scored
//! offers. The counts are exact, so a new query per request shows here; and the list pages
//! keep their count when the lists grow, so a query per row cannot come back unnoticed.
//! docs/benchmarks.md records each route's count before and after the work on it.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::ranking::fixtures::{panel, Panel};
use crate::support::*;
use reqwest::StatusCode;

/// A route and the number of statements one request to it sends.
struct Budget {
    route: &'static str,
    statements: usize,
}

const BUDGETS: [Budget; 7] = [
    Budget {
        route: "GET /api/v1/applications/{id} (applicant)",
        statements: 8,
    },
    Budget {
        route: "GET /api/v1/applications/{id} (clerk)",
        statements: 6,
    },
    Budget {
        route: "GET /dashboard",
        statements: 11,
    },
    Budget {
        route: "GET /applications/{id}/edit",
        statements: 8,
    },
    Budget {
        route: "GET /{tenant} (public call list)",
        statements: 2,
    },
    Budget {
        route: "GET /clerk/calls/{id}/applications",
        statements: 5,
    },
    Budget {
        route: "GET /clerk/calls/{id}/ranking",
        statements: 12,
    },
];

/// The offers the counts are taken over: the panel's twelve scored ones and, in a second open
/// call (the panel's receipt numbers were inserted directly), a submitted one with its
/// attachment and a draft.
struct Offers {
    submitted: i64,
    draft: i64,
}

async fn offers(app: &TestApp, panel: &Panel) -> Offers {
    let call = app.open_call(&panel.clerk).await;
    Offers {
        submitted: app.submitted(&panel.ngo, call, panel.organisation).await,
        draft: app.filled_draft(&panel.ngo, call, panel.organisation).await,
    }
}

/// Each route's statements, in the order of [`BUDGETS`].
async fn statements_per_route(app: &TestApp, panel: &Panel, offers: &Offers) -> Vec<Vec<String>> {
    let api = |token: &String, id: i64| {
        let (token, path) = (token.clone(), format!("/api/v1/applications/{id}"));
        async move { assert_eq!(app.get(&token, &path).await.0, StatusCode::OK) }
    };
    let page = |token: Option<&str>, path: String| {
        let browser = match token {
            Some(token) => Browser::signed_in(app, token),
            None => Browser::new(app),
        };
        async move {
            let answer = browser.get(&path).await;
            assert_eq!(answer.status, StatusCode::OK, "{path}: {}", answer.html());
        }
    };
    let (ngo, clerk, call) = (
        Some(panel.ngo.as_str()),
        Some(panel.clerk.as_str()),
        panel.call,
    );
    vec![
        app.queries_of(api(&panel.ngo, offers.submitted)).await.1,
        app.queries_of(api(&panel.clerk, offers.submitted)).await.1,
        app.queries_of(page(ngo, "/dashboard".into())).await.1,
        app.queries_of(page(ngo, format!("/applications/{}/edit", offers.draft)))
            .await
            .1,
        app.queries_of(page(None, "/miasto".into())).await.1,
        app.queries_of(page(clerk, format!("/clerk/calls/{call}/applications")))
            .await
            .1,
        app.queries_of(page(clerk, format!("/clerk/calls/{call}/ranking")))
            .await
            .1,
    ]
}

async fn each_request_sends_the_statements_budgeted_for_it(backend: Backend) {
    let app = TestApp::start(backend).await;
    let panel = panel(&app).await;
    let offers = offers(&app, &panel).await;
    let measured = statements_per_route(&app, &panel, &offers).await;
    let mut report = String::new();
    for (budget, statements) in BUDGETS.iter().zip(&measured) {
        report.push_str(&format!("{:>3}  {}\n", statements.len(), budget.route));
        for sql in statements {
            report.push_str(&format!(
                "       {}\n",
                sql.chars().take(160).collect::<String>()
            ));
        }
    }
    println!("{report}");
    for (budget, statements) in BUDGETS.iter().zip(&measured) {
        assert_eq!(
            statements.len(),
            budget.statements,
            "{}\n{report}",
            budget.route
        );
    }
}

on_both_databases!(each_request_sends_the_statements_budgeted_for_it);
