//! The misuse case on the clerk's settlement screen: once the written call's days passed with
//! no final report, a button records the whole paid grant as misused (§ 9 of the model
//! agreement, ufp art. 252); before that, the day the call runs to; after it, the day it was
//! recorded.

use granty_domain::Language;
use granty_i18n::format::date;
use granty_store::settlement::MisuseCase;
use serde::Serialize;

/// The case as the screen words it.
#[derive(Serialize)]
pub struct MisusePart {
    /// The written call's last day, in the reader's language.
    pub call_deadline: String,
    /// The day the case was recorded, if it was.
    pub recorded_on: Option<String>,
    /// Whether the button is offered.
    pub open: bool,
}

pub fn misuse_part(case: Option<&MisuseCase>, lang: Language) -> Option<MisusePart> {
    case.map(|c| MisusePart {
        call_deadline: date(c.call_deadline, lang),
        recorded_on: c.recorded_on.map(|d| date(d, lang)),
        open: c.open,
    })
}
