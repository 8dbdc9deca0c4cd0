//! Exact rationals for means and totals of points: a numerator and a positive denominator in
//! lowest terms. Means over members (and leniency, a mean of means over different panels) never
//! pass through a float; they are rounded only to be shown, by the rule written on
//! [`Ratio::centi`].

use std::cmp::Ordering;
use std::fmt;

/// `num / den`, always in lowest terms with `den > 0`, so equal values compare and hash equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: i128,
    den: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

    /// `num / den`; a zero denominator is read as zero (an empty mean is no score).
    pub fn new(num: i128, den: i128) -> Ratio {
        if den == 0 {
            return Ratio::ZERO;
        }
        let sign = if den < 0 { -1 } else { 1 };
        let g = gcd(num, den);
        Ratio {
            num: sign * num / g,
            den: sign * den / g,
        }
    }

    pub fn whole(value: i128) -> Ratio {
        Ratio { num: value, den: 1 }
    }

    /// Points held in halves (`Points`) as a ratio of points.
    pub fn from_halves(halves: i128) -> Ratio {
        Ratio::new(halves, 2)
    }

    pub fn numerator(self) -> i128 {
        self.num
    }

    pub fn denominator(self) -> i128 {
        self.den
    }

    pub fn plus(self, other: Ratio) -> Ratio {
        Ratio::new(
            self.num * other.den + other.num * self.den,
            self.den * other.den,
        )
    }

    pub fn minus(self, other: Ratio) -> Ratio {
        self.plus(Ratio::new(-other.num, other.den))
    }

    pub fn mul_whole(self, factor: i128) -> Ratio {
        Ratio::new(self.num * factor, self.den)
    }

    pub fn div_whole(self, divisor: i128) -> Ratio {
        Ratio::new(self.num, self.den * divisor)
    }

    pub fn abs(self) -> Ratio {
        Ratio::new(self.num.abs(), self.den)
    }

    /// The value in hundredths, rounded **half away from zero**: 7.125 → 713 (7.13),
    /// −0.125 → −13 (−0.13). Totals are never negative, so for them this is plain half up.
    pub fn centi(self) -> i64 {
        let scaled = self.num.abs() * 100;
        let rounded = (scaled * 2 + self.den) / (self.den * 2);
        let signed = if self.num < 0 { -rounded } else { rounded };
        signed.clamp(i64::MIN as i128, i64::MAX as i128) as i64
    }
}

impl Default for Ratio {
    fn default() -> Ratio {
        Ratio::ZERO
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Ratio) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Ratio) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Hundredths as a fixed decimal with a dot: `7.13`, `-0.13`; the pages put the language's
/// separator in.
pub fn centi_text(centi: i64) -> String {
    let sign = if centi < 0 { "-" } else { "" };
    let abs = centi.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// "7.13" (two decimals, half away from zero).
impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&centi_text(self.centi()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_are_kept_in_lowest_terms_and_compare_exactly() {
        assert_eq!(Ratio::new(2, 4), Ratio::new(-3, -6));
        assert_eq!(Ratio::new(1, -2).numerator(), -1);
        assert!(Ratio::new(1, 3) < Ratio::new(334, 1000));
        assert!(Ratio::new(1, 3) > Ratio::new(333, 1000));
        assert_eq!(Ratio::new(1, 3).plus(Ratio::new(1, 6)), Ratio::new(1, 2));
        assert_eq!(Ratio::new(5, 0), Ratio::ZERO);
    }

    #[test]
    fn hundredths_round_half_away_from_zero() {
        assert_eq!(Ratio::new(57, 8).centi(), 713); // 7.125
        assert_eq!(Ratio::new(-1, 8).centi(), -13); // -0.125
        assert_eq!(Ratio::new(2, 3).centi(), 67);
        assert_eq!(Ratio::new(1, 3).centi(), 33);
        assert_eq!(Ratio::new(1, 200).centi(), 1); // 0.005
        assert_eq!(Ratio::new(57, 8).to_string(), "7.13");
        assert_eq!(centi_text(-5), "-0.05");
    }

    /// Exhaustive over small fractions: the rounded value is the nearest hundredth, and a tie
    /// goes away from zero.
    #[test]
    fn rounding_is_the_nearest_hundredth_for_every_small_fraction() {
        for den in 1..=48_i128 {
            for num in -500..=500_i128 {
                let centi = Ratio::new(num, den).centi() as i128;
                let error = num * 100 - centi * den; // (value*100 - centi) * den
                assert!(2 * error.abs() <= den, "{num}/{den} → {centi}");
                if 2 * error.abs() == den {
                    assert_eq!(centi.signum() * num.signum(), num.signum().abs());
                    assert!(centi.abs() * den > (num * 100).abs());
                }
            }
        }
    }
}
