//! Reading `/metrics` as a scraper does: the OpenMetrics text format parsed into samples.

use crate::support::{TestApp, METRICS_TOKEN};
use reqwest::StatusCode;
use std::collections::BTreeMap;

/// One sample: the series' name and labels, and its value.
#[derive(Debug, Clone)]
pub struct Sample {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub value: f64,
}

/// Every sample of the exposition; panics on a line that is not the text format.
pub fn parse(text: &str) -> Vec<Sample> {
    assert!(
        text.ends_with("# EOF\n"),
        "an OpenMetrics exposition ends with # EOF"
    );
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(sample)
        .collect()
}

fn sample(line: &str) -> Sample {
    let (series, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("{line}"));
    let value: f64 = value.parse().unwrap_or_else(|_| panic!("value of {line}"));
    let Some((name, labels)) = series.split_once('{') else {
        return Sample {
            name: series.into(),
            labels: BTreeMap::new(),
            value,
        };
    };
    let labels = labels.strip_suffix('}').unwrap_or_else(|| panic!("{line}"));
    let labels = labels
        .split("\",")
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once("=\"").unwrap_or_else(|| panic!("{line}"));
            (key.to_string(), value.trim_end_matches('"').to_string())
        })
        .collect();
    Sample {
        name: name.into(),
        labels,
        value,
    }
}

/// The value of the sample named `name` whose labels include `labels`, if there is one.
pub fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|s| {
            s.name == name
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
}

/// Scrapes the app's `/metrics` with the right token.
pub async fn scrape(app: &TestApp) -> Vec<Sample> {
    let answer = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth(METRICS_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    let content_type = answer.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        content_type.starts_with("application/openmetrics-text"),
        "{content_type}"
    );
    parse(&answer.text().await.unwrap())
}
