//! Evaluation and award (art. 15 ust. 2a–2j): a call's evaluation settings, its committee, the
//! members' declarations of impartiality and the exclusions they cause, who scores which offer
//! (with history), the scoring cards, the notes that resolve a divergence, the awards, the
//! executive's decision and its publication, and the public's requests for a justification.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 9] = [
    "call_evaluations",
    "committee_members",
    "impartiality_declarations",
    "evaluation_exclusions",
    "assignments",
    "scorecards",
    "divergence_notes",
    "awards",
    "call_results",
];

fn stamped(table: &mut TableCreateStatement) -> TableCreateStatement {
    table
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .to_owned()
}

fn belongs_to_call(name: &'static str) -> TableCreateStatement {
    Table::create()
        .table(name)
        .col(big_pk_auto("id"))
        .col(big_integer("call_id"))
        .foreign_key(
            ForeignKey::create()
                .name(format!("fk_{name}_call_id"))
                .from(name, "call_id")
                .to("calls", "id")
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

fn call_evaluations() -> TableCreateStatement {
    stamped(
        belongs_to_call("call_evaluations")
            // Points in halves (7.5) or whole points only, as the call says.
            .col(boolean("half_points").default(false))
            .col(integer("min_justification_chars").default(30))
            // The least total (hundredths of a point) an offer needs to be recommended.
            .col(big_integer_null("min_total_centi"))
            // Two members' totals further apart than this share of the maximum (basis points).
            .col(integer("divergence_bp").default(3000))
            // Members per offer; NULL: every member scores every offer.
            .col(integer_null("per_offer"))
            .col(timestamp_with_time_zone_null("scoring_deadline"))
            // art. 15 ust. 2da: why the committee has no members nominated by NGOs.
            .col(string_len_null("no_ngo_reason", 40))
            // JSON list of tie-breakers, e.g. ["criterion:1","received"].
            .col(text("tie_breakers"))
            .col(integer("lock_version").default(1)),
    )
}

fn committee_members() -> TableCreateStatement {
    stamped(
        belongs_to_call("committee_members")
            .col(big_integer("user_id"))
            // official | ngo_nominee | adviser
            .col(string_len("kind", 20))
            .col(big_integer_null("nominated_by_organisation_id"))
            .col(string_len("nominated_by_name", 300).default(""))
            // Advisers have a voice and no score by default (art. 15 ust. 2d).
            .col(boolean("scores").default(true))
            .col(big_integer("appointed_by"))
            .col(timestamp_with_time_zone_null("removed_at"))
            .col(string_len_null("removed_reason", 1000)),
    )
}

fn declarations() -> TableCreateStatement {
    stamped(
        belongs_to_call("impartiality_declarations")
            .col(big_integer("user_id"))
            .col(boolean("no_ties"))
            // JSON list of the applicant organisations' ids the member is tied to.
            .col(text("tied_organisation_ids"))
            // The statement as signed (the applicants listed at that moment), for the record.
            .col(text("statement"))
            .col(timestamp_with_time_zone("declared_at"))
            .col(string_len_null("client_address", 64)),
    )
}

fn exclusions() -> TableCreateStatement {
    stamped(
        belongs_to_call("evaluation_exclusions")
            .col(big_integer("application_id"))
            .col(big_integer("user_id"))
            // declared_tie | clerk
            .col(string_len("reason", 40))
            .col(string_len("note", 1000).default(""))
            .col(big_integer("excluded_by")),
    )
}

fn assignments() -> TableCreateStatement {
    stamped(
        belongs_to_call("assignments")
            .col(big_integer("application_id"))
            .col(big_integer("user_id"))
            .col(big_integer("assigned_by"))
            .col(timestamp_with_time_zone_null("ended_at"))
            .col(string_len_null("end_reason", 1000))
            .col(big_integer_null("ended_by")),
    )
}

fn scorecards() -> TableCreateStatement {
    stamped(
        belongs_to_call("scorecards")
            .col(big_integer("application_id"))
            .col(big_integer("user_id"))
            // draft | submitted
            .col(string_len("state", 20))
            // JSON list of granty_domain::evaluation::ScoreEntry.
            .col(text("entries"))
            .col(timestamp_with_time_zone_null("submitted_at"))
            .col(timestamp_with_time_zone_null("reopened_at"))
            .col(string_len_null("reopen_reason", 2000))
            .col(big_integer_null("reopened_by"))
            .col(integer("lock_version").default(1)),
    )
}

fn divergence_notes() -> TableCreateStatement {
    stamped(
        belongs_to_call("divergence_notes")
            .col(big_integer("application_id"))
            .col(text("note"))
            .col(big_integer_null("extra_member_user_id"))
            .col(big_integer("resolved_by")),
    )
}

fn awards() -> TableCreateStatement {
    stamped(
        belongs_to_call("awards")
            .col(big_integer("application_id"))
            // awarded | not_awarded
            .col(string_len("decision", 20))
            .col(big_integer("requested_minor"))
            .col(big_integer("amount_minor"))
            .col(string_len("currency", 3))
            // Why less than asked, or why not chosen.
            .col(string_len("reason", 2000).default(""))
            // not_needed | awaiting | submitted | accepted | withdrawn
            .col(string_len("update_state", 20))
            .col(integer_null("update_version_no"))
            // The ranking as decided: the panel's total (hundredths of a point) and the place;
            // the public results show the score of the offers not chosen.
            .col(big_integer_null("total_centi"))
            .col(integer_null("rank"))
            .col(big_integer("set_by"))
            .col(integer("lock_version").default(1)),
    )
}

fn call_results() -> TableCreateStatement {
    stamped(
        belongs_to_call("call_results")
            // The executive who decided (wójt, burmistrz, prezydent, zarząd), and their act.
            .col(string_len("decided_by_name", 300))
            .col(string_len("decision_reference", 300).default(""))
            .col(date("decided_on"))
            .col(big_integer("recorded_by"))
            .col(timestamp_with_time_zone_null("published_at"))
            // art. 15 ust. 2j: the three channels.
            .col(date_null("published_bip_on"))
            .col(date_null("published_notice_board_on"))
            .col(date_null("published_website_on")),
    )
}

fn justification_requests() -> TableCreateStatement {
    stamped(
        Table::create()
            .table("justification_requests")
            .col(big_pk_auto("id"))
            .col(big_integer("tenant_id"))
            .col(big_integer("call_id"))
            .col(big_integer_null("application_id"))
            .col(string_len("requester_name", 300))
            .col(string_len("requester_email", 320))
            .col(string_len("language", 8))
            .col(text("question"))
            .col(timestamp_with_time_zone("received_at"))
            .col(text_null("answer"))
            .col(timestamp_with_time_zone_null("answered_at"))
            .col(big_integer_null("answered_by")),
    )
}

fn index(
    name: &str,
    table: &'static str,
    cols: &[&'static str],
    unique: bool,
) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for col in cols {
        index.col(*col);
    }
    if unique {
        index.unique();
    }
    index.to_owned()
}

fn indexes() -> Vec<IndexCreateStatement> {
    vec![
        index(
            "ux_call_evaluations_call",
            "call_evaluations",
            &["call_id"],
            true,
        ),
        index(
            "ix_committee_members_call",
            "committee_members",
            &["call_id", "user_id"],
            false,
        ),
        index(
            "ux_declarations_call_user",
            "impartiality_declarations",
            &["call_id", "user_id"],
            true,
        ),
        index(
            "ix_exclusions_application",
            "evaluation_exclusions",
            &["application_id", "user_id"],
            false,
        ),
        index(
            "ix_assignments_application",
            "assignments",
            &["application_id", "user_id"],
            false,
        ),
        index(
            "ix_assignments_user",
            "assignments",
            &["user_id", "call_id"],
            false,
        ),
        index(
            "ux_scorecards_application_user",
            "scorecards",
            &["application_id", "user_id"],
            true,
        ),
        index(
            "ix_divergence_notes_application",
            "divergence_notes",
            &["application_id"],
            false,
        ),
        index("ux_awards_application", "awards", &["application_id"], true),
        index("ux_call_results_call", "call_results", &["call_id"], true),
        index(
            "ix_justification_requests_call",
            "justification_requests",
            &["call_id"],
            false,
        ),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            call_evaluations(),
            committee_members(),
            declarations(),
            exclusions(),
            assignments(),
            scorecards(),
            divergence_notes(),
            awards(),
            call_results(),
            justification_requests(),
        ];
        for table in tables {
            manager.create_table(table).await?;
        }
        for index in indexes() {
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let all = TABLES.iter().chain(["justification_requests"].iter());
        for table in all.rev() {
            manager
                .drop_table(Table::drop().table(*table).to_owned())
                .await?;
        }
        Ok(())
    }
}
