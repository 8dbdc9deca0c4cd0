//! Who scores which offer: every scoring member every offer, or N members per offer spread
//! evenly. Pure and deterministic: the same committee, offers and exclusions give the same plan.

use std::collections::{BTreeMap, BTreeSet};

/// An offer and a member (both by id).
pub type Pair = (i64, i64);

/// An offer that cannot get as many eligible members as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    pub offer: i64,
    pub wanted: u32,
    pub found: u32,
}

/// What to add to the assignments standing now, and the offers left short.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// New (offer, member) pairs, in offer order.
    pub added: Vec<Pair>,
    pub short: Vec<Shortfall>,
}

/// What the plan starts from.
pub struct Board<'a> {
    /// The offers to score (formally accepted).
    pub offers: &'a [i64],
    /// The members who score.
    pub members: &'a [i64],
    /// Pairs a member may never score (a declared tie, the clerk's exclusion).
    pub excluded: &'a BTreeSet<Pair>,
    /// Pairs assigned now; they stay and count towards each member's load.
    pub standing: &'a BTreeSet<Pair>,
}

/// Plans the assignments: with `per_offer` `None` every member scores every offer they are not
/// excluded from; with `Some(n)` each offer gets `n` members, each time the eligible member with
/// the fewest offers so far (ties to the lower id), so the load differs by at most one where no
/// exclusion stands in the way. Offers that cannot reach `n` are reported, never filled with an
/// excluded member.
pub fn plan(board: &Board<'_>, per_offer: Option<u32>) -> Plan {
    let mut load: BTreeMap<i64, u32> = board.members.iter().map(|m| (*m, 0)).collect();
    for (_, member) in board.standing {
        if let Some(n) = load.get_mut(member) {
            *n += 1;
        }
    }
    let mut offers = board.offers.to_vec();
    offers.sort_unstable();
    offers.dedup();
    let mut result = Plan::default();
    for offer in offers {
        let eligible = |m: &i64| !board.excluded.contains(&(offer, *m));
        let has = |m: &i64| board.standing.contains(&(offer, *m));
        let already = board.members.iter().filter(|m| has(m)).count() as u32;
        let available: u32 = board.members.iter().filter(|m| eligible(m)).count() as u32;
        let wanted = per_offer.unwrap_or(available);
        let mut count = already;
        while count < wanted {
            let next = load
                .iter()
                .filter(|(m, _)| eligible(m) && !has(m))
                .filter(|(m, _)| !result.added.contains(&(offer, **m)))
                .min_by_key(|(m, n)| (**n, **m))
                .map(|(m, _)| *m);
            let Some(member) = next else { break };
            result.added.push((offer, member));
            *load.entry(member).or_default() += 1;
            count += 1;
        }
        if count < wanted {
            result.short.push(Shortfall {
                offer,
                wanted,
                found: count,
            });
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loads(plan: &Plan) -> BTreeMap<i64, usize> {
        let mut loads = BTreeMap::new();
        for (_, m) in &plan.added {
            *loads.entry(*m).or_default() += 1;
        }
        loads
    }

    #[test]
    fn two_per_offer_spread_evenly_over_three_members() {
        let (offers, members) = ([1, 2, 3, 4, 5, 6], [10, 20, 30]);
        let none = BTreeSet::new();
        let board = Board {
            offers: &offers,
            members: &members,
            excluded: &none,
            standing: &none,
        };
        let plan = plan(&board, Some(2));
        assert_eq!(plan.added.len(), 12);
        assert!(plan.short.is_empty());
        assert_eq!(loads(&plan).values().collect::<Vec<_>>(), [&4, &4, &4]);
        assert_eq!(super::plan(&board, Some(2)), plan, "deterministic");
    }

    #[test]
    fn never_an_excluded_member_and_short_offers_are_reported() {
        let (offers, members) = ([1, 2], [10, 20]);
        let excluded: BTreeSet<Pair> = [(1, 10)].into();
        let none = BTreeSet::new();
        let board = Board {
            offers: &offers,
            members: &members,
            excluded: &excluded,
            standing: &none,
        };
        let plan = plan(&board, Some(2));
        assert!(!plan.added.contains(&(1, 10)));
        assert_eq!(
            plan.short,
            [Shortfall {
                offer: 1,
                wanted: 2,
                found: 1
            }]
        );
        let all = super::plan(&board, None);
        assert_eq!(all.added, [(1, 20), (2, 10), (2, 20)]);
        assert!(all.short.is_empty());
    }

    #[test]
    fn standing_assignments_stay_and_count_towards_the_load() {
        let (offers, members) = ([1, 2, 3], [10, 20, 30]);
        let standing: BTreeSet<Pair> = [(1, 10), (1, 20)].into();
        let none = BTreeSet::new();
        let board = Board {
            offers: &offers,
            members: &members,
            excluded: &none,
            standing: &standing,
        };
        let plan = plan(&board, Some(2));
        assert_eq!(plan.added, [(2, 30), (2, 10), (3, 20), (3, 30)]);
    }
}
