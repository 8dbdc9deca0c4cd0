//! The offer as filed and the protocol as PDFs through the API: who may download the offer
//! (the applicant, the clerk, a committee member once declared; not another organisation, not a
//! member before the declaration), its text in Polish and Czech, the same bytes twice; the
//! protocol of the published call for the staff only, with the committee, the tie, the scores,
//! the awards and the decision in it.

use super::builder::*;
use crate::support::Backend;
use granty_documents::testing::pdf_text;
use reqwest::StatusCode;

/// The status and the bytes of a download.
async fn download(c: &Cycle, token: &str, path: &str) -> (StatusCode, Vec<u8>) {
    let response = c
        .app
        .client
        .get(c.app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    let status = response.status();
    (status, response.bytes().await.expect("body").to_vec())
}

/// The text with each run of spaces and line ends read as one space (wrapped cells join up).
fn words(pdf: &[u8]) -> String {
    pdf_text(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub async fn the_offer_and_the_protocol_download_as_pdf(backend: Backend) {
    let c = accepted(backend).await;
    c.committee_assigned().await;
    who_downloads_the_offer(&c).await;
    // As `declared` does, the committee being appointed already: the officials declare no
    // ties, the nominee a tie (its offer goes to another member).
    for m in 0..2 {
        let (status, body) = c.declare(m, &[]).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let tied = c.nominees_offer().await;
    c.tie_reassigned(tied).await;
    let path = format!("/api/v1/applications/{}/pdf", c.offers[0]);
    let (status, _) = download(&c, &c.members[0].token, &path).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a member who declared reads the offer"
    );
    c.scored().await;
    c.resolve_divergence().await;
    c.awarded().await;
    c.decided().await;
    c.published().await;
    the_protocol_is_the_staffs(&c).await;
}

async fn who_downloads_the_offer(c: &Cycle) {
    let path = format!("/api/v1/applications/{}/pdf", c.offers[0]);
    let applicant = &c.ngos[owner_of(0)].0;
    let (status, pdf) = download(c, applicant, &path).await;
    assert_eq!(status, StatusCode::OK);
    let text = words(&pdf);
    for expected in [
        "OFERTA REALIZACJI ZADANIA PUBLICZNEGO",
        "I. Podstawowe informacje o złożonej ofercie",
        &organisation_name(0),
        "V.A Zestawienie kosztów realizacji zadania",
        "Suma wszystkich kosztów realizacji zadania",
        "VII. Oświadczenia",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    let (_, again) = download(c, applicant, &path).await;
    assert_eq!(pdf, again, "the same filed offer gives the same bytes");
    let (status, czech) = download(c, applicant, &format!("{path}?language=cs")).await;
    assert_eq!(status, StatusCode::OK);
    let czech = words(&czech);
    assert!(
        czech.contains("NABÍDKA NA REALIZACI VEŘEJNÉ ÚLOHY"),
        "{czech}"
    );
    assert!(czech.contains("Přehled nákladů"), "{czech}");
    let (status, _) = download(c, &c.clerk, &path).await;
    assert_eq!(status, StatusCode::OK, "the clerk reads a filed offer");
    let other_ngo = &c.ngos[owner_of(1)].0;
    let (status, _) = download(c, other_ngo, &path).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "another organisation's offer"
    );
    let (status, _) = download(c, &c.members[0].token, &path).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a member before the declaration"
    );
}

async fn the_protocol_is_the_staffs(c: &Cycle) {
    let path = format!("/api/v1/calls/{}/protocol.pdf", c.call);
    let (status, pdf) = download(c, &c.clerk, &path).await;
    assert_eq!(status, StatusCode::OK);
    let text = words(&pdf);
    for expected in [
        "PROTOKÓŁ Z PRAC KOMISJI KONKURSOWEJ",
        "oceniajacy1",
        "przedstawiciel organu",
        "Obserwator",
        "zadeklarowane powiązanie z oferentem",
        "Rozbieżność omówiona",
        &organisation_name(0),
        "Razem przyznano",
        "Burmistrz Miasta",
        "Zarządzenie nr 12/2027",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    let (_, again) = download(c, &c.clerk, &path).await;
    assert_eq!(
        pdf, again,
        "the protocol of the same facts gives the same bytes"
    );
    let (status, _) = download(c, &c.ngos[0].0, &path).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "an NGO member");
    let (status, _) = download(c, &c.members[0].token, &path).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a committee member");
}
