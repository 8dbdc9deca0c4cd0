//! Dates and multi-year tasks.

use super::*;

// ---------------------------------------------------------------------------------------------
// Dates.

#[test]
fn the_task_must_lie_within_the_realisation_window() {
    let call = terms();
    let window = Rule::DateOutsideWindow {
        from: day(2027, 3, 1),
        to: day(2027, 12, 31),
    };
    let mut input = valid_offer();
    input.start_date = Some(day(2027, 2, 28));
    assert_eq!(
        violations(&input, &call),
        vec![violation("start_date", window.clone())]
    );
    input.start_date = Some(day(2027, 3, 1));
    assert_eq!(violations(&input, &call), vec![]);

    let mut input = valid_offer();
    input.end_date = Some(day(2028, 1, 1));
    assert!(violations(&input, &call).contains(&violation("end_date", window.clone())));

    let mut input = valid_offer();
    input.schedule[1].end = Some(day(2028, 1, 15));
    assert_eq!(
        violations(&input, &call),
        vec![violation("schedule[1].end", window)]
    );

    let mut input = valid_offer();
    input.start_date = None;
    input.end_date = None;
    let v = violations(&input, &call);
    assert!(v.contains(&violation("start_date", Rule::Required)));
    assert!(v.contains(&violation("end_date", Rule::Required)));
}

#[test]
fn an_end_before_the_start_is_named() {
    let call = terms();
    let mut input = valid_offer();
    input.start_date = Some(day(2027, 10, 31));
    input.end_date = Some(day(2027, 4, 1));
    assert_eq!(
        violations(&input, &call),
        vec![violation("end_date", Rule::EndBeforeStart)]
    );

    let mut input = valid_offer();
    input.schedule[0].start = Some(day(2027, 6, 30));
    input.schedule[0].end = Some(day(2027, 6, 29));
    assert_eq!(
        violations(&input, &call),
        vec![violation("schedule[0].end", Rule::EndBeforeStart)]
    );
    // One day is a valid action.
    input.schedule[0].end = Some(day(2027, 6, 30));
    assert_eq!(violations(&input, &call), vec![]);
}

#[test]
fn actions_must_lie_within_the_task_dates() {
    let call = terms();
    let task = Rule::DateOutsideWindow {
        from: day(2027, 4, 1),
        to: day(2027, 10, 31),
    };
    let mut input = valid_offer();
    input.schedule[1].start = Some(day(2027, 11, 5));
    input.schedule[1].end = Some(day(2027, 11, 20));
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("schedule[1].start", task.clone()),
            violation("schedule[1].end", task.clone()),
        ]
    );
    let mut input = valid_offer();
    input.schedule[0].start = Some(day(2027, 3, 31));
    assert_eq!(
        violations(&input, &call),
        vec![violation("schedule[0].start", task)]
    );
    input.schedule[0].start = Some(day(2027, 4, 1));
    input.schedule[1].end = Some(day(2027, 10, 31));
    assert_eq!(violations(&input, &call), vec![]);
}

// ---------------------------------------------------------------------------------------------
// Multi-year tasks.

#[test]
fn task_years_are_the_calendar_years_spanned() {
    assert_eq!(
        task_years(Some(day(2027, 9, 1)), Some(day(2028, 6, 30))),
        vec![2027, 2028]
    );
    assert_eq!(
        task_years(Some(day(2027, 1, 1)), Some(day(2027, 12, 31))),
        vec![2027]
    );
    assert_eq!(
        task_years(Some(day(2028, 1, 1)), Some(day(2027, 1, 1))),
        vec![2028]
    );
    assert_eq!(task_years(Some(day(2027, 1, 1)), None), vec![2027]);
    assert_eq!(task_years(None, Some(day(2027, 1, 1))), Vec::<i32>::new());
}

#[test]
fn a_multi_year_task_splits_every_line_into_years() {
    let call = two_year_call();
    let (s, v) = check(&two_year_offer(), &call);
    assert_eq!(v, vec![]);
    assert_eq!(s.years, vec![2027, 2028]);
    assert_eq!(s.lines[0].year_values, vec![pln(200_000), pln(400_000)]);
    assert_eq!(s.lines[2].year_values, vec![pln(0), pln(300_000)]);
    assert_eq!(s.year_totals, vec![pln(526_000), pln(800_000)]);
    assert_eq!(s.total_costs, pln(1_326_000));
}

#[test]
fn a_multi_year_line_needs_one_value_per_year() {
    let call = two_year_call();
    let mut input = two_year_offer();
    input.costs[1].year_values = vec!["2510".into()];
    input.costs[3].year_values = vec!["750".into(), "500".into(), "500".into()];
    let (s, v) = check(&input, &call);
    assert_eq!(
        v,
        vec![
            violation(
                "costs[1].year_values",
                Rule::YearValuesCount { expected: 2 }
            ),
            violation(
                "costs[3].year_values",
                Rule::YearValuesCount { expected: 2 }
            ),
        ]
    );
    assert_eq!(s.lines[1].year_values, vec![]);
    // The line's value still counts in the totals.
    assert_eq!(s.total_costs, pln(1_326_000));

    let mut input = two_year_offer();
    for line in &mut input.costs {
        line.year_values.clear();
    }
    let v = violations(&input, &call);
    let expected: Vec<Violation> = (0..4)
        .map(|i| {
            violation(
                &format!("costs[{i}].year_values"),
                Rule::YearValuesCount { expected: 2 },
            )
        })
        .collect();
    assert_eq!(v, expected);
}

#[test]
fn a_multi_year_line_must_add_up_to_its_value() {
    let call = two_year_call();
    let mut input = two_year_offer();
    input.costs[0].year_values = vec!["2000".into(), "3999.99".into()];
    assert_eq!(
        violations(&input, &call),
        vec![violation(
            "costs[0].year_values",
            Rule::YearValuesSum {
                total: pln(600_000)
            }
        )]
    );
    input.costs[0].year_values = vec!["2000".into(), "x".into()];
    assert_eq!(
        violations(&input, &call),
        vec![violation("costs[0].year_values[1]", Rule::InvalidNumber)]
    );
    input.costs[0].year_values = vec!["-1".into(), "6000.01".into()];
    assert_eq!(
        violations(&input, &call),
        vec![violation(
            "costs[0].year_values[0]",
            Rule::MustNotBeNegative
        )]
    );
}

#[test]
fn a_single_year_task_ignores_typed_year_values() {
    let call = terms();
    let mut input = valid_offer();
    input.costs[0].year_values = vec!["1".into(), "2".into()];
    let (s, v) = check(&input, &call);
    assert_eq!(v, vec![]);
    assert_eq!(s.lines[0].year_values, vec![pln(600_000)]);
}
