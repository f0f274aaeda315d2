//! Step 2: `len` counts a word at a time (`count_ones`), and `iter` yields the
//! indexes in ascending order, skipping empty words (`trailing_zeros`).

mod common;

use bitset::BitSet;
use common::{any_set, listed, proptest_config, set_of};
use proptest::prelude::*;

#[test]
fn an_empty_set_has_no_members() {
    let set = BitSet::with_capacity(1000).expect("1000 bits");
    assert_eq!(set.len(), 0);
    assert!(set.is_empty());
    assert_eq!(set.iter().next(), None);
}

#[test]
fn len_and_iter_see_every_member_across_words() {
    let mut set = BitSet::with_capacity(10_000).expect("10,000 bits");
    let members = [0, 1, 63, 64, 65, 640, 4095, 4096, 9_999];
    for index in members.iter().rev() {
        set.insert(*index).expect("below the capacity");
    }
    assert_eq!(set.len(), members.len());
    assert!(!set.is_empty(), "a set with members is not empty");
    assert_eq!(
        listed(&set),
        members,
        "ascending order, whatever the order of insertion"
    );
}

#[test]
fn a_full_set_counts_every_bit() {
    let mut set = BitSet::with_capacity(1000).expect("1000 bits");
    for index in 0..1000 {
        set.insert(index).expect("below the capacity");
    }
    assert_eq!(set.len(), 1000, "64 ones per full word, 40 in the last one");
    assert_eq!(listed(&set).len(), 1000);
    assert_eq!(listed(&set).last(), Some(&999));
}

#[test]
fn a_set_emptied_again_is_empty() {
    let mut set = BitSet::with_capacity(200).expect("200 bits");
    set.insert(150).expect("below the capacity");
    set.remove(150);
    assert!(
        set.is_empty(),
        "is_empty looks at every word, not only the first"
    );
    assert_eq!(set.len(), 0);
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn len_and_iter_agree_with_a_btreeset((capacity, members) in any_set()) {
        let set = set_of(capacity, &members);
        prop_assert_eq!(set.len(), members.len());
        prop_assert_eq!(set.is_empty(), members.is_empty());
        let expected: Vec<usize> = members.into_iter().collect();
        prop_assert_eq!(listed(&set), expected);
    }
}
