//! The protocol of the committee's work on one call, as the clerk keeps it (art. 15 ust. 2a–2j):
//! the call, the committee (kind of member, who nominated them, whether they score), the
//! declarations of impartiality (when, the ties declared), the exclusions, the scores per
//! criterion per offer (the members' means), the ranking with totals, the divergences and how
//! they were resolved, the awards with amounts and reasons, the executive's decision and the
//! publication of the results.

use super::Amount;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ProtocolData {
    /// The town.
    pub authority: String,
    pub call: CallFacts,
    pub criteria: Vec<CriterionRow>,
    /// The highest total an offer can reach, to two decimals.
    pub max_total: String,
    /// The share of the maximum beyond which two members' totals diverge, to two decimals (%).
    pub divergence_threshold: String,
    /// The tie-breakers in the order applied: `criterion:<n>` (1-based) or `received`.
    pub tie_breakers: Vec<String>,
    pub members: Vec<MemberRow>,
    /// Why the committee has no member nominated by organisations (art. 15 ust. 2da), if so.
    pub no_ngo_reason: String,
    pub exclusions: Vec<ExclusionRow>,
    /// Offers in ranking order with the means per criterion and the totals.
    pub ranking: Vec<RankingRow>,
    pub divergences: Vec<DivergenceRow>,
    /// Awards in ranking order (offers not chosen included, with amount zero).
    pub awards: Vec<AwardRow>,
    pub awarded_total: Amount,
    pub decision: Option<Decision>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CallFacts {
    pub title: String,
    pub task_type: String,
    pub budget: Amount,
    /// In the town's zone, `2026-11-30 23:59:59 CET`.
    pub deadline: String,
    /// ISO dates of the task's realisation window.
    pub realisation_start: String,
    pub realisation_end: String,
    pub offers_submitted: usize,
    pub offers_ranked: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionRow {
    pub no: usize,
    pub name: String,
    pub max_points: u32,
    pub weight: u32,
    /// Pass/fail instead of points.
    pub gate: bool,
    /// The statutory basis, e.g. `art. 15 ust. 1 pkt 1`; empty for local criteria.
    pub basis: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MemberRow {
    pub name: String,
    /// `official`, `ngo_nominee`, `expert`… (the template names it).
    pub kind: String,
    pub nominated_by: String,
    /// False for an adviser with an advisory voice only.
    pub scores: bool,
    /// When the declaration of impartiality was signed (town's zone); empty if never.
    pub declared_at: String,
    /// Organisations the member declared a tie with (empty: no ties).
    pub ties: Vec<String>,
    /// Removed from the committee: when and why; empty if still a member.
    pub removed_at: String,
    pub removed_reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExclusionRow {
    pub member: String,
    pub receipt_number: String,
    pub organisation: String,
    /// The reason's code (`declared_tie`…) and the clerk's note.
    pub reason: String,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RankingRow {
    pub place: u32,
    pub receipt_number: String,
    pub organisation: String,
    pub task: String,
    pub requested: Amount,
    /// Scoring members with a submitted card.
    pub members: u32,
    /// The mean per criterion to two decimals, in the criteria's order; `pass`/`fail` for a gate.
    pub means: Vec<String>,
    pub total: String,
    pub recommended: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DivergenceRow {
    pub receipt_number: String,
    pub organisation: String,
    /// The widest gap between two members' totals, to two decimals.
    pub spread: String,
    /// How it was resolved: the clerk's note and the extra member who scored, if any; both
    /// empty while unresolved.
    pub note: String,
    pub extra_member: String,
    pub resolved: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct AwardRow {
    pub place: u32,
    pub receipt_number: String,
    pub organisation: String,
    pub task: String,
    pub requested: Amount,
    pub amount: Amount,
    pub awarded: bool,
    /// Less than asked: the applicant files an updated estimate.
    pub partial: bool,
    pub reason: String,
}

/// The executive's decision (who, the act, its date) and the publication of the results.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    pub decided_by: String,
    pub reference: String,
    /// ISO date.
    pub decided_on: String,
    /// In the town's zone; empty before publication.
    pub published_at: String,
    /// ISO dates of the three channels (art. 15 ust. 2j); empty while not recorded.
    pub published_bip_on: String,
    pub published_notice_board_on: String,
    pub published_website_on: String,
}

impl ProtocolData {
    /// A call with three offers, a committee of three, one tie and one divergence resolved.
    pub fn sample() -> ProtocolData {
        let mut data = ProtocolData::with_offers(3);
        data.members[2].ties = vec!["Stowarzyszenie „Źródło”".into()];
        data.exclusions.push(ExclusionRow {
            member: data.members[2].name.clone(),
            receipt_number: "K1/2026/0003".into(),
            organisation: "Stowarzyszenie „Źródło”".into(),
            reason: "declared_tie".into(),
            note: "Członek zarządu stowarzyszenia.".into(),
        });
        data.divergences.push(DivergenceRow {
            receipt_number: "K1/2026/0002".into(),
            organisation: data.ranking[1].organisation.clone(),
            spread: "12.00".into(),
            note: "Rozbieżność omówiona na posiedzeniu; oceny utrzymane.".into(),
            extra_member: String::new(),
            resolved: true,
        });
        data
    }

    /// A call with `offers` ranked offers (the benchmark's big call), the first half awarded.
    pub fn with_offers(offers: usize) -> ProtocolData {
        let ranking: Vec<RankingRow> = (1..=offers).map(ranking_row).collect();
        let awards: Vec<AwardRow> = ranking.iter().map(award_row).collect();
        let awarded: i64 = awards.iter().map(|a| a.amount.minor).sum();
        ProtocolData {
            authority: "Gmina Miasto Przykładowo".into(),
            call: CallFacts {
                title: "Kultura i sztuka 2027".into(),
                task_type: "Kultura, sztuka, ochrona dóbr kultury".into(),
                budget: Amount::pln(offers as i64 * 1_000_000),
                deadline: "2026-11-30 23:59:59 CET".into(),
                realisation_start: "2027-03-01".into(),
                realisation_end: "2027-12-31".into(),
                offers_submitted: offers,
                offers_ranked: offers,
            },
            criteria: sample_criteria(),
            max_total: "30.00".into(),
            divergence_threshold: "30.00".into(),
            tie_breakers: vec!["criterion:2".into(), "received".into()],
            members: vec![
                member("Anna Kowalska", "official", "Prezydent Miasta"),
                member("Piotr Wiśniewski", "official", "Prezydent Miasta"),
                member("Łucja Ćwiek", "ngo_nominee", "Fundacja „Ład”"),
            ],
            no_ngo_reason: String::new(),
            exclusions: vec![],
            ranking,
            divergences: vec![],
            awards,
            awarded_total: Amount::pln(awarded),
            decision: Some(Decision {
                decided_by: "Prezydent Miasta Przykładowo".into(),
                reference: "Zarządzenie nr 123/2027".into(),
                decided_on: "2027-01-20".into(),
                published_at: "2027-01-21 09:00:00 CET".into(),
                published_bip_on: "2027-01-21".into(),
                published_notice_board_on: "2027-01-22".into(),
                published_website_on: "2027-01-21".into(),
            }),
        }
    }
}

fn sample_criteria() -> Vec<CriterionRow> {
    let criterion = |no, name: &str, basis: &str| CriterionRow {
        no,
        name: name.into(),
        max_points: 10,
        weight: 1,
        gate: false,
        basis: basis.into(),
    };
    vec![
        criterion(1, "Możliwość realizacji zadania", "art. 15 ust. 1 pkt 1"),
        criterion(2, "Kalkulacja kosztów", "art. 15 ust. 1 pkt 2"),
        criterion(
            3,
            "Jakość wykonania i kwalifikacje osób",
            "art. 15 ust. 1 pkt 3",
        ),
    ]
}

fn member(name: &str, kind: &str, nominated_by: &str) -> MemberRow {
    MemberRow {
        name: name.into(),
        kind: kind.into(),
        nominated_by: nominated_by.into(),
        scores: true,
        declared_at: "2026-12-05 12:30:00 CET".into(),
        ties: vec![],
        removed_at: String::new(),
        removed_reason: String::new(),
    }
}

fn ranking_row(place: usize) -> RankingRow {
    let total_centi = 3000 - (place as i64 * 2999 / 200).min(2900);
    let third = total_centi / 3;
    let centi = |c: i64| format!("{}.{:02}", c / 100, c % 100);
    RankingRow {
        place: place as u32,
        receipt_number: format!("K1/2026/{place:04}"),
        organisation: format!("Stowarzyszenie Przyjaciół Żółwi nr {place}"),
        task: format!("Zajęcia ćwiczeń dla dzieci, edycja {place}"),
        requested: Amount::pln(1_500_000),
        members: 3,
        means: vec![centi(third), centi(third), centi(total_centi - 2 * third)],
        total: centi(total_centi),
        recommended: true,
    }
}

fn award_row(row: &RankingRow) -> AwardRow {
    let awarded = row.place % 2 == 1;
    AwardRow {
        place: row.place,
        receipt_number: row.receipt_number.clone(),
        organisation: row.organisation.clone(),
        task: row.task.clone(),
        requested: row.requested,
        amount: Amount::pln(if awarded { 1_200_000 } else { 0 }),
        awarded,
        partial: awarded,
        reason: if awarded {
            "Wysoka jakość, kwota obniżona do puli.".into()
        } else {
            "Wyczerpanie środków.".into()
        },
    }
}
