//! `granty audit verify`: walks every tenant's hash chain and names the first broken link.

use anyhow::{Context, Result};
use granty_store::audit::verify;
use granty_store::Db;

/// Prints one line per tenant; returns whether every chain holds.
pub async fn verify(db: &Db) -> Result<bool> {
    let reports = verify::verify_all(&db.reader)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))
        .context("reading the audit trail")?;
    let mut intact = true;
    for report in reports {
        match report.first_break {
            None => println!("{}: {} entries, chain intact", report.slug, report.entries),
            Some(found) => {
                intact = false;
                println!("{}: TAMPERED: {found}", report.slug);
            }
        }
    }
    Ok(intact)
}
