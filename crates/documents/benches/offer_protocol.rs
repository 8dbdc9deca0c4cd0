#![allow(clippy::unwrap_used, clippy::expect_used)]

//! How long the offer, the protocol, the agreement, the settlement and the report take to render
//! with the shipped templates: the sample joint offer (two years, four pages), the protocol of a
//! big call (200 ranked offers), the sample agreement with a 30-line cost table, the sample
//! settlement (two returns, one paid late with interest) and a report with 60 cost lines.

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use granty_documents::data::agreement::CostLineData;
use granty_documents::data::{AgreementData, OfferData, ProtocolData, ReportData, SettlementData};
use granty_documents::{Branding, DocumentKind, Engine, RenderRequest};
use std::hint::black_box;
use std::path::PathBuf;

fn engine() -> Engine {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../pdf-templates");
    Engine::load(&root).unwrap_or_else(|errors| panic!("{errors}"))
}

fn bench(c: &mut Criterion, name: &str, kind: DocumentKind, data: serde_json::Value) {
    let engine = engine();
    let branding = Branding {
        tenant_slug: "przykladowo".into(),
        tenant_name: "Gmina Miasto Przykładowo".into(),
        logo: None,
    };
    let request = RenderRequest {
        kind,
        language: "pl",
        branding: &branding,
        data,
        created_at: Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap(),
        title: name.into(),
    };
    let pdf = engine
        .render(&request)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let pages = granty_documents::testing::page_count(&pdf);
    eprintln!("{name}: {pages} pages, {} bytes", pdf.len());
    c.bench_function(name, |b| {
        b.iter(|| engine.render(black_box(&request)).map(|pdf| pdf.len()))
    });
}

fn offer(c: &mut Criterion) {
    let data = serde_json::to_value(OfferData::sample()).unwrap();
    bench(c, "offer (sample joint offer)", DocumentKind::Offer, data);
}

fn protocol(c: &mut Criterion) {
    let data = serde_json::to_value(ProtocolData::with_offers(200)).unwrap();
    bench(c, "protocol (200 offers)", DocumentKind::Protocol, data);
}

fn agreement(c: &mut Criterion) {
    let mut data = AgreementData::sample();
    let line = data.cost_lines[0].clone();
    data.cost_lines = (1..=30)
        .map(|n| CostLineData {
            number: format!("I.{n}"),
            name: format!("Pozycja kosztorysu numer {n}: wynajem sali i nagłośnienie"),
            ..line.clone()
        })
        .collect();
    let data = serde_json::to_value(data).unwrap();
    bench(
        c,
        "agreement (30 cost lines)",
        DocumentKind::Agreement,
        data,
    );
}

fn settlement(c: &mut Criterion) {
    let data = serde_json::to_value(SettlementData::sample()).unwrap();
    bench(c, "settlement (sample)", DocumentKind::Settlement, data);
}

fn report(c: &mut Criterion) {
    let data = serde_json::to_value(ReportData::with_lines(60)).unwrap();
    bench(c, "report (60 cost lines)", DocumentKind::Report, data);
}

criterion_group! {
    name = documents;
    config = Criterion::default().sample_size(10);
    targets = offer, protocol, agreement, settlement, report
}
criterion_main!(documents);
