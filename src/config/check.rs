//! Checking values one key at a time while remembering every problem, so a configuration with
//! five mistakes is refused once with five lines rather than five times with one.

use super::keys::Settings;
use std::fmt;
use std::ops::RangeInclusive;

/// Every problem found, one sentence each, each naming its key.
#[derive(Debug, Default)]
pub struct Problems(Vec<String>);

impl Problems {
    pub fn add(&mut self, problem: String) {
        self.0.push(problem);
    }

    /// Notes the error of a check done elsewhere (its message names the key) and passes on the
    /// value.
    pub fn note<T>(&mut self, result: anyhow::Result<T>) -> Option<T> {
        result.map_err(|error| self.add(format!("{error:#}"))).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn lines(&self) -> &[String] {
        &self.0
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.as_slice() {
            [one] => f.write_str(one),
            all => {
                write!(f, "{} problems in the configuration:", all.len())?;
                all.iter().try_for_each(|p| write!(f, "\n  - {p}"))
            }
        }
    }
}

impl std::error::Error for Problems {}

/// Reads keys from `settings`, noting what is missing or wrong in `problems`.
pub struct Checker<'a> {
    pub settings: &'a Settings,
    pub problems: Problems,
}

impl<'a> Checker<'a> {
    pub fn new(settings: &'a Settings, problems: Problems) -> Checker<'a> {
        Checker { settings, problems }
    }

    /// The key's text, or a noted problem when it is missing.
    pub fn text(&mut self, key: &str) -> Option<String> {
        match self.settings.get(key) {
            Some(setting) => Some(setting.text.clone()),
            None => {
                self.problems
                    .add(format!("configuration key `{key}` is missing"));
                None
            }
        }
    }

    /// The key's value through `parse`, whose error says what was expected.
    pub fn parsed<T>(
        &mut self,
        key: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        let text = self.text(key)?;
        match parse(text.trim()) {
            Ok(value) => Some(value),
            Err(expected) => {
                let origin = self.origin(key);
                self.problems
                    .add(format!("configuration key `{key}`{origin}: {expected}"));
                None
            }
        }
    }

    /// A whole number within `range`.
    pub fn number(&mut self, key: &str, range: RangeInclusive<u64>) -> Option<u64> {
        self.parsed(key, |text| {
            text.parse::<u64>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or_else(|| {
                    format!(
                        "expected a whole number from {} to {}, found `{text}`",
                        range.start(),
                        range.end()
                    )
                })
        })
    }

    /// ` (from GRANTY_LISTEN)` or ` (from config/production.toml)`.
    fn origin(&self, key: &str) -> String {
        self.settings
            .get(key)
            .map(|s| format!(" (from {})", s.origin))
            .unwrap_or_default()
    }
}
