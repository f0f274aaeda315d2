//! Step 1: `StringBuffer` keeps every string pushed, in order, each read back
//! by its id; a buffer made `with_limit` refuses a string that would pass it.

mod common;

use common::{KINDS, any_string, every_utf8_byte, proptest_config};
use proptest::prelude::*;
use string_table::{StringBuffer, Sym, TableFull};

/// A buffer holding `strings`, and their ids.
fn buffer_of(strings: &[&str]) -> (StringBuffer, Vec<Sym>) {
    let mut buffer = StringBuffer::new();
    let ids = strings
        .iter()
        .map(|s| buffer.push(s).expect("a new buffer takes a short string"))
        .collect();
    (buffer, ids)
}

#[test]
fn pushed_strings_come_back_by_their_ids_in_order() {
    let (buffer, ids) = buffer_of(&["user", "order", "", "user"]);
    let indexes: Vec<usize> = ids.iter().map(|id| id.index()).collect();
    assert_eq!(
        indexes,
        [0, 1, 2, 3],
        "ids number the strings in the order pushed (a buffer does not \
         intern: the second \"user\" is a string of its own)"
    );
    let read: Vec<_> = ids.iter().map(|&id| buffer.get(id)).collect();
    assert_eq!(
        read,
        [Some("user"), Some("order"), Some(""), Some("user")],
        "get(id) reads back the string pushed"
    );
    assert_eq!(buffer.len(), 4, "len counts every string pushed");
    assert!(!buffer.is_empty(), "a buffer of four strings is not empty");
    let strings: Vec<&str> = buffer.iter().collect();
    assert_eq!(strings, ["user", "order", "", "user"], "iter goes in order");
}

#[test]
fn a_new_buffer_is_empty() {
    let (_, ids) = buffer_of(&["from another buffer"]);
    for buffer in [StringBuffer::new(), StringBuffer::default()] {
        assert_eq!(buffer.len(), 0, "a new buffer holds no string");
        assert!(buffer.is_empty(), "a new buffer is empty");
        assert_eq!(buffer.get(ids[0]), None, "a new buffer has no string 0");
        assert_eq!(buffer.iter().count(), 0, "nothing to iterate");
    }
}

#[test]
fn empty_strings_are_strings_too() {
    let (buffer, ids) = buffer_of(&["", "a", "", "", "bc", ""]);
    let read: Vec<_> = ids.iter().map(|&id| buffer.get(id)).collect();
    assert_eq!(
        read,
        [
            Some(""),
            Some("a"),
            Some(""),
            Some(""),
            Some("bc"),
            Some("")
        ],
        "an empty string takes no byte of text but still has an id and an \
         end: where it starts is where the string before it ends"
    );
}

#[test]
fn every_byte_value_utf8_allows_comes_back_unchanged() {
    let strings = every_utf8_byte();
    let whole = strings.concat();
    let mut all: Vec<&str> = strings.iter().map(String::as_str).collect();
    all.push(&whole);
    all.extend(KINDS);
    let (buffer, ids) = buffer_of(&all);
    for (id, expected) in ids.iter().zip(&all) {
        assert_eq!(
            buffer.get(*id),
            Some(*expected),
            "string {} came back changed",
            id.index()
        );
    }
}

#[test]
fn an_id_from_another_buffer_reads_what_stands_at_its_index_or_none() {
    let (other, other_ids) = buffer_of(&["a", "b", "c", "d", "e", "f"]);
    let (buffer, _) = buffer_of(&["x", "yz", ""]);
    let read: Vec<_> = other_ids.iter().map(|&id| buffer.get(id)).collect();
    assert_eq!(
        read,
        [Some("x"), Some("yz"), Some(""), None, None, None],
        "an id past the end of this buffer is None, never a panic"
    );
    assert_eq!(other.len(), 6);
}

#[test]
fn the_limit_is_kept_to_the_byte() {
    let mut buffer = StringBuffer::with_limit(10);
    let first = buffer.push("hello");
    let second = buffer.push("world");
    assert!(
        first.is_ok() && second.is_ok(),
        "a buffer with a limit of 10 bytes takes 10 bytes: {first:?}, \
         {second:?}"
    );
    assert!(buffer.push("").is_ok(), "a full buffer still takes \"\"");
    assert_eq!(
        buffer.push("!"),
        Err(TableFull::Bytes { limit: 10 }),
        "the 11th byte is past the limit: TableFull::Bytes, not a panic"
    );
    let strings: Vec<&str> = buffer.iter().collect();
    assert_eq!(
        strings,
        ["hello", "world", ""],
        "a refused string leaves the buffer as it was"
    );
    let mut none = StringBuffer::with_limit(0);
    assert!(none.push("").is_ok(), "a limit of 0 takes empty strings");
    assert!(none.push("a").is_err(), "a limit of 0 takes no byte");
}

#[test]
fn a_string_longer_than_the_limit_is_refused() {
    let mut buffer = StringBuffer::with_limit(3);
    assert_eq!(
        buffer.push("abcd"),
        Err(TableFull::Bytes { limit: 3 }),
        "a string longer than the whole limit"
    );
    assert!(buffer.is_empty(), "and the buffer is unchanged");
    let big = "x".repeat(1 << 20);
    let mut unlimited = StringBuffer::new();
    assert!(
        unlimited.push(&big).is_ok(),
        "a new buffer's limit is u32::MAX bytes: it takes a MiB"
    );
}

#[test]
fn a_full_table_says_so_in_words() {
    let error = TableFull::Bytes { limit: 10 };
    assert_eq!(
        error.to_string(),
        "the string table is full: taking the string would pass its limit \
         of 10 bytes"
    );
}

#[derive(Debug, Clone)]
enum Step {
    Push(String),
    Get(usize),
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn behaves_like_a_vec_of_strings(
        steps in prop::collection::vec(
            prop_oneof![
                any_string().prop_map(Step::Push),
                (0..40_usize).prop_map(Step::Get),
            ],
            0..60,
        )
    ) {
        let (mut buffer, mut model) = (StringBuffer::new(), Vec::<String>::new());
        // Ids for every index the steps read, from another buffer.
        let (_, ids) = buffer_of(&[""; 40]);
        let mut own: Vec<Sym> = Vec::new();
        for step in steps {
            match step {
                Step::Push(s) => {
                    let id = buffer.push(&s).expect("room for it");
                    prop_assert_eq!(id.index(), model.len());
                    own.push(id);
                    model.push(s);
                }
                Step::Get(index) => {
                    let id = ids[index];
                    prop_assert_eq!(
                        buffer.get(id),
                        model.get(index).map(String::as_str)
                    );
                }
            }
            prop_assert_eq!(buffer.len(), model.len());
        }
        let strings: Vec<&str> = buffer.iter().collect();
        prop_assert_eq!(strings, model.iter().map(String::as_str).collect::<Vec<_>>());
        for (id, s) in own.iter().zip(&model) {
            prop_assert_eq!(buffer.get(*id), Some(s.as_str()));
        }
    }
}
