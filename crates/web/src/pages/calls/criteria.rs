//! The call form's criteria rows: the statutory ones of art. 15 ust. 1 always there for the
//! call's mode (points editable, name and basis fixed), the town's own after them.

use crate::pages::form::Fields;
use granty_domain::call::{statutory_criteria_for, statutory_point_of, Commissioning, Criterion};
use serde::Serialize;

/// Blank criteria rows shown after the filled ones, so a criterion can be added without JavaScript.
pub const BLANK_CRITERIA: usize = 2;
/// The most rows a post is read for.
const MAX_ROWS: usize = 200;

/// One criterion as typed.
#[derive(Serialize, Default, Clone, Debug, PartialEq)]
pub struct CriterionRow {
    pub name: String,
    pub max_points: String,
    pub basis: String,
    /// What the criterion's points count for (1 to 10), as typed.
    pub weight: String,
    /// `on` for a pass/fail criterion (a gate, no points), empty otherwise.
    pub gate: String,
}

impl CriterionRow {
    fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
            && self.max_points.trim().is_empty()
            && self.basis.trim().is_empty()
            && self.gate.is_empty()
    }

    /// The point of art. 15 ust. 1 the row stands for; such a row keeps its name and basis.
    pub fn statutory_point(&self) -> Option<u8> {
        statutory_point_of(&self.basis)
    }
}

pub fn rows_of(criteria: &[Criterion]) -> Vec<CriterionRow> {
    criteria
        .iter()
        .map(|c| CriterionRow {
            name: c.name.clone(),
            max_points: c.max_points.to_string(),
            basis: c.basis.clone(),
            weight: c.weight.to_string(),
            gate: if c.gate { "on".into() } else { String::new() },
        })
        .collect()
}

/// The posted rows (`criteria.3.max_points`), blank ones dropped; none posted gives the
/// statutory ones. Either way the statutory rows of `mode` are kept (see [`keep_statutory`]).
pub fn posted_rows(fields: &Fields, mode: Commissioning) -> Vec<CriterionRow> {
    let get = |i: usize, column: &str| fields.get(&format!("criteria.{i}.{column}"));
    let rows: Vec<CriterionRow> = (0..fields.rows("criteria", MAX_ROWS))
        .map(|i| CriterionRow {
            name: get(i, "name"),
            max_points: get(i, "max_points"),
            basis: get(i, "basis"),
            weight: get(i, "weight"),
            gate: if get(i, "gate").is_empty() {
                String::new()
            } else {
                "on".into()
            },
        })
        .filter(|r| !r.is_blank())
        .collect();
    keep_statutory(rows, mode)
}

/// The statutory rows of `mode` first, in the law's order, as typed where they were posted and
/// with their default points where not (criterion 4 comes back when a call turns to supporting
/// a task); then the town's own rows as typed. A statutory row the mode does not weigh (4 when
/// entrusting) is left out.
pub fn keep_statutory(rows: Vec<CriterionRow>, mode: Commissioning) -> Vec<CriterionRow> {
    let (statutory, local): (Vec<CriterionRow>, Vec<CriterionRow>) = rows
        .into_iter()
        .partition(|r| r.statutory_point().is_some());
    let mut kept: Vec<CriterionRow> = rows_of(&statutory_criteria_for(mode))
        .into_iter()
        .map(|default| {
            statutory
                .iter()
                .find(|r| r.statutory_point() == default.statutory_point())
                .cloned()
                .unwrap_or(default)
        })
        .collect();
    kept.extend(local);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(name: &str, points: &str) -> CriterionRow {
        CriterionRow {
            name: name.into(),
            max_points: points.into(),
            basis: String::new(),
            weight: "1".into(),
            gate: String::new(),
        }
    }

    #[test]
    fn the_statutory_rows_stay_with_their_points_and_local_ones_follow() {
        let mut rows = rows_of(&statutory_criteria_for(Commissioning::Supporting));
        rows[1].max_points = "25".into();
        rows.remove(5);
        rows.insert(0, local("Innowacyjność", "5"));
        let kept = keep_statutory(rows, Commissioning::Supporting);
        let points: Vec<Option<u8>> = kept.iter().map(CriterionRow::statutory_point).collect();
        assert_eq!(
            points,
            vec![Some(1), Some(2), Some(3), Some(4), Some(5), Some(6), None]
        );
        assert_eq!(kept[1].max_points, "25", "as typed");
        assert_eq!(kept[5].max_points, "10", "a removed one comes back");
        assert_eq!(kept[6].name, "Innowacyjność");
    }

    #[test]
    fn criterion_4_only_for_support_mode_calls() {
        let rows = rows_of(&statutory_criteria_for(Commissioning::Supporting));
        let entrusting = keep_statutory(rows.clone(), Commissioning::Entrusting);
        assert_eq!(entrusting.len(), 5);
        assert!(entrusting.iter().all(|r| r.statutory_point() != Some(4)));
        let back = keep_statutory(entrusting, Commissioning::Supporting);
        assert_eq!(back, rows);
    }
}
