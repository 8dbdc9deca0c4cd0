//! The settlement's words and numbers: each figure with its explanation (the rule, the legal
//! basis, the named inputs) in the reader's language, the returns with their interest periods,
//! the payments and the totals. The settlement screen shows all of it; the clerk's review of a
//! final report shows the preview (what accepting it would decide).

mod chart;

use super::super::texts::text;
use chart::{chart, Chart};
use chrono::NaiveDate;
use granty_domain::settlement::{Figure, Interest, ReturnDue, Settlement};
use granty_domain::{Currency, Language, Money, Percent};
use granty_i18n::format::{date, money, percent};
use granty_store::settlement::{SettlementView, Standing};
use serde::Serialize;
use serde_json::Value;

#[derive(Serialize)]
pub struct InputText {
    pub label: String,
    pub value: String,
}

#[derive(Serialize)]
pub struct Explained {
    pub rule: String,
    pub basis: String,
    pub inputs: Vec<InputText>,
}

#[derive(Serialize)]
pub struct FigureRow {
    pub code: &'static str,
    pub label: String,
    pub amount: String,
    pub explained: Explained,
}

#[derive(Serialize)]
pub struct LineRow {
    pub number: String,
    pub planned: String,
    pub actual: String,
    pub allowed: String,
    pub excess: String,
    pub over: bool,
}

#[derive(Serialize)]
pub struct PeriodRow {
    pub from: String,
    pub to: String,
    pub days: i64,
    pub rate: String,
    pub principal: String,
    pub interest: String,
}

#[derive(Serialize)]
pub struct ReturnRow {
    pub kind: String,
    pub amount: String,
    pub due_on: String,
    pub interest_from: String,
    pub outstanding: String,
    pub interest: String,
    pub below_floor: bool,
    pub periods: Vec<PeriodRow>,
    pub explained: Explained,
}

#[derive(Serialize)]
pub struct PaymentRow {
    pub paid_on: String,
    pub amount: String,
    pub note: String,
}

#[derive(Serialize)]
pub struct Totals {
    pub as_of: String,
    pub to_return: String,
    pub paid: String,
    pub interest_charged: String,
    pub interest_paid: String,
    pub left_to_pay: String,
}

#[derive(Serialize)]
pub struct Screen {
    pub id: i64,
    pub settled: bool,
    pub figures: Vec<FigureRow>,
    pub flags: Vec<String>,
    pub lines: Vec<LineRow>,
    pub chart: Option<Chart>,
    pub returns: Vec<ReturnRow>,
    pub payments: Vec<PaymentRow>,
    pub totals: Totals,
}

struct Fmt {
    lang: Language,
    currency: Currency,
}

impl Fmt {
    fn money(&self, minor: i64) -> String {
        money(Money::new(minor, self.currency), self.lang)
    }

    fn day(&self, day: NaiveDate) -> String {
        date(day, self.lang)
    }

    /// One typed input value as the domain serialises it (`{"type": "money", "value": 123}`).
    fn value(&self, typed: &Value) -> String {
        let raw = &typed["value"];
        match typed["type"].as_str() {
            Some("money") => self.money(raw.as_i64().unwrap_or(0)),
            Some("percent") => percent(
                Percent::from_basis_points(raw.as_i64().unwrap_or(0)),
                self.lang,
            ),
            Some("date") => raw
                .as_str()
                .and_then(|d| d.parse::<NaiveDate>().ok())
                .map_or_else(String::new, |d| self.day(d)),
            _ => raw.as_i64().map_or_else(String::new, |n| n.to_string()),
        }
    }

    /// An explanation in the reader's words, from its JSON form (the figures' and the stored
    /// returns' alike).
    fn explained(&self, explanation: &Value) -> Explained {
        let code = |key: &str| explanation[key].as_str().unwrap_or_default().to_string();
        let inputs = explanation["inputs"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        Explained {
            rule: text(self.lang, &format!("settlement-rule-{}", code("rule"))).to_string(),
            basis: text(self.lang, &format!("settlement-basis-{}", code("basis"))).to_string(),
            inputs: inputs
                .iter()
                .map(|input| InputText {
                    label: text(
                        self.lang,
                        &format!(
                            "settlement-input-{}",
                            input["name"].as_str().unwrap_or_default()
                        ),
                    )
                    .to_string(),
                    value: self.value(&input["value"]),
                })
                .collect(),
        }
    }
}

fn figure_rows(s: &Settlement, f: &Fmt) -> Vec<FigureRow> {
    let fig = &s.figures;
    let all: [(&'static str, &Figure); 10] = [
        ("granted", &fig.granted),
        ("paid", &fig.paid),
        ("declared_used", &fig.declared_used),
        ("used", &fig.used),
        ("unused", &fig.unused),
        ("shift_excess", &fig.shift_excess),
        ("share_excess", &fig.share_excess),
        ("excessive", &fig.excessive),
        ("other_income", &fig.other_income),
        ("to_return", &fig.to_return),
    ];
    all.into_iter()
        .map(|(code, figure)| FigureRow {
            code,
            label: text(f.lang, &format!("settlement_figure_{code}")).to_string(),
            amount: f.money(figure.amount),
            explained: f.explained(&serde_json::to_value(&figure.explanation).unwrap_or_default()),
        })
        .collect()
}

fn line_rows(s: &Settlement, f: &Fmt) -> Vec<LineRow> {
    s.lines
        .iter()
        .map(|l| LineRow {
            number: l.number.clone(),
            planned: f.money(l.planned),
            actual: f.money(l.actual),
            allowed: f.money(l.allowed),
            excess: f.money(l.excess),
            over: l.over > 0,
        })
        .collect()
}

fn periods(interest: &Interest, f: &Fmt) -> Vec<PeriodRow> {
    interest
        .periods
        .iter()
        .map(|p| PeriodRow {
            from: f.day(p.from),
            to: f.day(p.to),
            days: p.days,
            rate: percent(p.rate, f.lang),
            principal: f.money(p.principal),
            interest: f.money(p.interest_minor),
        })
        .collect()
}

fn return_rows(standing: &Standing, f: &Fmt) -> Vec<ReturnRow> {
    standing
        .returns
        .iter()
        .map(|r| ReturnRow {
            kind: text(f.lang, &format!("settlement-kind-{}", r.kind.code())).to_string(),
            amount: f.money(r.amount),
            due_on: f.day(r.due_on),
            interest_from: f.day(r.interest_from),
            outstanding: f.money(r.outstanding),
            interest: f.money(r.interest.charged_minor),
            below_floor: r.interest.charged_minor == 0 && r.interest.rounded_minor > 0,
            periods: periods(&r.interest, f),
            explained: f.explained(&r.explanation),
        })
        .collect()
}

/// A return the settlement would decide: its reason, amount and deadline, explained.
#[derive(Serialize)]
pub struct DueRow {
    pub kind: String,
    pub amount: String,
    pub due_on: String,
    pub interest_from: String,
    pub explained: Explained,
}

/// What accepting the final report would decide: the figures, the flags of the rules that
/// bite and the returns with their deadlines.
#[derive(Serialize)]
pub struct Preview {
    pub figures: Vec<FigureRow>,
    pub flags: Vec<String>,
    pub due: Vec<DueRow>,
}

fn due_rows(returns: &[ReturnDue], f: &Fmt) -> Vec<DueRow> {
    returns
        .iter()
        .map(|r| DueRow {
            kind: text(f.lang, &format!("settlement-kind-{}", r.kind.code())).to_string(),
            amount: f.money(r.amount),
            due_on: f.day(r.due_on),
            interest_from: f.day(r.interest_from),
            explained: f.explained(&serde_json::to_value(&r.explanation).unwrap_or_default()),
        })
        .collect()
}

fn flag_texts(s: &Settlement, lang: Language) -> Vec<String> {
    s.flags
        .iter()
        .map(|fl| text(lang, &format!("settlement-flag-{}", fl.code.code())).to_string())
        .collect()
}

/// The preview of `s` (computed as if the report were accepted today), in `lang`.
pub fn preview(s: &Settlement, lang: Language) -> Preview {
    let f = Fmt {
        lang,
        currency: s.currency,
    };
    Preview {
        figures: figure_rows(s, &f),
        flags: flag_texts(s, lang),
        due: due_rows(&s.returns, &f),
    }
}

/// The whole screen for `view`, in `lang`.
pub fn screen(view: &SettlementView, lang: Language) -> Screen {
    let standing = &view.standing;
    let f = Fmt {
        lang,
        currency: standing.currency,
    };
    let s = view.settlement.as_ref();
    Screen {
        id: view.agreement_id,
        settled: view.state == "settled",
        figures: s.map(|s| figure_rows(s, &f)).unwrap_or_default(),
        flags: s.map(|s| flag_texts(s, lang)).unwrap_or_default(),
        lines: s.map(|s| line_rows(s, &f)).unwrap_or_default(),
        chart: s.and_then(|s| chart(&s.lines)),
        returns: return_rows(standing, &f),
        payments: standing
            .payments
            .iter()
            .map(|p| PaymentRow {
                paid_on: f.day(p.paid_on),
                amount: f.money(p.amount),
                note: p.note.clone(),
            })
            .collect(),
        totals: Totals {
            as_of: f.day(standing.as_of),
            to_return: f.money(standing.to_return),
            paid: f.money(standing.paid),
            interest_charged: f.money(standing.interest_charged),
            interest_paid: f.money(standing.interest_paid),
            left_to_pay: f.money(standing.left_to_pay),
        },
    }
}
