//! Agreements (art. 16; the 2018 model agreement, Annex 3): one per award, its versions (the
//! original and each annex, with what they change), the people who sign for each party, the
//! signatures recorded, the planned tranches and the transfers made, the report deadlines, and a
//! town's agreement settings. Organisations gain their representation rule (who signs for them).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 7] = [
    "tenant_agreement_settings",
    "agreements",
    "agreement_versions",
    "agreement_signatories",
    "agreement_signatures",
    "agreement_tranches",
    "agreement_payments",
];

type IndexSpec = (&'static str, &'static str, &'static [&'static str], bool);

const INDEXES: &[IndexSpec] = &[
    (
        "ux_tenant_agreement_settings_tenant",
        "tenant_agreement_settings",
        &["tenant_id"],
        true,
    ),
    ("ux_agreements_award", "agreements", &["award_id"], true),
    (
        "ix_agreements_tenant_state",
        "agreements",
        &["tenant_id", "state"],
        false,
    ),
    (
        "ix_agreements_organisation",
        "agreements",
        &["organisation_id"],
        false,
    ),
    (
        "ux_agreement_versions_no",
        "agreement_versions",
        &["agreement_id", "version_no"],
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

fn tenant_agreement_settings() -> TableCreateStatement {
    stamped(
        belongs_to("tenant_agreement_settings", "tenant_id", "tenants")
            // Allowed growth of a cost line without an annex (basis points; §7.4: 10 %).
            .col(integer("shift_bp").default(1000))
            // line | grant_part: what the growth is measured on.
            .col(string_len("shift_basis", 20).default("line"))
            // Days after signing within which a tranche is paid when no date is typed.
            .col(integer("payment_days").default(30))
            // Days after the use-by date to return unused grant (ufp art. 251 ust. 3: 15).
            .col(integer("return_days").default(15))
            // Days after the task ends to deliver the final report (art. 18: 30).
            .col(integer("final_report_days").default(30))
            // Document languages besides Polish, comma-separated ("cs,uk,en"); Polish always.
            .col(string_len("document_languages", 40).default(""))
            // PEM certificates the town trusts as anchors for the NGOs' signatures.
            .col(text("trust_anchors_pem").default(""))
            // Whether an NGO may return a signed scan (confirmed by the clerk) instead of PAdES.
            .col(boolean("allow_scans").default(true)),
    )
}

fn agreements() -> TableCreateStatement {
    stamped(
        belongs_to("agreements", "award_id", "awards")
            .col(big_integer("tenant_id"))
            .col(big_integer("call_id"))
            .col(big_integer("application_id"))
            .col(big_integer("organisation_id"))
            // The town's register number, e.g. "U/3/2026/1".
            .col(string_len("number", 60))
            // draft | ready | signed | realisation | reporting | settled | terminated
            .col(string_len("state", 20))
            .col(string_len("language", 5).default("pl"))
            // The agreement's terms as last signed or drafted (JSON, see the store's agreements
            // module): task, dates, amounts, cost lines, parties' shares, report deadlines.
            .col(text("terms"))
            .col(big_integer("grant_minor"))
            .col(string_len("currency", 3))
            .col(date("starts_on"))
            .col(date("ends_on"))
            // The last day the grant may be spent (not later than 31 December of the budget year).
            .col(date("use_by"))
            .col(date("return_by"))
            .col(integer("shift_bp"))
            .col(string_len("shift_basis", 20))
            .col(string_len("bank_account", 64))
            // The version in force (1 = the original; annexes count up).
            .col(integer("current_version").default(1))
            .col(timestamp_with_time_zone_null("signed_at"))
            .col(timestamp_with_time_zone_null("terminated_at"))
            .col(text_null("termination_reason"))
            .col(big_integer("created_by"))
            .col(integer("lock_version").default(0)),
    )
}

fn agreement_versions() -> TableCreateStatement {
    stamped(
        belongs_to("agreement_versions", "agreement_id", "agreements")
            .col(integer("version_no"))
            // original | annex
            .col(string_len("kind", 20))
            // draft | ready | signed
            .col(string_len("state", 20))
            // The terms of this version (JSON, same shape as agreements.terms).
            .col(text("terms"))
            // What the annex changes, as a list of changes (JSON); "[]" for the original.
            .col(text("changes").default("[]"))
            .col(text("reason").default(""))
            // The generated PDF (object key and SHA-256), kept once the version is ready to sign;
            // the town's PAdES-signed file and the file carrying the NGO's signatures after it.
            .col(string_len_null("document_key", 300))
            .col(string_len_null("document_sha256", 64))
            .col(string_len_null("signed_key", 300))
            .col(string_len_null("signed_sha256", 64))
            .col(timestamp_with_time_zone_null("signed_at"))
            .col(big_integer("created_by")),
    )
}

fn agreement_signatories() -> TableCreateStatement {
    stamped(
        belongs_to("agreement_signatories", "agreement_id", "agreements")
            // town | organisation | partner
            .col(string_len("party", 20))
            // The organisation the person signs for (NULL for the town).
            .col(big_integer_null("organisation_id"))
            .col(string_len("name", 200))
            .col(string_len("function", 200))
            .col(integer("position")),
    )
}

fn agreement_signatures() -> TableCreateStatement {
    stamped(
        belongs_to("agreement_signatures", "version_id", "agreement_versions")
            .col(string_len("party", 20))
            .col(big_integer_null("organisation_id"))
            // pades | scan
            .col(string_len("method", 20))
            // Who signed, as read from the certificate (PAdES) or typed by the clerk (scan).
            .col(string_len("signer", 300))
            .col(string_len("certificate_sha256", 64).default(""))
            .col(timestamp_with_time_zone("signed_at"))
            // The user who uploaded the file or confirmed the scan.
            .col(big_integer("recorded_by")),
    )
}

fn agreement_tranches() -> TableCreateStatement {
    stamped(
        belongs_to("agreement_tranches", "agreement_id", "agreements")
            .col(integer("number"))
            .col(big_integer("amount_minor"))
            .col(date("due_on")),
    )
}

fn agreement_payments() -> TableCreateStatement {
    stamped(
        belongs_to("agreement_payments", "agreement_id", "agreements")
            .col(big_integer_null("tranche_id"))
            .col(date("paid_on"))
            .col(big_integer("amount_minor"))
            .col(text("note").default(""))
            .col(big_integer("recorded_by")),
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            tenant_agreement_settings(),
            agreements(),
            agreement_versions(),
            agreement_signatories(),
            agreement_signatures(),
            agreement_tranches(),
            agreement_payments(),
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
        // One column per statement: SQLite alters one thing at a time.
        for column in [
            // How the organisation is represented, as in its register ("two board members jointly").
            string_len("representation_rule", 300)
                .default("")
                .to_owned(),
            // How many of its representatives must sign (the agreement names as many).
            integer("signatures_required").default(1).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table("organisations")
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["signatures_required", "representation_rule"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("organisations")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for table in TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(*table).to_owned())
                .await?;
        }
        Ok(())
    }
}
