//! Step 3: union, intersection, difference and symmetric difference, in place,
//! a word at a time, with sets of other capacities: checked against `BTreeSet`
//! for any two sets.

mod common;

use bitset::BitSet;
use common::{any_set, listed, proptest_config, set_of};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// One of the four operations, in place.
type Operation = fn(&mut BitSet, &BitSet);

fn members(set: &BitSet) -> BTreeSet<usize> {
    listed(set).into_iter().collect()
}

#[test]
fn union_with_a_larger_set_grows_the_capacity() {
    let mut small = set_of(10, &[1, 9].into());
    let large = set_of(200, &[9, 150].into());
    small.union_with(&large);
    assert_eq!(
        small.capacity(),
        200,
        "the union holds 150, so it grows to 200"
    );
    assert_eq!(members(&small), [1, 9, 150].into());
    assert!(
        small.insert(199).is_ok(),
        "and the new capacity can be used"
    );
}

#[test]
fn union_with_a_smaller_set_keeps_the_capacity() {
    let mut large = set_of(200, &[150].into());
    large.union_with(&set_of(10, &[3].into()));
    assert_eq!(large.capacity(), 200);
    assert_eq!(members(&large), [3, 150].into());
}

#[test]
fn intersection_with_a_smaller_set_clears_what_is_beyond_it() {
    let mut large = set_of(200, &[5, 70, 150].into());
    large.intersect_with(&set_of(100, &[5, 70, 99].into()));
    assert_eq!(
        members(&large),
        [5, 70].into(),
        "150 is beyond the smaller set, so it is not in both"
    );
    assert_eq!(large.capacity(), 200);
}

#[test]
fn difference_removes_only_the_other_sets_members() {
    let mut set = set_of(200, &[5, 70, 150].into());
    set.difference_with(&set_of(100, &[70, 99].into()));
    assert_eq!(members(&set), [5, 150].into());
}

#[test]
fn symmetric_difference_keeps_what_is_in_exactly_one() {
    let mut set = set_of(100, &[5, 70].into());
    set.symmetric_difference_with(&set_of(200, &[70, 150].into()));
    assert_eq!(members(&set), [5, 150].into());
    assert_eq!(set.capacity(), 200);
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn every_operation_agrees_with_a_btreeset(
        (a_capacity, a) in any_set(),
        (b_capacity, b) in any_set(),
    ) {
        let other = set_of(b_capacity, &b);
        let larger = a_capacity.max(b_capacity);
        let cases: [(&str, Operation, BTreeSet<usize>, usize); 4] = [
            ("union", BitSet::union_with, a.union(&b).copied().collect(), larger),
            ("intersection", BitSet::intersect_with, a.intersection(&b).copied().collect(), a_capacity),
            ("difference", BitSet::difference_with, a.difference(&b).copied().collect(), a_capacity),
            (
                "symmetric difference",
                BitSet::symmetric_difference_with,
                a.symmetric_difference(&b).copied().collect(),
                larger,
            ),
        ];
        for (name, operation, expected, capacity) in cases {
            let mut set = set_of(a_capacity, &a);
            operation(&mut set, &other);
            prop_assert_eq!(members(&set), expected, "{}", name);
            prop_assert_eq!(set.capacity(), capacity, "the capacity after {}", name);
            prop_assert_eq!(set.len(), listed(&set).len(), "len after {}", name);
        }
    }
}
