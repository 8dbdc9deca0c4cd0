//! The audit trail becomes tamper-evident: each entry records where the request came from, the
//! values before and after the change, its place in the tenant's chain and the SHA-256 linking it
//! to the entry before. The tenant row keeps the chain's head (last sequence number and hash) so a
//! removed last entry is noticed too, and so writers of one tenant queue on one row.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEX: &str = "uq_audit_events_tenant_seq";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        let audit_columns = [
            string_len_null("client_address", 64),
            text_null("before_value"),
            text_null("after_value"),
            big_integer_null("seq"),
            string_len_null("hash", 64),
        ];
        for column in audit_columns {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table("audit_events")
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        let tenant_columns = [
            big_integer("audit_seq").default(0).to_owned(),
            string_len_null("audit_head", 64),
        ];
        for column in tenant_columns {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table("tenants")
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table("audit_events")
                    .col("tenant_id")
                    .col("seq")
                    // Two writers that forked the chain would share a number: refuse the second.
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(INDEX).table("audit_events").to_owned())
            .await?;
        for column in ["audit_head", "audit_seq"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("tenants")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            "hash",
            "seq",
            "after_value",
            "before_value",
            "client_address",
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table("audit_events")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
