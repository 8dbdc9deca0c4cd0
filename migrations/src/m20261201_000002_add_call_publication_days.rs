//! The day a call's announcement appeared in each of the three channels of art. 13 ust. 3 (BIP,
//! the office's notice board, its website), the evidence the 21-day minimum is counted from.
//! Calls published before this change have none recorded until a clerk records them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const COLUMNS: [&str; 3] = [
    "published_bip_on",
    "published_notice_board_on",
    "published_website_on",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for column in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table("calls")
                        .add_column(date_null(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in COLUMNS.into_iter().rev() {
            manager
                .alter_table(Table::alter().table("calls").drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
