//! Step 2: `StringTable` interns: the same string gets the same id, a new
//! string the next one; `lookup` finds without adding.

mod common;

use common::{KINDS, any_string, every_utf8_byte, proptest_config};
use proptest::prelude::*;
use std::collections::HashMap;
use string_table::{StringTable, Sym, TableFull};

fn intern(table: &mut StringTable, s: &str) -> Sym {
    table.intern(s).expect("a new table takes a short string")
}

#[test]
fn the_same_string_gets_the_same_id() {
    let mut table = StringTable::new();
    let ids: Vec<usize> = ["user", "order", "user", "", "order", ""]
        .iter()
        .map(|s| intern(&mut table, s).index())
        .collect();
    assert_eq!(
        ids,
        [0, 1, 0, 2, 1, 2],
        "a string already in the table gets the id it has; a new one the \
         next id"
    );
    assert_eq!(table.len(), 3, "len counts distinct strings");
    assert!(!table.is_empty());
    let strings: Vec<&str> = table.iter().collect();
    assert_eq!(strings, ["user", "order", ""], "iter: first interned first");
}

#[test]
fn lookup_finds_without_adding() {
    let mut table = StringTable::new();
    assert_eq!(table.lookup("user"), None, "an empty table holds nothing");
    let user = intern(&mut table, "user");
    assert_eq!(table.lookup("user"), Some(user), "lookup finds its id");
    assert_eq!(table.lookup("use"), None, "a prefix is another string");
    assert_eq!(table.lookup("users"), None, "so is a longer one");
    assert_eq!(table.lookup(""), None, "and the empty string");
    assert_eq!(table.len(), 1, "lookup never adds a string");
}

#[test]
fn a_new_table_is_empty() {
    let mut other = StringTable::new();
    let id = intern(&mut other, "from another table");
    for table in [StringTable::new(), StringTable::default()] {
        assert!(table.is_empty(), "a new table is empty");
        assert_eq!(table.len(), 0, "a new table holds no string");
        assert_eq!(table.get(id), None, "and has no string 0");
        assert_eq!(table.iter().count(), 0, "nothing to iterate");
    }
}

#[test]
fn strings_of_every_kind_are_interned_and_read_back() {
    let mut strings = every_utf8_byte();
    strings.extend(KINDS.map(str::to_owned));
    strings.push(strings.concat());
    let mut table = StringTable::new();
    let ids: Vec<Sym> = strings.iter().map(|s| intern(&mut table, s)).collect();
    for (id, s) in ids.iter().zip(&strings) {
        assert_eq!(table.get(*id), Some(s.as_str()), "read back unchanged");
        assert_eq!(table.lookup(s), Some(*id), "and found by lookup");
        assert_eq!(intern(&mut table, s), *id, "and interned to the same id");
    }
}

#[test]
fn ids_from_another_table_read_what_stands_at_their_index_or_none() {
    let mut other = StringTable::new();
    let theirs: Vec<Sym> = ["a", "b", "c", "d"]
        .iter()
        .map(|s| intern(&mut other, s))
        .collect();
    let mut table = StringTable::new();
    intern(&mut table, "x");
    intern(&mut table, "y");
    let read: Vec<_> = theirs.iter().map(|&id| table.get(id)).collect();
    assert_eq!(
        read,
        [Some("x"), Some("y"), None, None],
        "an id past the end of this table is None, never a panic"
    );
}

#[test]
fn a_full_table_still_finds_what_it_holds() {
    let mut table = StringTable::with_limit(8);
    let user = intern(&mut table, "user");
    intern(&mut table, "item");
    assert_eq!(
        table.intern("cart"),
        Err(TableFull::Bytes { limit: 8 }),
        "a new string past the limit is refused"
    );
    assert_eq!(
        table.intern("user"),
        Ok(user),
        "a string the table holds takes no room: a full table interns it"
    );
    assert_eq!(table.lookup("cart"), None, "a refused string is not added");
    assert_eq!(table.len(), 2);
    let mut unlimited = StringTable::new();
    assert!(
        unlimited.intern(&"x".repeat(1 << 20)).is_ok(),
        "a new table's limit is u32::MAX bytes: it takes a MiB"
    );
}

#[test]
fn many_strings_stay_distinct() {
    let strings = string_table::workload::distinct(5_000);
    let mut table = StringTable::new();
    for (index, s) in strings.iter().enumerate() {
        assert_eq!(intern(&mut table, s).index(), index, "{s:?} is new");
    }
    for (index, s) in strings.iter().enumerate() {
        let id = table.lookup(s).map(Sym::index);
        assert_eq!(id, Some(index), "{s:?} keeps its id as the index grows");
    }
}

#[derive(Debug, Clone)]
enum Step {
    Intern(String),
    Lookup(String),
    Get(usize),
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn behaves_like_a_vec_and_a_map(
        steps in prop::collection::vec(
            prop_oneof![
                any_string().prop_map(Step::Intern),
                any_string().prop_map(Step::Lookup),
                (0..20_usize).prop_map(Step::Get),
            ],
            0..80,
        )
    ) {
        let mut table = StringTable::new();
        let (mut strings, mut ids) = (Vec::<String>::new(), HashMap::new());
        // Ids for every index the steps read, from another table.
        let mut other = StringTable::new();
        let others: Vec<Sym> = (0..20)
            .map(|n| intern(&mut other, &n.to_string()))
            .collect();
        for step in steps {
            match step {
                Step::Intern(s) => {
                    let expected = *ids.entry(s.clone()).or_insert_with(|| {
                        strings.push(s.clone());
                        strings.len() - 1
                    });
                    prop_assert_eq!(intern(&mut table, &s).index(), expected);
                }
                Step::Lookup(s) => {
                    let found = table.lookup(&s).map(Sym::index);
                    prop_assert_eq!(found, ids.get(&s).copied());
                }
                Step::Get(index) => {
                    prop_assert_eq!(
                        table.get(others[index]),
                        strings.get(index).map(String::as_str)
                    );
                }
            }
            prop_assert_eq!(table.len(), strings.len());
        }
        let held: Vec<&str> = table.iter().collect();
        prop_assert_eq!(held, strings.iter().map(String::as_str).collect::<Vec<_>>());
    }
}
