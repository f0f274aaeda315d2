//! Simple models and settings shared by the test files (each file uses only
//! some of them).
#![allow(dead_code)]

use bitset::BitSet;
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::BTreeSet;

/// Property tests here never write a regression file into `exercises/`: an
/// attendee's tree changes only when they edit it. The failing cases worth
/// keeping are explicit tests.
pub fn proptest_config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

/// The indexes `set.iter()` yields, at most one more than the capacity: an
/// iterator that never ends fails the test at once instead of filling memory.
pub fn listed(set: &BitSet) -> Vec<usize> {
    set.iter().take(set.capacity() + 1).collect()
}

/// A set of capacity `capacity` holding `members` (each below the capacity).
pub fn set_of(capacity: usize, members: &BTreeSet<usize>) -> BitSet {
    let mut set = BitSet::with_capacity(capacity).expect("a small set");
    for &index in members {
        set.insert(index).expect("members are below the capacity");
    }
    set
}

/// A capacity (small enough to be fast, large enough to span several words) and
/// members below it.
pub fn any_set() -> impl Strategy<Value = (usize, BTreeSet<usize>)> {
    (0..400usize).prop_flat_map(|capacity| {
        let members = prop::collection::btree_set(
            0..capacity.max(1),
            0..=capacity.min(120),
        );
        (
            Just(capacity),
            members.prop_map(move |m| {
                m.into_iter().filter(|&i| i < capacity).collect()
            }),
        )
    })
}
