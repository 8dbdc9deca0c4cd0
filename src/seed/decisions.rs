//! What the demo clerk decided in the formal checks of the past call's offers.

use granty_domain::application::FormalOutcome;
use granty_store::applications::FormalCheckInput;

pub fn accepted() -> FormalCheckInput {
    FormalCheckInput {
        outcome: FormalOutcome::Accepted,
        deficiencies: vec![],
        reason: String::new(),
        checklist: None,
    }
}

pub fn rejected() -> FormalCheckInput {
    FormalCheckInput {
        outcome: FormalOutcome::Rejected,
        deficiencies: vec![],
        reason: "Oferta dotyczy zadania spoza zakresu konkursu (wychowanie przedszkolne).".into(),
        checklist: None,
    }
}

/// A correction request: the deficiencies to fix, and why a correction rather than a rejection.
pub fn correction() -> FormalCheckInput {
    FormalCheckInput {
        outcome: FormalOutcome::NeedsCorrection,
        deficiencies: vec![
            "Kosztorys: liczba godzin instruktora nie zgadza się z harmonogramem.".into(),
            "Miejsce realizacji: brak adresu boiska.".into(),
        ],
        reason: "Braki formalne możliwe do uzupełnienia w terminie korekty.".into(),
        checklist: None,
    }
}
