//! Shared by the engine tests: the specimen templates and requests for them.

#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use granty_documents::{Branding, DocumentKind, Engine, Logo, RenderRequest};
use serde_json::{json, Value};
use std::path::PathBuf;

pub fn specimen_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/specimen")
}

/// The specimen follows no kind's data: it is checked as written, not with a kind's sample.
pub fn engine() -> Engine {
    Engine::load_with_samples(&specimen_root(), |_| None)
        .unwrap_or_else(|errors| panic!("{errors}"))
}

pub fn branding(slug: &str) -> Branding {
    Branding {
        tenant_slug: slug.into(),
        tenant_name: "Gmina Żółkiewka".into(),
        logo: None,
    }
}

pub fn created_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 30, 0)
        .single()
        .unwrap_or_default()
}

/// The specimen's data with `rows` cost lines (and an annex page when `annex`).
pub fn data(rows: usize, annex: bool) -> Value {
    let costs: Vec<Value> = (1..=rows)
        .map(|n| json!({"name": format!("Koszt numer {n}: wynajem sali i catering"), "amount": 123_456 * n as i64, "own": 1_000 * n as i64}))
        .collect();
    with_costs(costs, annex)
}

pub fn with_costs(costs: Vec<Value>, annex: bool) -> Value {
    let total: i64 = costs.iter().filter_map(|c| c["amount"].as_i64()).sum();
    json!({
        "number": "OF/2026/0042",
        "total": total,
        "signed_on": "2026-12-01",
        "organisation": "Stowarzyszenie „Źródło” — Łódź, ul. Świętokrzyska 5",
        "address": "ul. Żeromskiego 12, 00-001 Warszawa",
        "paragraphs": [
            "Organizacja zobowiązuje się do wykonania zadania publicznego w zakresie i na zasadach określonych w umowie, a Zleceniodawca do przekazania dotacji na jego realizację.",
            "Strony ustalają, że dotacja zostanie przekazana w dwóch transzach, na rachunek bankowy wskazany w ofercie."
        ],
        "costs": costs,
        "signatories": [
            {"name": "Anna Żądło", "function": "Prezeska Zarządu"},
            {"name": "Jan Kowalski-Świątek", "function": "Skarbnik"},
            {"name": "Maria Nowak", "function": "Wójt Gminy"}
        ],
        "annex": if annex { json!("Załącznik nr 1 do umowy") } else { Value::Null }
    })
}

pub fn request<'a>(branding: &'a Branding, language: &'a str, data: Value) -> RenderRequest<'a> {
    RenderRequest {
        kind: DocumentKind::Offer,
        language,
        branding,
        data,
        created_at: created_at(),
        title: "Umowa o wsparcie realizacji zadania publicznego".into(),
    }
}

/// A small PNG logo (a blue square with a white band) made in the test.
pub fn logo() -> Logo {
    let (width, height) = (60u32, 30u32);
    let mut pixels = Vec::new();
    for y in 0..height {
        for _ in 0..width {
            let band = (12..18).contains(&y);
            pixels.extend(if band { [255, 255, 255] } else { [20, 60, 160] });
        }
    }
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&pixels).unwrap();
    }
    Logo(bytes)
}
