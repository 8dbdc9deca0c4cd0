//! Settlement (issue 13; public finance act art. 251–252, public-benefit act art. 17–18): a
//! town's settlement settings, the interest rates it adds to the shipped table, the returns a
//! settlement decides (each with its deadline and the day interest starts), the payments the
//! organisation makes towards them, and the controls held under art. 17.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 5] = [
    "tenant_settlement_settings",
    "tenant_interest_rates",
    "agreement_returns",
    "agreement_return_payments",
    "agreement_controls",
];

type IndexSpec = (&'static str, &'static str, &'static [&'static str], bool);

const INDEXES: &[IndexSpec] = &[
    (
        "ux_tenant_settlement_settings_tenant",
        "tenant_settlement_settings",
        &["tenant_id"],
        true,
    ),
    (
        "ux_tenant_interest_rates_from",
        "tenant_interest_rates",
        &["tenant_id", "from_day"],
        true,
    ),
    (
        "ix_agreement_returns_agreement",
        "agreement_returns",
        &["agreement_id"],
        false,
    ),
    (
        "ix_agreement_returns_tenant_due",
        "agreement_returns",
        &["tenant_id", "due_on"],
        false,
    ),
    (
        "ix_agreement_return_payments_agreement",
        "agreement_return_payments",
        &["agreement_id"],
        false,
    ),
    (
        "ix_agreement_controls_agreement",
        "agreement_controls",
        &["agreement_id"],
        false,
    ),
];

fn stamped(table: &mut TableCreateStatement) -> TableCreateStatement {
    table
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .to_owned()
}

fn belongs_to(
    name: &'static str,
    column: &'static str,
    parent: &'static str,
) -> TableCreateStatement {
    Table::create()
        .table(name)
        .col(big_pk_auto("id"))
        .col(big_integer(column))
        .foreign_key(
            ForeignKey::create()
                .name(format!("fk_{name}_{column}"))
                .from(name, column)
                .to(parent, "id")
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

fn tenant_settlement_settings() -> TableCreateStatement {
    stamped(
        belongs_to("tenant_settlement_settings", "tenant_id", "tenants")
            // Days after a finding to return misused, undue or excessive grant (ufp art. 252: 15).
            .col(integer("days_after_finding").default(15))
            // Days the written call gives for a missing report (model agreement § 9: 7).
            .col(integer("written_call_days").default(7))
            // Interest not charged up to this amount (tax ordinance art. 54 § 1 pkt 5: 3 × 8.70 zł).
            .col(big_integer("interest_floor_minor").default(2_610))
            // Whether the declared grant share of the total must be kept (§ 4 of the model agreement).
            .col(boolean("keep_grant_share").default(true))
            // Whether a report lists its financial documents (a tenant's choice; not in the 2018 form).
            .col(boolean("documents_list").default(false))
            // Least days between delivering a call for a partial report and its deadline (art. 18 ust. 3: 30).
            .col(integer("partial_call_days").default(30))
            // Days the organisation has to correct a report after the clerk asks (a town's choice: 7).
            .col(integer("correction_days").default(7))
            // Days to carry out the recommendations after a control (model agreement: 14).
            .col(integer("control_days").default(14)),
    )
}

fn tenant_interest_rates() -> TableCreateStatement {
    stamped(
        belongs_to("tenant_interest_rates", "tenant_id", "tenants")
            .col(date("from_day"))
            // Annual rate in basis points (tax-arrears rate: 200 % of the lombard rate + 2 pts, ≥ 8 %).
            .col(integer("rate_bp"))
            .col(big_integer("created_by")),
    )
}

fn agreement_returns() -> TableCreateStatement {
    stamped(
        belongs_to("agreement_returns", "agreement_id", "agreements")
            .col(big_integer("tenant_id"))
            // The report whose acceptance decided it; none for a missing report or a control.
            .col(big_integer_null("report_id"))
            // unused | other_income | misused | undue | excessive (settlement::ReturnKind codes).
            .col(string_len("kind", 20))
            .col(big_integer("amount_minor"))
            .col(string_len("currency", 3))
            .col(date("due_on"))
            .col(date("interest_from"))
            // The domain's Explanation as JSON: rule, legal basis, inputs.
            .col(text("explanation").default("{}"))
            .col(big_integer("decided_by")),
    )
}

fn agreement_return_payments() -> TableCreateStatement {
    stamped(
        belongs_to("agreement_return_payments", "agreement_id", "agreements")
            .col(big_integer("tenant_id"))
            .col(date("paid_on"))
            .col(big_integer("amount_minor"))
            .col(text("note").default(""))
            .col(big_integer("recorded_by")),
    )
}

fn agreement_controls() -> TableCreateStatement {
    stamped(
        belongs_to("agreement_controls", "agreement_id", "agreements")
            .col(big_integer("tenant_id"))
            .col(date("held_on"))
            .col(text("scope").default(""))
            .col(text("findings").default(""))
            .col(text("recommendations").default(""))
            // Recommendations carried out by this day (held_on + control_days), if any were made.
            .col(date_null("recommendations_due"))
            .col(date_null("recommendations_done_on"))
            .col(big_integer("recorded_by")),
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            tenant_settlement_settings(),
            tenant_interest_rates(),
            agreement_returns(),
            agreement_return_payments(),
            agreement_controls(),
        ] {
            manager.create_table(table).await?;
        }
        for (name, table, cols, unique) in INDEXES {
            let mut index = Index::create();
            index.name(*name).table(*table);
            for col in *cols {
                index.col(*col);
            }
            if *unique {
                index.unique();
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(*table).to_owned())
                .await?;
        }
        Ok(())
    }
}
