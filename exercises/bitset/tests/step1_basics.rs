//! Step 1: insert, remove and contains, and the contract for any `usize` index:
//! beyond the capacity `insert` is an error, `contains` is false and `remove`
//! does nothing. Never a panic, never a silent wrong answer.

mod common;

use bitset::{BitSet, CapacityError, OutOfRange};
use common::proptest_config;
use proptest::prelude::*;
use std::collections::BTreeSet;

#[test]
fn a_new_set_is_empty_and_has_its_capacity() {
    let set = BitSet::with_capacity(100).expect("100 bits");
    assert_eq!(set.capacity(), 100, "the capacity is the bits asked for");
    assert!(
        (0..100).all(|i| !set.contains(i)),
        "a new set holds nothing"
    );
}

#[test]
fn insert_contains_and_remove_one_index() {
    let mut set = BitSet::with_capacity(100).expect("100 bits");
    assert_eq!(set.insert(42), Ok(true), "42 was not there");
    assert_eq!(set.insert(42), Ok(false), "42 is there now");
    assert!(set.contains(42));
    assert!(!set.contains(41) && !set.contains(43), "only bit 42 is set");
    assert!(set.remove(42), "42 was there");
    assert!(!set.remove(42), "42 is gone now");
    assert!(!set.contains(42));
}

#[test]
fn indexes_on_both_sides_of_a_word_boundary_are_separate() {
    let mut set = BitSet::with_capacity(200).expect("200 bits");
    for index in [0, 63, 64, 127, 128, 199] {
        set.insert(index).expect("below the capacity");
    }
    let members: Vec<usize> = (0..200).filter(|&i| set.contains(i)).collect();
    assert_eq!(
        members,
        [0, 63, 64, 127, 128, 199],
        "bit i lives in word i / 64, at bit i % 64"
    );
    set.remove(64);
    assert!(set.contains(63) && !set.contains(64) && set.contains(127));
}

#[test]
fn beyond_the_capacity_insert_is_an_error_and_nothing_else_changes() {
    let mut set = BitSet::with_capacity(1000).expect("1000 bits");
    assert_eq!(set.insert(0), Ok(true), "index 0");
    assert_eq!(set.insert(999), Ok(true), "capacity - 1 is the last index");
    for index in [1000, 1023, 1024, usize::MAX / 64, usize::MAX] {
        assert_eq!(
            set.insert(index),
            Err(OutOfRange {
                index,
                capacity: 1000
            }),
            "insert({index}) on a set of capacity 1000: an error, not a panic and not growth"
        );
        assert!(
            !set.contains(index),
            "contains({index}) beyond the capacity"
        );
        assert!(!set.remove(index), "remove({index}) beyond the capacity");
    }
    assert_eq!(set.capacity(), 1000, "the set never grows on its own");
    let members: Vec<usize> = (0..1000).filter(|&i| set.contains(i)).collect();
    assert_eq!(members, [0, 999]);
}

#[test]
fn a_set_of_capacity_zero_holds_nothing() {
    let mut set = BitSet::with_capacity(0).expect("an empty set");
    assert_eq!(set.capacity(), 0);
    assert!(set.insert(0).is_err(), "no index fits in capacity 0");
    assert!(!set.contains(0) && !set.remove(0));
}

#[test]
fn a_capacity_no_system_can_hold_is_an_error_not_a_panic() {
    for bits in [usize::MAX, 1 << 62] {
        assert_eq!(
            BitSet::with_capacity(bits).err(),
            Some(CapacityError { bits }),
            "with_capacity({bits}): reserve with try_reserve_exact, which reports failure"
        );
    }
}

/// One operation on a set.
#[derive(Debug, Clone)]
enum Op {
    Insert(usize),
    Remove(usize),
    Contains(usize),
}

fn any_index() -> impl Strategy<Value = usize> {
    prop_oneof![8 => 0..300usize, 1 => any::<usize>()]
}

fn any_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        any_index().prop_map(Op::Insert),
        any_index().prop_map(Op::Remove),
        any_index().prop_map(Op::Contains),
    ]
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn any_sequence_of_operations_agrees_with_a_btreeset(
        capacity in 0..300usize,
        ops in prop::collection::vec(any_op(), 0..200),
    ) {
        let mut set = BitSet::with_capacity(capacity).expect("a small set");
        let mut model = BTreeSet::new();
        for op in ops {
            match op {
                Op::Insert(index) => {
                    let expected = if index < capacity {
                        Ok(model.insert(index))
                    } else {
                        Err(OutOfRange { index, capacity })
                    };
                    prop_assert_eq!(set.insert(index), expected, "insert({})", index);
                }
                Op::Remove(index) => {
                    prop_assert_eq!(set.remove(index), model.remove(&index), "remove({})", index);
                }
                Op::Contains(index) => {
                    prop_assert_eq!(
                        set.contains(index),
                        model.contains(&index),
                        "contains({})",
                        index
                    );
                }
            }
        }
        prop_assert_eq!(set.capacity(), capacity);
    }
}
