//! Evaluation criteria: the six of art. 15 ust. 1, which a call keeps whatever the town adds, and
//! the town's own criteria beside them.

use super::Commissioning;
use crate::violation::{Rule, Violations};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One evaluation criterion with its maximum points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Criterion {
    pub name: String,
    pub max_points: u32,
    /// The statutory basis, e.g. "art. 15 ust. 1 pkt 1"; empty for local criteria.
    #[serde(default)]
    pub basis: String,
    /// A pass/fail condition (e.g. "the task fits the call's sphere") instead of points: an offer
    /// that fails it is not recommended whatever its total.
    #[serde(default)]
    pub gate: bool,
    /// What the criterion's points count for in the total (mean points × weight); 1 unless the
    /// call weighs criteria differently.
    #[serde(default = "unit_weight")]
    pub weight: u32,
}

fn unit_weight() -> u32 {
    1
}

/// The most points one criterion may carry.
pub const MAX_POINTS: u32 = 1000;
/// The most criteria one call may list.
pub const MAX_CRITERIA: usize = 30;
/// The points a statutory criterion starts with; the clerk sets the real weight.
const DEFAULT_POINTS: u32 = 10;
/// Art. 15 ust. 1 pkt 4, the planned own or other financial means: the law weighs it only when
/// the town supports a task it co-finances (wspieranie), never when it entrusts a task it
/// finances in full (powierzenie).
pub const OWN_MEANS_POINT: u8 = 4;
/// How the statutory basis is written; the point number follows.
const BASIS_PREFIX: &str = "art. 15 ust. 1 pkt ";

/// The six criteria of art. 15 ust. 1, in the law's order, as (point, name).
const STATUTORY: [(u8, &str); 6] = [
    (1, "Możliwość realizacji zadania przez oferenta"),
    (2, "Kalkulacja kosztów realizacji zadania, w tym w odniesieniu do zakresu rzeczowego"),
    (3, "Jakość wykonania zadania i kwalifikacje osób realizujących zadanie"),
    (4, "Planowany udział środków finansowych własnych lub z innych źródeł"),
    (5, "Planowany wkład rzeczowy i osobowy, w tym świadczenia wolontariuszy i praca społeczna członków"),
    (6, "Analiza i ocena realizacji zadań publicznych w latach poprzednich (rzetelność, terminowość, rozliczenie)"),
];

impl Criterion {
    /// The point of art. 15 ust. 1 this criterion stands for, if it is a statutory one.
    pub fn statutory_point(&self) -> Option<u8> {
        statutory_point_of(&self.basis)
    }
}

/// The point of art. 15 ust. 1 a basis names (`art. 15 ust. 1 pkt 4` → 4), if it names one.
pub fn statutory_point_of(basis: &str) -> Option<u8> {
    let point: u8 = basis
        .trim()
        .strip_prefix(BASIS_PREFIX)?
        .trim()
        .parse()
        .ok()?;
    (1..=6).contains(&point).then_some(point)
}

/// Whether a call in `mode` weighs statutory point `point`.
pub fn point_applies(point: u8, mode: Commissioning) -> bool {
    point != OWN_MEANS_POINT || mode == Commissioning::Supporting
}

/// All six statutory criteria of art. 15 ust. 1, as the law lists them.
pub fn statutory_criteria() -> Vec<Criterion> {
    STATUTORY
        .into_iter()
        .map(|(point, name)| Criterion {
            name: name.into(),
            max_points: DEFAULT_POINTS,
            basis: format!("{BASIS_PREFIX}{point}"),
            gate: false,
            weight: 1,
        })
        .collect()
}

/// The statutory criteria a call in `mode` starts with and must keep: six when supporting a
/// task, five when entrusting one (no point 4).
pub fn statutory_criteria_for(mode: Commissioning) -> Vec<Criterion> {
    statutory_criteria()
        .into_iter()
        .filter(|c| c.statutory_point().is_some_and(|p| point_applies(p, mode)))
        .collect()
}

/// Checks a call's criteria: names and points, and the statutory ones of its mode all present,
/// once each. A clerk may reword a statutory criterion and set its points, but not remove it.
pub(super) fn check_criteria(v: &mut Violations, criteria: &[Criterion], mode: Commissioning) {
    if criteria.is_empty() {
        v.push("criteria", Rule::NoCriteria);
        return;
    }
    if criteria.len() > MAX_CRITERIA {
        v.push("criteria", Rule::TooManyItems { max: MAX_CRITERIA });
    }
    let mut present = BTreeSet::new();
    for (i, criterion) in criteria.iter().enumerate() {
        check_one(v, i, criterion);
        match criterion.statutory_point() {
            Some(point) if !present.insert(point) => {
                v.push(format!("criteria[{i}].basis"), Rule::Duplicate)
            }
            Some(point) if !point_applies(point, mode) => v.push(
                format!("criteria[{i}]"),
                Rule::OwnMeansCriterionOnlyForSupport,
            ),
            _ => {}
        }
    }
    for (point, _) in STATUTORY {
        if point_applies(point, mode) && !present.contains(&point) {
            v.push("criteria", Rule::StatutoryCriterionMissing { point });
        }
    }
}

/// The weights a criterion may carry: a criterion may count up to ten times another.
pub const MAX_WEIGHT: u32 = 10;

fn check_one(v: &mut Violations, i: usize, criterion: &Criterion) {
    v.text(&format!("criteria[{i}].name"), &criterion.name, 500);
    if criterion.gate {
        check_gate(v, i, criterion);
        return;
    }
    if !(1..=MAX_WEIGHT).contains(&criterion.weight) {
        v.push(
            format!("criteria[{i}].weight"),
            Rule::WholeNumberBetween {
                min: 1,
                max: MAX_WEIGHT,
            },
        );
    }
    if !(1..=MAX_POINTS).contains(&criterion.max_points) {
        v.push(
            format!("criteria[{i}].max_points"),
            Rule::WholeNumberBetween {
                min: 1,
                max: MAX_POINTS,
            },
        );
    }
}

/// A pass/fail criterion carries no points (so no weight counts), and a statutory criterion is
/// never one: art. 15 ust. 1 asks the committee to weigh it, not to tick it.
fn check_gate(v: &mut Violations, i: usize, criterion: &Criterion) {
    if criterion.statutory_point().is_some() {
        v.push(
            format!("criteria[{i}].gate"),
            Rule::StatutoryCriterionNotGate,
        );
    }
    if criterion.max_points != 0 {
        v.push(
            format!("criteria[{i}].max_points"),
            Rule::GateCarriesNoPoints,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(criteria: &[Criterion], mode: Commissioning) -> Vec<(String, Rule)> {
        let mut v = Violations::new();
        check_criteria(&mut v, criteria, mode);
        v.0.into_iter().map(|x| (x.field, x.rule)).collect()
    }

    #[test]
    fn statutory_criteria_art_15_1_cannot_be_removed() {
        let mut criteria = statutory_criteria();
        criteria.remove(5);
        assert_eq!(
            checked(&criteria, Commissioning::Supporting),
            vec![(
                "criteria".to_string(),
                Rule::StatutoryCriterionMissing { point: 6 }
            )]
        );
        // Marking one as local (no basis) removes it just the same.
        let mut criteria = statutory_criteria();
        criteria[0].basis.clear();
        assert_eq!(
            checked(&criteria, Commissioning::Supporting),
            vec![(
                "criteria".to_string(),
                Rule::StatutoryCriterionMissing { point: 1 }
            )]
        );
    }

    #[test]
    fn statutory_criteria_art_15_1_may_be_reworded_weighted_and_joined_by_local_ones() {
        let mut criteria = statutory_criteria();
        criteria[1].name = "Kalkulacja kosztów".into();
        criteria[1].max_points = 25;
        criteria.push(Criterion {
            name: "Innowacyjność".into(),
            max_points: 5,
            basis: String::new(),
            gate: false,
            weight: 1,
        });
        assert_eq!(checked(&criteria, Commissioning::Supporting), vec![]);
    }

    fn local(name: &str, max_points: u32, gate: bool, weight: u32) -> Criterion {
        Criterion {
            name: name.into(),
            max_points,
            basis: String::new(),
            gate,
            weight,
        }
    }

    #[test]
    fn a_gate_criterion_carries_no_points_and_is_never_statutory() {
        let mut criteria = statutory_criteria();
        criteria.push(local("Zgodność ze sferą zadania", 0, true, 1));
        assert_eq!(checked(&criteria, Commissioning::Supporting), vec![]);
        criteria[6].max_points = 5;
        criteria[0].gate = true;
        criteria[0].max_points = 0;
        assert_eq!(
            checked(&criteria, Commissioning::Supporting),
            vec![
                (
                    "criteria[0].gate".to_string(),
                    Rule::StatutoryCriterionNotGate
                ),
                (
                    "criteria[6].max_points".to_string(),
                    Rule::GateCarriesNoPoints
                ),
            ]
        );
    }

    #[test]
    fn a_weight_runs_from_one_to_ten() {
        let mut criteria = statutory_criteria();
        criteria.push(local("Innowacyjność", 5, false, 10));
        assert_eq!(checked(&criteria, Commissioning::Supporting), vec![]);
        for weight in [0, 11] {
            criteria[6].weight = weight;
            assert_eq!(
                checked(&criteria, Commissioning::Supporting),
                vec![(
                    "criteria[6].weight".to_string(),
                    Rule::WholeNumberBetween { min: 1, max: 10 }
                )]
            );
        }
    }

    #[test]
    fn statutory_criterion_art_15_1_appears_once() {
        let mut criteria = statutory_criteria();
        criteria.push(criteria[2].clone());
        assert_eq!(
            checked(&criteria, Commissioning::Supporting),
            vec![("criteria[6].basis".to_string(), Rule::Duplicate)]
        );
    }

    #[test]
    fn own_means_criterion_art_15_1_pt_4_only_for_support_mode_calls() {
        assert_eq!(statutory_criteria_for(Commissioning::Supporting).len(), 6);
        let entrusting = statutory_criteria_for(Commissioning::Entrusting);
        assert_eq!(
            entrusting
                .iter()
                .filter_map(Criterion::statutory_point)
                .collect::<Vec<_>>(),
            vec![1, 2, 3, 5, 6]
        );
        assert_eq!(checked(&entrusting, Commissioning::Entrusting), vec![]);
        assert_eq!(
            checked(&statutory_criteria(), Commissioning::Entrusting),
            vec![(
                "criteria[3]".to_string(),
                Rule::OwnMeansCriterionOnlyForSupport
            )]
        );
        // A supporting call must weigh the own means.
        assert_eq!(
            checked(&entrusting, Commissioning::Supporting),
            vec![(
                "criteria".to_string(),
                Rule::StatutoryCriterionMissing { point: 4 }
            )]
        );
    }

    #[test]
    fn the_statutory_point_is_read_from_the_basis() {
        let criterion = |basis: &str| Criterion {
            name: "x".into(),
            max_points: 1,
            basis: basis.into(),
            gate: false,
            weight: 1,
        };
        assert_eq!(
            criterion(" art. 15 ust. 1 pkt 3 ").statutory_point(),
            Some(3)
        );
        assert_eq!(criterion("art. 15 ust. 1 pkt 7").statutory_point(), None);
        assert_eq!(criterion("uchwała rady").statutory_point(), None);
        assert_eq!(criterion("").statutory_point(), None);
    }
}
