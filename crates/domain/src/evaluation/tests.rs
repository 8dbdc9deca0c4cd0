use super::*;

#[test]
fn points_are_read_in_halves_and_written_back_the_same() {
    assert_eq!(Points::parse("7"), Some(Points(14)));
    assert_eq!(Points::parse("7.5"), Some(Points(15)));
    assert_eq!(Points::parse(" 7,5 "), Some(Points(15)));
    assert_eq!(Points::parse("7.50"), Some(Points(15)));
    assert_eq!(Points::parse("0"), Some(Points(0)));
    for bad in ["", "-1", "7.25", "7.", ".5", "x", "1e3", "99999999999"] {
        assert_eq!(Points::parse(bad), None, "{bad}");
    }
    assert_eq!(Points(15).to_string(), "7.5");
    assert_eq!(Points(14).to_string(), "7");
}

#[test]
fn tie_breakers_round_trip_their_codes() {
    for breaker in [TieBreaker::Criterion(1), TieBreaker::Received] {
        assert_eq!(TieBreaker::parse(&breaker.code()), Some(breaker));
    }
    assert_eq!(TieBreaker::parse("criterion:x"), None);
}
