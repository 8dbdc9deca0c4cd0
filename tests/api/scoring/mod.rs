//! Scoring cards: the member's card saved, submitted, read-only and reopened by the clerk; the
//! refusals at the gate (before the declaration, excluded, another call's member, an NGO, an
//! adviser without a score) and of the card's rules; the scoring-deadline reminder.

mod cards;
mod criteria_form;
mod fixtures;
mod pages;
mod refusals;
