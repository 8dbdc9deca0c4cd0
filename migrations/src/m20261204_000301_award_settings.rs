//! A town's award settings: whether an applicant with an overdue report or an unpaid return from
//! an earlier grant is refused an award (`block_flagged_applicants`), not only flagged to the
//! clerk. One row per tenant; no row means "flag, do not block".

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table("tenant_award_settings")
            .col(big_pk_auto("id"))
            .col(big_integer("tenant_id"))
            .col(boolean("block_flagged_applicants").default(false))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(
                ForeignKey::create()
                    .name("fk_tenant_award_settings_tenant_id")
                    .from("tenant_award_settings", "tenant_id")
                    .to("tenants", "id")
                    .on_delete(ForeignKeyAction::Cascade),
            )
            .to_owned();
        manager.create_table(table).await?;
        let index = Index::create()
            .name("ux_tenant_award_settings_tenant")
            .table("tenant_award_settings")
            .col("tenant_id")
            .unique()
            .to_owned();
        manager.create_index(index).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drop = Table::drop().table("tenant_award_settings").to_owned();
        manager.drop_table(drop).await
    }
}
