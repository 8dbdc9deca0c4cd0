use super::*;

fn charged(principal: i64, from: NaiveDate, to: NaiveDate) -> Interest {
    interest(principal, from, to, &rates(), DEFAULT_INTEREST_FLOOR_MINOR).unwrap()
}

#[test]
fn small_interest_is_rounded_and_not_charged_under_the_floor() {
    // 1 000,00 zł for 30 days (1–30 January 2026) at 11 %: 1000 × 0.11 × 30 / 365 = 9.04 zł
    // → 9 zł → not above 26.10 zł → 0.
    let i = charged(100_000, day(2026, 1, 1), day(2026, 1, 30));
    assert_eq!(i.periods.len(), 1);
    assert_eq!(i.periods[0].days, 30);
    assert_eq!(i.exact_minor, 904);
    assert_eq!(i.rounded_minor, 900);
    assert_eq!(i.charged_minor, 0);
}

#[test]
fn interest_above_the_floor_is_charged_in_whole_zloty() {
    // 10 000,00 zł, 1 January to 31 March 2026 = 31 + 28 + 31 = 90 days at 11 %:
    // 10000 × 0.11 × 90 / 365 = 271.23 zł → 271 zł.
    let i = charged(1_000_000, day(2026, 1, 1), day(2026, 3, 31));
    assert_eq!(i.exact_minor, 27_123);
    assert_eq!(i.charged_minor, 27_100);
}

#[test]
fn fifty_groszy_round_up_and_less_rounds_down() {
    // 365 days of 2015 at 8 %: interest = 8 % of the principal.
    // 12 818,75 zł × 0.08 = 1 025,50 zł → 1 026 zł; 12 818,74 zł × 0.08 = 1 025,4992 zł → 1 025
    // zł: rounded from the exact value, not from 1 025,50 (its value to the grosz).
    let up = charged(1_281_875, day(2015, 1, 1), day(2015, 12, 31));
    assert_eq!((up.exact_minor, up.rounded_minor), (102_550, 102_600));
    let down = charged(1_281_874, day(2015, 1, 1), day(2015, 12, 31));
    assert_eq!((down.exact_minor, down.rounded_minor), (102_550, 102_500));
}

#[test]
fn a_leap_year_still_divides_by_365() {
    // 10 000,00 zł over all 366 days of 2016 at 8 %: 10000 × 0.08 × 366 / 365 = 802.19 zł → 802.
    let i = charged(1_000_000, day(2016, 1, 1), day(2016, 12, 31));
    assert_eq!(i.periods[0].days, 366);
    assert_eq!(i.exact_minor, 80_219);
    assert_eq!(i.charged_minor, 80_200);
}

#[test]
fn the_floor_compares_the_rounded_amount_and_equal_is_not_above() {
    // 330,00 zł × 8 % = 26.40 zł → 26 zł ≤ 26.10 → 0; 331,25 zł × 8 % = 26.50 → 27 zł > 26.10.
    let under = charged(33_000, day(2015, 1, 1), day(2015, 12, 31));
    assert_eq!((under.rounded_minor, under.charged_minor), (2_600, 0));
    let over = charged(33_125, day(2015, 1, 1), day(2015, 12, 31));
    assert_eq!((over.rounded_minor, over.charged_minor), (2_700, 2_700));
    // With a floor of exactly 27 zł the same 27 zł does not exceed it.
    let floor = interest(33_125, day(2015, 1, 1), day(2015, 12, 31), &rates(), 2_700).unwrap();
    assert_eq!(floor.charged_minor, 0);
}

#[test]
fn a_period_crossing_rate_changes_is_split_and_rounded_once() {
    // 100 000,00 zł from 1 February to 31 March 2022:
    //   1–8 Feb      8 days at 8 %:   100000 × 0.08  × 8 / 365 = 175.34 zł
    //   9 Feb–8 Mar 28 days at 8.5 %: 100000 × 0.085 × 28 / 365 = 652.05 zł
    //   9–31 Mar    23 days at 10 %:  100000 × 0.10  × 23 / 365 = 630.14 zł
    // exact sum 1 457.53 zł (the pieces to the grosz: 175.34 + 652.05 + 630.14) → 1 458 zł.
    let i = charged(10_000_000, day(2022, 2, 1), day(2022, 3, 31));
    let days: Vec<_> = i
        .periods
        .iter()
        .map(|p| (p.days, p.rate.basis_points()))
        .collect();
    assert_eq!(days, [(8, 800), (28, 850), (23, 1000)]);
    let shown: Vec<_> = i.periods.iter().map(|p| p.interest_minor).collect();
    assert_eq!(shown, [17_534, 65_205, 63_014]);
    assert_eq!(i.exact_minor, 145_753);
    assert_eq!(i.charged_minor, 145_800);
}

#[test]
fn no_interest_when_paid_before_it_starts_and_errors_when_it_cannot_be_computed() {
    let none = charged(1_000_000, day(2026, 2, 1), day(2026, 1, 31));
    assert!(none.periods.is_empty());
    assert_eq!(none.charged_minor, 0);
    // One day counts: the first day is the last day too.
    assert_eq!(
        charged(1_000_000, day(2026, 2, 1), day(2026, 2, 1)).periods[0].days,
        1
    );
    assert!(matches!(
        interest(1, day(2010, 1, 1), day(2026, 1, 1), &rates(), 0),
        Err(InterestError::BeforeTable { .. })
    ));
    assert_eq!(
        interest(-1, day(2026, 1, 1), day(2026, 1, 2), &rates(), 0),
        Err(InterestError::NegativePrincipal)
    );
}
