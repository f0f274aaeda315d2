//! Step 3: `into_frozen` keeps every string under its id, read-only.

use string_table::{StringTable, Sym};

#[test]
fn freezing_keeps_every_string_under_its_id() {
    let mut table = StringTable::new();
    let words = ["user", "", "order", "Grüße", "🦀"];
    let ids: Vec<Sym> = words
        .iter()
        .chain(&words)
        .map(|s| table.intern(s).expect("room"))
        .collect();
    let frozen = table.into_frozen();
    for (id, s) in ids.iter().zip(words.iter().chain(&words)) {
        assert_eq!(frozen.get(*id), Some(*s), "the same id, the same string");
    }
    assert_eq!(frozen.len(), words.len(), "len counts distinct strings");
    assert!(!frozen.is_empty());
    let strings: Vec<&str> = frozen.iter().collect();
    assert_eq!(strings, words, "iter: first interned first");
}

#[test]
fn a_frozen_table_reads_ids_from_elsewhere_as_none_past_its_end() {
    let mut other = StringTable::new();
    let theirs: Vec<Sym> = ["a", "b", "c"]
        .iter()
        .map(|s| other.intern(s).expect("room"))
        .collect();
    let mut table = StringTable::new();
    table.intern("x").expect("room");
    let frozen = table.into_frozen();
    let read: Vec<_> = theirs.iter().map(|&id| frozen.get(id)).collect();
    assert_eq!(read, [Some("x"), None, None], "None past the end, no panic");
    let empty = StringTable::new().into_frozen();
    assert!(empty.is_empty(), "an empty table frozen is empty");
    assert_eq!(empty.len(), 0, "and holds no string");
    assert_eq!(empty.get(theirs[0]), None);
    assert_eq!(empty.iter().count(), 0);
}
