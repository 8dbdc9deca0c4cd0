//! The ranking board page, driven like a browser without JavaScript: both rankings side by side,
//! the pictures with their captions and figures, a divergence resolved through its form, the
//! awards saved through the one form, and the refusals shown on their rows.

use super::fixtures::*;
use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;

async fn the_clerk_resolves_and_saves_awards_on_the_board_without_javascript(backend: Backend) {
    let app = TestApp::start(backend).await;
    let panel = panel(&app).await;
    let clerk = Browser::signed_in(&app, &panel.clerk);
    let path = format!("/clerk/calls/{}/ranking", panel.call);
    let board = clerk.get(&path).await;
    assert_eq!(board.status, StatusCode::OK, "{}", board.html());
    let page = &board.page;
    assert!(page.has("table#raw-ranking") && page.has("table#normalised-ranking"));
    assert_eq!(page.texts("#raw-ranking tbody tr").len(), OFFERS);
    assert!(page.has("svg#pool-chart[role=\"img\"] title") && page.has("svg#members-chart desc"));
    assert_eq!(
        page.texts("#leniency tbody tr").len(),
        3,
        "the adviser scores nothing"
    );
    assert_eq!(page.texts("#pool-figures tbody tr").len(), OFFERS);
    assert!(page.has("a#download-csv[href$=\"/ranking.csv\"]") && page.has("a#download-xlsx"));
    let text = board.text();
    assert!(
        text.contains("wyższa średnia w kryterium nr 2"),
        "the stated tie rule: {text}"
    );
    assert!(text.contains("do rozstrzygnięcia"));
    let target = panel.offers[DIVERGENT];
    assert!(page.has(&format!("form#resolve-{target}")));
    let first = panel.offers[EXPECTED_ORDER[0]];
    assert_eq!(
        page.attr(&format!("input#amount-{first}"), "value"),
        "15000.00",
        "the proposal"
    );

    let csrf = page.input("csrf");
    let mut fields: Vec<(String, String)> = vec![("csrf".into(), csrf.clone())];
    for (place, &k) in EXPECTED_ORDER.iter().enumerate() {
        let id = panel.offers[k];
        let amount = match place {
            0..=5 => "15000,00",
            6 => "10000",
            _ => "",
        };
        fields.push((format!("awards[{id}].amount"), amount.into()));
        fields.push((format!("awards[{id}].reason"), String::new()));
    }
    let refused = clerk.post(&path, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = refused.text();
    assert!(text.contains("rozstrzygnij rozbieżność"), "{text}");
    let seventh = panel.offers[EXPECTED_ORDER[6]];
    assert!(
        refused
            .page
            .has(&format!("#reason-{seventh}[aria-invalid=\"true\"]")),
        "{}",
        refused.html()
    );
    assert_eq!(
        refused
            .page
            .attr(&format!("input#amount-{seventh}"), "value"),
        "10000",
        "typed values kept"
    );

    let resolution = [
        ("csrf", csrf.as_str()),
        ("application_id", &target.to_string()),
        ("note", "Surowa ocena jednego członka; zostaje."),
        ("extra_member_user_id", ""),
    ];
    let resolved = clerk
        .post(&format!("{path}/divergences"), &resolution)
        .await;
    assert_eq!(resolved.status, StatusCode::OK, "{}", resolved.html());
    assert!(
        resolved.text().contains("Rozbieżność rozstrzygnięta")
            || resolved.text().contains("rozstrzygnięta")
    );
    assert!(!resolved.page.has(&format!("form#resolve-{target}")));

    let reason = format!("awards[{seventh}].reason");
    for field in fields.iter_mut() {
        if field.0 == reason {
            field.1 = "Pula wyczerpana".into();
        }
    }
    let saved = clerk.post(&path, &fields).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.html());
    assert!(saved.text().contains("Dotacje zapisane."));
    let left = saved.page.texts(&format!("#row-{seventh} .pool-left"));
    assert_eq!(left, vec!["0,00\u{a0}zł".to_string()]);

    let csv = clerk
        .get(&format!("/clerk/calls/{}/ranking.csv", panel.call))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.html().contains("10000.00,Pula wyczerpana,0.00"),
        "{}",
        csv.html()
    );
}

async fn the_board_is_closed_to_applicants_and_evaluators(backend: Backend) {
    let app = TestApp::start(backend).await;
    let panel = panel(&app).await;
    let path = format!("/clerk/calls/{}/ranking", panel.call);
    for token in [&panel.ngo, &panel.evaluator] {
        let answer = Browser::signed_in(&app, token).get(&path).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
    }
}

on_both_databases!(
    the_clerk_resolves_and_saves_awards_on_the_board_without_javascript,
    the_board_is_closed_to_applicants_and_evaluators,
);
