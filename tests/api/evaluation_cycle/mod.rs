//! The whole evaluation cycle of issue 11 through the JSON API only (the outbox and the audit
//! trail read for the checks, no row written directly): twelve accepted offers, a committee of
//! two officials and an NGO nominee, a tie declared and reassigned, cards refused, scored and
//! reopened, a divergence resolved, a tie in totals broken by the stated rule, the pool running
//! out with a partial award, the decision, the published results, the notifications, the
//! exports, the updated estimate, a justification answered; and a call cancelled under
//! art. 18a. Each test builds the cycle as far as it needs with the shared builder.

mod after;
mod award;
mod builder;
mod cancel;
mod committee;
mod documents;
mod scoring;
mod steps;

use after::the_results_are_exported_updated_and_justified;
use award::the_ranking_is_awarded_decided_and_published;
use cancel::a_call_without_valid_offers_is_cancelled;
use committee::the_committee_declares_and_a_tie_is_reassigned;
use documents::the_offer_and_the_protocol_download_as_pdf;
use scoring::cards_are_refused_scored_and_reopened;

use crate::on_both_databases;

on_both_databases!(
    the_committee_declares_and_a_tie_is_reassigned,
    cards_are_refused_scored_and_reopened,
    the_ranking_is_awarded_decided_and_published,
    the_results_are_exported_updated_and_justified,
    a_call_without_valid_offers_is_cancelled,
    the_offer_and_the_protocol_download_as_pdf,
);
