//! Reports on a task (art. 18; the 2018 report form, Annex 5): the partial reports of each budget
//! year (and those a clerk calls for) and the final report, each a working copy the organisation
//! edits, and the versions it submitted with the clerk's decision and comments per field. A
//! town's agreement settings gain whether reports list the financial documents (the 2018 form
//! has no such list; many towns ask for one in their own annex, §7.3).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 2] = ["reports", "report_versions"];

type IndexSpec = (&'static str, &'static str, &'static [&'static str], bool);

const INDEXES: &[IndexSpec] = &[
    // One report per agreement, kind and period start: two clicks on "start" make one report.
    (
        "ux_reports_period",
        "reports",
        &["agreement_id", "kind", "period_from"],
        true,
    ),
    (
        "ix_reports_tenant_state",
        "reports",
        &["tenant_id", "state"],
        false,
    ),
    ("ix_reports_agreement", "reports", &["agreement_id"], false),
    (
        "ux_report_versions_no",
        "report_versions",
        &["report_id", "version_no"],
        true,
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

fn reports() -> TableCreateStatement {
    stamped(
        belongs_to("reports", "agreement_id", "agreements")
            .col(big_integer("tenant_id"))
            .col(big_integer("organisation_id"))
            // partial | final
            .col(string_len("kind", 20))
            .col(date("period_from"))
            .col(date("period_to"))
            .col(date("due_on"))
            // The day a clerk's call for a partial report was delivered (art. 18 ust. 2); NULL
            // for the yearly partial reports and the final report.
            .col(date_null("called_on"))
            // draft | submitted | corrections | accepted | rejected
            .col(string_len("state", 20))
            // The report as typed (JSON of the domain's ReportInput), kept verbatim.
            .col(text("content"))
            // The last submitted version (0 while never submitted).
            .col(integer("version_no").default(0))
            .col(timestamp_with_time_zone_null("submitted_at"))
            .col(big_integer("created_by"))
            .col(integer("lock_version").default(0)),
    )
}

fn report_versions() -> TableCreateStatement {
    stamped(
        belongs_to("report_versions", "report_id", "reports")
            .col(integer("version_no"))
            // The report as submitted (JSON, same shape as reports.content), never changed.
            .col(text("content"))
            .col(timestamp_with_time_zone("submitted_at"))
            .col(big_integer("submitted_by"))
            // accepted | corrections | rejected; NULL until the clerk decides.
            .col(string_len_null("decision", 20))
            // The clerk's comments by field path (JSON object: {"costs[2].year_values": "…"}).
            .col(text("comments").default("{}"))
            .col(big_integer_null("reviewed_by"))
            .col(timestamp_with_time_zone_null("reviewed_at")),
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(reports()).await?;
        manager.create_table(report_versions()).await?;
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
        manager
            .alter_table(
                Table::alter()
                    .table("tenant_agreement_settings")
                    .add_column(boolean("report_documents").default(false))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("tenant_agreement_settings")
                    .drop_column("report_documents")
                    .to_owned(),
            )
            .await?;
        for table in TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(*table).to_owned())
                .await?;
        }
        Ok(())
    }
}
