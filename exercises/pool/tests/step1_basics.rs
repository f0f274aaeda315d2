//! Step 1: insert, get, remove, clear and iterate, with freed slots reused
//! through a free list.

use pool::{Handle, Pool};

fn index(handle: Handle) -> u32 {
    handle.into_raw_parts().0
}

#[test]
fn inserted_values_can_be_read_and_changed() {
    let mut pool = Pool::new();
    assert!(pool.is_empty(), "a new pool is empty");
    let a = pool.insert("a".to_string());
    let b = pool.insert("b".to_string());
    assert_eq!((pool.len(), pool.capacity()), (2, 2));
    assert!(!pool.is_empty());
    assert_eq!(pool.get(a).map(String::as_str), Some("a"));
    pool.get_mut(b).expect("b is in the pool").push('!');
    assert_eq!(pool.get(b).map(String::as_str), Some("b!"));
}

#[test]
fn remove_gives_the_value_back_once() {
    let mut pool = Pool::new();
    let a = pool.insert(1);
    let b = pool.insert(2);
    assert_eq!(pool.remove(a), Some(1));
    assert_eq!(pool.remove(a), None, "a was removed already");
    assert_eq!(pool.get(a), None);
    assert_eq!(pool.get_mut(a), None);
    assert_eq!((pool.len(), pool.get(b)), (1, Some(&2)));
}

#[test]
fn a_freed_slot_is_reused_by_the_next_insert() {
    let mut pool = Pool::new();
    let handles: Vec<Handle> = (0..3).map(|i| pool.insert(i)).collect();
    pool.remove(handles[1]);
    let reused = pool.insert(10);
    assert_eq!(
        pool.capacity(),
        3,
        "the insert after a remove takes the freed slot: no new slot"
    );
    assert_eq!(index(reused), index(handles[1]), "the freed slot, number 1");
    assert_eq!(pool.get(reused), Some(&10));
}

#[test]
fn the_most_recently_freed_slot_is_reused_first() {
    let mut pool = Pool::new();
    let handles: Vec<Handle> = (0..4).map(|i| pool.insert(i)).collect();
    pool.remove(handles[0]);
    pool.remove(handles[2]);
    assert_eq!(index(pool.insert(20)), 2, "slot 2 was freed last");
    assert_eq!(index(pool.insert(21)), 0, "then slot 0");
    assert_eq!(index(pool.insert(22)), 4, "then a new slot");
    assert_eq!(pool.len(), 5);
}

#[test]
fn clear_removes_everything_and_keeps_the_slots() {
    let mut pool = Pool::new();
    let handles: Vec<Handle> = (0..5).map(|i| pool.insert(i)).collect();
    pool.remove(handles[3]);
    pool.clear();
    assert_eq!(
        (pool.len(), pool.capacity()),
        (0, 5),
        "empty, with its 5 slots"
    );
    assert!(
        handles.iter().all(|&h| pool.get(h).is_none()),
        "no handle from before clear() finds a value"
    );
    for i in 0..5 {
        pool.insert(i);
    }
    assert_eq!(pool.capacity(), 5, "the 5 slots are reused after clear()");
}

#[test]
fn iter_yields_every_value_with_its_handle_in_slot_order() {
    let mut pool = Pool::new();
    let handles: Vec<Handle> = (0..5).map(|i| pool.insert(i * 10)).collect();
    pool.remove(handles[1]);
    pool.remove(handles[3]);
    let listed: Vec<(Handle, i32)> =
        pool.iter().map(|(h, &v)| (h, v)).collect();
    assert_eq!(
        listed,
        [(handles[0], 0), (handles[2], 20), (handles[4], 40)],
        "the values still held, each with the handle that finds it"
    );
    assert_eq!(Pool::<u8>::new().iter().count(), 0);
}
