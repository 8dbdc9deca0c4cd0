use super::*;

fn criterion(max_points: u32, gate: bool) -> Criterion {
    Criterion {
        name: "kryterium".into(),
        max_points,
        basis: String::new(),
        gate,
        weight: 1,
    }
}

fn criteria() -> Vec<Criterion> {
    vec![
        criterion(10, false),
        criterion(5, false),
        criterion(0, true),
    ]
}

const WHY: &str = "Kalkulacja jest rzetelna i zgodna z zakresem zadania.";

fn scored(at: usize, points: &str, why: &str) -> ScoreEntry {
    ScoreEntry {
        criterion: at,
        points: Points::parse(points),
        passed: None,
        justification: why.into(),
    }
}

fn gate(at: usize, passed: bool, why: &str) -> ScoreEntry {
    ScoreEntry {
        criterion: at,
        points: None,
        passed: Some(passed),
        justification: why.into(),
    }
}

fn rules(result: Result<Vec<ScoreEntry>, Violations>) -> Vec<(String, Rule)> {
    result
        .err()
        .map(|v| v.0.into_iter().map(|x| (x.field, x.rule)).collect())
        .unwrap_or_default()
}

fn check(entries: &[ScoreEntry], check: CardCheck) -> Result<Vec<ScoreEntry>, Violations> {
    check_card(entries, &criteria(), &EvaluationSettings::default(), check)
}

#[test]
fn a_complete_card_is_submitted_in_the_calls_order() {
    let entries = [
        gate(2, true, WHY),
        scored(0, "10", WHY),
        scored(1, "0", WHY),
    ];
    let card = check(&entries, CardCheck::Submission).unwrap();
    assert_eq!(
        card.iter().map(|e| e.criterion).collect::<Vec<_>>(),
        [0, 1, 2]
    );
    assert_eq!(card[0].points, Some(Points::whole(10)));
}

#[test]
fn a_draft_may_be_incomplete_and_shortly_justified() {
    let card = check(&[scored(1, "3", "ok")], CardCheck::Draft).unwrap();
    assert_eq!(card.len(), 3);
    assert_eq!(
        card[0],
        ScoreEntry {
            criterion: 0,
            ..ScoreEntry::default()
        }
    );
    assert!(is_blank(&check(&[], CardCheck::Draft).unwrap()));
}

#[test]
fn points_above_the_maximum_are_refused_even_in_a_draft() {
    assert_eq!(
        rules(check(&[scored(1, "5.5", "")], CardCheck::Draft)),
        [(
            "scores[1].points".into(),
            Rule::PointsAboveMaximum { max: 5 }
        )]
    );
}

#[test]
fn half_points_only_where_the_call_allows_them() {
    let half = [scored(0, "7.5", "")];
    assert_eq!(
        rules(check(&half, CardCheck::Draft)),
        [("scores[0].points".into(), Rule::HalfPointsNotAllowed)]
    );
    let settings = EvaluationSettings {
        half_points: true,
        ..EvaluationSettings::default()
    };
    assert!(check_card(&half, &criteria(), &settings, CardCheck::Draft).is_ok());
}

#[test]
fn submission_needs_every_answer_and_long_enough_justifications() {
    let short = "za krótko\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}";
    let entries = [scored(0, "4", WHY), scored(1, "2", short)];
    assert_eq!(
        rules(check(&entries, CardCheck::Submission)),
        [
            (
                "scores[1].justification".into(),
                Rule::JustificationTooShort { min: 30, actual: 9 }
            ),
            ("scores[2].passed".into(), Rule::PassFailRequired),
            (
                "scores[2].justification".into(),
                Rule::JustificationTooShort { min: 30, actual: 0 }
            ),
        ]
    );
    assert_eq!(
        rules(check(
            &[scored(1, "2", WHY), gate(2, false, WHY)],
            CardCheck::Submission
        )),
        [
            ("scores[0].points".into(), Rule::PointsRequired),
            (
                "scores[0].justification".into(),
                Rule::JustificationTooShort { min: 30, actual: 0 }
            ),
        ]
    );
}

#[test]
fn gates_take_pass_or_fail_and_scored_criteria_take_points() {
    let confused = [
        ScoreEntry {
            criterion: 2,
            points: Some(Points::whole(1)),
            ..ScoreEntry::default()
        },
        gate(0, true, ""),
    ];
    assert_eq!(
        rules(check(&confused, CardCheck::Draft)),
        [
            ("scores[2].points".into(), Rule::InvalidValue),
            ("scores[0].passed".into(), Rule::InvalidValue),
        ]
    );
}

#[test]
fn unknown_and_repeated_criteria_are_refused() {
    let entries = [scored(0, "1", ""), scored(0, "2", ""), scored(9, "1", "")];
    assert_eq!(
        rules(check(&entries, CardCheck::Draft)),
        [
            ("scores[1].criterion".into(), Rule::Duplicate),
            ("scores[2].criterion".into(), Rule::UnknownReference),
        ]
    );
}
