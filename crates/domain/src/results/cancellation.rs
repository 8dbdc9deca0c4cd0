//! Cancelling a call under art. 18a: no offer was submitted, or none meets the requirements. The
//! ground is checked against the call's offers, so a call cannot be cancelled "for lack of valid
//! offers" while one passed the formal check.

use crate::{Rule, Violations};

/// Why a call is cancelled (art. 18a ust. 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelGround {
    /// No offer was submitted.
    NoOffers,
    /// Offers were submitted; none meets the requirements.
    NoneValid,
}

impl CancelGround {
    pub fn code(self) -> &'static str {
        match self {
            CancelGround::NoOffers => "no_offers",
            CancelGround::NoneValid => "none_valid",
        }
    }

    pub fn parse(code: &str) -> Option<CancelGround> {
        [CancelGround::NoOffers, CancelGround::NoneValid]
            .into_iter()
            .find(|g| g.code() == code)
    }
}

/// The call's offers as the ground needs them counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OfferCounts {
    /// Offers ever submitted (withdrawn ones included: they were submitted).
    pub submitted: usize,
    /// Offers that passed the formal check, or still may: submitted, resubmitted, in
    /// correction, formally accepted.
    pub still_valid: usize,
}

/// Whether the facts support the ground.
pub fn check_cancellation(ground: CancelGround, counts: OfferCounts) -> Violations {
    let mut v = Violations::new();
    match ground {
        CancelGround::NoOffers if counts.submitted > 0 => {
            let count = counts.submitted;
            v.push("ground", Rule::CancelOffersExist { count });
        }
        CancelGround::NoneValid if counts.still_valid > 0 => {
            let count = counts.still_valid;
            v.push("ground", Rule::CancelValidOfferExists { count });
        }
        _ => {}
    }
    v
}
