use super::*;
use crate::Percent;

fn row(y: i32, m: u32, d: u32, bp: i64) -> RateRow {
    RateRow {
        from: day(y, m, d),
        rate: Percent::from_basis_points(bp),
    }
}

#[test]
fn the_shipped_table_is_domain_md_s() {
    let table = rates();
    assert_eq!(table.rows().len(), 16);
    assert_eq!(table.rows()[0], row(2014, 10, 9, 800));
    assert_eq!(table.rows()[15], row(2025, 12, 4, 1100));
    // 2022-03-08 still at 8.5 %, the 9th at 10 %.
    assert_eq!(
        table.rate_on(day(2022, 3, 8)).map(Percent::basis_points),
        Some(850)
    );
    assert_eq!(
        table.rate_on(day(2022, 3, 9)).map(Percent::basis_points),
        Some(1000)
    );
    assert_eq!(
        table.rate_on(day(2030, 1, 1)).map(Percent::basis_points),
        Some(1100)
    );
    assert_eq!(table.rate_on(day(2014, 10, 8)), None);
}

#[test]
fn a_period_is_cut_where_the_rate_changes() {
    // 2022-02-01..2022-03-31: 8 % to 8 Feb, 8.5 % to 8 March, 10 % from the 9th.
    let pieces = rates().pieces(day(2022, 2, 1), day(2022, 3, 31)).unwrap();
    let bp: Vec<_> = pieces
        .iter()
        .map(|p| (p.0, p.1, p.2.basis_points()))
        .collect();
    assert_eq!(
        bp,
        [
            (day(2022, 2, 1), day(2022, 2, 8), 800),
            (day(2022, 2, 9), day(2022, 3, 8), 850),
            (day(2022, 3, 9), day(2022, 3, 31), 1000),
        ]
    );
    // A period starting on a change day is not cut before it.
    assert_eq!(
        rates()
            .pieces(day(2022, 3, 9), day(2022, 3, 9))
            .unwrap()
            .len(),
        1
    );
    assert!(rates()
        .pieces(day(2022, 3, 9), day(2022, 3, 8))
        .unwrap()
        .is_empty());
    assert_eq!(rates().pieces(day(2014, 1, 1), day(2015, 1, 1)), None);
}

#[test]
fn a_tenant_extends_the_table_after_its_end() {
    let table = rates().extended(&[row(2026, 1, 8, 1050)]).unwrap();
    assert_eq!(table.rows().len(), 17);
    assert_eq!(
        table.rate_on(day(2026, 1, 7)).map(Percent::basis_points),
        Some(1100)
    );
    assert_eq!(
        table.rate_on(day(2026, 2, 1)).map(Percent::basis_points),
        Some(1050)
    );
    // A row Granty ships too is no conflict.
    let same = rates().extended(&[row(2025, 12, 4, 1100)]).unwrap();
    assert_eq!(same.rows().len(), 16);
}

#[test]
fn extensions_that_rewrite_or_repeat_a_rate_are_refused() {
    let table = rates();
    assert_eq!(
        table.extended(&[row(2025, 12, 4, 1000)]),
        Err(RatesError::Duplicate {
            from: day(2025, 12, 4)
        })
    );
    assert_eq!(
        table.extended(&[row(2024, 1, 1, 1400)]),
        Err(RatesError::InsideShippedTable {
            from: day(2024, 1, 1),
            last: day(2025, 12, 4)
        })
    );
    assert_eq!(
        table.extended(&[row(2026, 3, 1, 1000), row(2026, 3, 1, 1050)]),
        Err(RatesError::Duplicate {
            from: day(2026, 3, 1)
        })
    );
    assert_eq!(
        table.extended(&[row(2026, 3, 1, 1000), row(2026, 2, 1, 1050)]),
        Err(RatesError::NotAscending {
            from: day(2026, 2, 1)
        })
    );
    // 7.5 % is under the statutory 8 % (ordynacja art. 56 § 1a); 1100 % is a typo for 11 %.
    assert!(matches!(
        table.extended(&[row(2026, 3, 1, 750)]),
        Err(RatesError::BelowMinimum { .. })
    ));
    assert!(matches!(
        table.extended(&[row(2026, 3, 1, 110_000)]),
        Err(RatesError::AboveMaximum { .. })
    ));
}

#[test]
fn a_broken_csv_names_its_line() {
    let text = "from,basis_points\n2014-10-09,800\n2022-02-09;850\n";
    assert_eq!(
        InterestRates::parse_csv(text),
        Err(RatesError::Malformed { line: 3 })
    );
    assert_eq!(
        InterestRates::parse_csv("# nothing\n"),
        Err(RatesError::Empty)
    );
    assert_eq!(
        InterestRates::parse_csv("2022-02-09,850\n2014-10-09,800\n"),
        Err(RatesError::NotAscending {
            from: day(2014, 10, 9)
        })
    );
}
