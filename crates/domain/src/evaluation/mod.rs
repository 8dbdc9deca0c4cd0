//! Evaluation and award (art. 15 ust. 1–2j): the committee's kinds of members, the call's
//! evaluation settings, points kept exactly (in halves), and the scoring card's entries.
//!
//! The rules built on these types live in the submodules: the card's checks, aggregation and
//! ranking within the budget. Everything is pure; no float ever holds a score.

pub mod aggregate;
pub mod assignment;
pub mod budget;
pub mod committee;
pub mod leniency;
pub mod ranking;
pub mod ratio;
pub mod settings_form;

pub use ratio::Ratio;

use serde::{Deserialize, Serialize};
use std::fmt;

pub mod card;

/// Who a committee member is (art. 15 ust. 2a, 2d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberKind {
    /// A representative of the executive body.
    Official,
    /// A person nominated by a non-governmental organisation (marked as such); never one
    /// nominated by an organisation that applied in the call (art. 15 ust. 2d).
    NgoNominee,
    /// An expert with a voice but, by default, no score (art. 15 ust. 2d).
    Adviser,
}

impl MemberKind {
    pub const ALL: [MemberKind; 3] = [
        MemberKind::Official,
        MemberKind::NgoNominee,
        MemberKind::Adviser,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MemberKind::Official => "official",
            MemberKind::NgoNominee => "ngo_nominee",
            MemberKind::Adviser => "adviser",
        }
    }

    pub fn parse(code: &str) -> Option<MemberKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether a member of this kind scores unless the clerk says otherwise.
    pub fn scores_by_default(self) -> bool {
        !matches!(self, MemberKind::Adviser)
    }
}

/// The three reasons art. 15 ust. 2da allows a committee without members nominated by NGOs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoNgoReason {
    /// No organisation nominated anyone (pkt 1).
    NoNominations,
    /// The nominees cannot take part: their organisations applied (pkt 2).
    NomineesApplying,
    /// Every nominee was excluded under art. 24 KPA (pkt 3).
    NomineesExcluded,
}

impl NoNgoReason {
    pub const ALL: [NoNgoReason; 3] = [
        NoNgoReason::NoNominations,
        NoNgoReason::NomineesApplying,
        NoNgoReason::NomineesExcluded,
    ];

    pub fn code(self) -> &'static str {
        match self {
            NoNgoReason::NoNominations => "no_nominations",
            NoNgoReason::NomineesApplying => "nominees_applying",
            NoNgoReason::NomineesExcluded => "nominees_excluded",
        }
    }

    pub fn parse(code: &str) -> Option<NoNgoReason> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// Points kept in halves, so 7.5 is `Points(15)`: exact, comparable, never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, utoipa::ToSchema)]
#[schema(value_type = String, example = "7.5")]
pub struct Points(pub u32);

impl Points {
    pub fn whole(points: u32) -> Points {
        Points(points * 2)
    }

    pub fn halves(self) -> u32 {
        self.0
    }

    /// Whether this is a whole number of points.
    pub fn is_whole(self) -> bool {
        self.0.is_multiple_of(2)
    }

    /// Reads "7", "7.5", "7,5" or "7.0"; anything else (negative, other fractions, text) is
    /// `None`.
    pub fn parse(text: &str) -> Option<Points> {
        let text = text.trim().replace(',', ".");
        let (whole, fraction) = match text.split_once('.') {
            // "7." is a typo, not seven: a separator needs a digit after it.
            Some((_, "")) => return None,
            Some((w, f)) => (w, f.trim_end_matches('0')),
            None => (text.as_str(), ""),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let whole: u32 = whole.parse().ok()?;
        let half = match fraction {
            "" => 0,
            "5" => 1,
            _ => return None,
        };
        whole.checked_mul(2)?.checked_add(half).map(Points)
    }
}

/// "7" or "7.5"; the pages put the language's decimal separator in.
impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_whole() {
            write!(f, "{}", self.0 / 2)
        } else {
            write!(f, "{}.5", self.0 / 2)
        }
    }
}

impl Serialize for Points {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Points::parse(&text).ok_or_else(|| serde::de::Error::custom("points like 7 or 7.5"))
    }
}

/// One member's answer on one criterion of the call (by its position in the call's list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default, utoipa::ToSchema)]
pub struct ScoreEntry {
    pub criterion: usize,
    /// Points for a scored criterion; `None` while not given.
    #[serde(default)]
    pub points: Option<Points>,
    /// Pass or fail for a gate criterion; `None` while not given.
    #[serde(default)]
    pub passed: Option<bool>,
    #[serde(default)]
    pub justification: String,
}

/// A scoring card's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardState {
    /// Being written; autosaved.
    Draft,
    /// Signed off by the member; read-only until the clerk reopens it with a reason.
    Submitted,
}

impl CardState {
    pub fn code(self) -> &'static str {
        match self {
            CardState::Draft => "draft",
            CardState::Submitted => "submitted",
        }
    }

    pub fn parse(code: &str) -> Option<CardState> {
        [CardState::Draft, CardState::Submitted]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// How ties in the total are broken, in the order the call lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TieBreaker {
    /// The higher mean on the criterion at this position of the call's list (0-based).
    Criterion(usize),
    /// The offer received earlier.
    Received,
}

impl TieBreaker {
    pub fn code(self) -> String {
        match self {
            TieBreaker::Criterion(i) => format!("criterion:{i}"),
            TieBreaker::Received => "received".into(),
        }
    }

    pub fn parse(code: &str) -> Option<TieBreaker> {
        match code.trim() {
            "received" => Some(TieBreaker::Received),
            other => other
                .strip_prefix("criterion:")?
                .parse()
                .ok()
                .map(TieBreaker::Criterion),
        }
    }
}

/// A call's evaluation settings. Defaults: product choices (the law sets none), written beside
/// each field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluationSettings {
    /// Points in halves allowed (the call says; default whole points only).
    pub half_points: bool,
    /// The least justification per criterion, in characters (default 30).
    pub min_justification_chars: u32,
    /// The least total to be recommended, in hundredths of a point (default none).
    pub min_total_centi: Option<u64>,
    /// Two members' totals further apart than this share of the maximum, in basis points, need
    /// the clerk's resolution before ranking (default 3000 = 30%, domain defaults table).
    pub divergence_bp: u32,
    /// Members per offer; `None`: every scoring member scores every offer (default 2 when the
    /// clerk spreads the offers).
    pub per_offer: Option<u32>,
    /// Default: higher score on the call's second criterion (art. 15 ust. 1 pkt 2, the cost
    /// calculation), then earlier receipt.
    pub tie_breakers: Vec<TieBreaker>,
}

/// Members per offer when the clerk spreads offers instead of giving everyone all of them.
pub const DEFAULT_PER_OFFER: u32 = 2;

impl Default for EvaluationSettings {
    fn default() -> Self {
        EvaluationSettings {
            half_points: false,
            min_justification_chars: 30,
            min_total_centi: None,
            divergence_bp: 3000,
            per_offer: None,
            tie_breakers: vec![TieBreaker::Criterion(1), TieBreaker::Received],
        }
    }
}

#[cfg(test)]
mod budget_tests;
#[cfg(test)]
mod ranking_tests;
#[cfg(test)]
mod tests;
