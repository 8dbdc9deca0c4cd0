//! What the results need beyond the evaluation tables: the clerk's review of each updated
//! estimate (accepted, or returned with a comment) and the ground of an art. 18a cancellation,
//! published on the call's public page.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn update_reviews() -> TableCreateStatement {
    Table::create()
        .table("award_update_reviews")
        .col(big_pk_auto("id"))
        .col(big_integer("award_id"))
        .foreign_key(
            ForeignKey::create()
                .name("fk_award_update_reviews_award_id")
                .from("award_update_reviews", "award_id")
                .to("awards", "id")
                .on_delete(ForeignKeyAction::Cascade),
        )
        // The version of kind `update` the review judged.
        .col(integer("version_no"))
        // accepted | returned
        .col(string_len("outcome", 20))
        .col(text("comment"))
        .col(big_integer("reviewed_by"))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .to_owned()
}

fn cancellations() -> TableCreateStatement {
    Table::create()
        .table("call_cancellations")
        .col(big_pk_auto("id"))
        .col(big_integer("call_id"))
        .foreign_key(
            ForeignKey::create()
                .name("fk_call_cancellations_call_id")
                .from("call_cancellations", "call_id")
                .to("calls", "id")
                .on_delete(ForeignKeyAction::Cascade),
        )
        // art. 18a: no_offers | none_valid
        .col(string_len("ground", 20))
        .col(big_integer("cancelled_by"))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(update_reviews()).await?;
        manager.create_table(cancellations()).await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_award_update_reviews_award")
                    .table("award_update_reviews")
                    .col("award_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_call_cancellations_call")
                    .table("call_cancellations")
                    .col("call_id")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["call_cancellations", "award_update_reviews"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
