//! `granty config check`: every problem with the configuration, printed one per line, then the
//! templates and the signing certificate that start-up would also refuse.

use crate::config::Config;
use std::path::Path;

/// Prints what is wrong (or that all is fine); answers whether all is fine.
pub fn check(dir: &Path) -> bool {
    let config = match Config::load(dir) {
        Ok(config) => config,
        Err(problems) => {
            for problem in problems.lines() {
                println!("{problem}");
            }
            println!("{} problem(s) in the configuration", problems.lines().len());
            return false;
        }
    };
    let mut fine = true;
    if let Err(error) = crate::load_templates(&config) {
        println!("{error:#}");
        fine = false;
    }
    // Read as start-up reads it; a development certificate is only looked for, never made.
    if !matches!(
        config.signing,
        crate::signing::SigningSource::Development(_)
    ) {
        if let Err(error) = config.signing.load(chrono::Utc::now()) {
            println!("{error:#}");
            fine = false;
        }
    }
    if fine {
        println!("The configuration in {} is fine.", dir.display());
    }
    fine
}
