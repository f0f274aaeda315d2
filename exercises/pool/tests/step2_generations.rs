//! Step 2: a handle carries its slot's generation. A handle to a removed value gets `None`,
//! never the value that reused its slot; another pool's handles, slots that do not exist and
//! forged parts get `None` too, never a panic; and a slot whose generations run out is
//! retired, so a generation never wraps around to match an old handle.

mod common;

use common::proptest_config;
use pool::{Handle, Pool};
use proptest::prelude::*;

#[test]
fn a_stale_handle_does_not_reach_the_value_that_reused_its_slot() {
    let mut pool = Pool::new();
    let old = pool.insert("old");
    pool.remove(old);
    let new = pool.insert("new");
    assert_eq!(
        old.into_raw_parts().1,
        new.into_raw_parts().1,
        "the new value reuses the slot"
    );
    assert_eq!(
        pool.get(old),
        None,
        "the old handle must not find the new value"
    );
    assert_eq!(pool.get_mut(old), None);
    assert_eq!(pool.remove(old), None, "nor remove it");
    assert_eq!(pool.get(new), Some(&"new"), "the new value is untouched");
}

#[test]
fn another_pools_handles_are_refused() {
    let mut first = Pool::new();
    let mut second = Pool::new();
    let in_first = first.insert(1);
    let in_second = second.insert(2);
    assert_eq!(
        second.get(in_first),
        None,
        "same slot and generation, other pool"
    );
    assert_eq!(second.remove(in_first), None);
    assert_eq!(first.get_mut(in_second), None);
    assert_eq!((first.len(), second.len()), (1, 1));
}

#[test]
fn forged_and_out_of_range_handles_are_refused_without_a_panic() {
    let mut pool = Pool::new();
    let real = pool.insert(7);
    let (id, index, generation) = real.into_raw_parts();
    for (pool_id, index, generation) in [
        (id, index + 1, generation),
        (id, 1_000_000, 0),
        (id, u32::MAX, u32::MAX),
        (id, index, generation + 1),
        (id, index, u32::MAX),
        (id.wrapping_add(1), index, generation),
        (0, 0, 0),
    ] {
        let forged = Handle::from_raw_parts(pool_id, index, generation);
        assert_eq!(pool.get(forged), None, "{:?}", forged.into_raw_parts());
        assert_eq!(pool.get_mut(forged), None);
        assert_eq!(pool.remove(forged), None);
    }
    assert_eq!(
        pool.get(Handle::from_raw_parts(id, index, generation)),
        Some(&7),
        "the real parts still work"
    );
}

#[test]
fn a_slot_whose_generations_run_out_is_retired() {
    let mut pool = Pool::with_generations(3);
    let mut handles = Vec::new();
    for value in 0..3 {
        let handle = pool.insert(value);
        handles.push(handle);
        pool.remove(handle);
    }
    assert_eq!(
        handles
            .iter()
            .map(|h| h.into_raw_parts().1)
            .collect::<Vec<_>>(),
        [0, 0, 0],
        "slot 0 takes its 3 occupants"
    );
    let next = pool.insert(3);
    assert_eq!(
        (next.into_raw_parts().1, pool.capacity()),
        (1, 2),
        "slot 0 is retired after its third value: a new slot is made"
    );
    assert!(handles.iter().all(|&h| pool.get(h).is_none()));
    assert_eq!(pool.get(next), Some(&3));
}

#[test]
fn a_limit_of_zero_generations_is_taken_as_one() {
    let mut pool = Pool::with_generations(0);
    let first = pool.insert('a');
    assert_eq!(
        pool.remove(first),
        Some('a'),
        "every slot takes at least one value"
    );
    let second = pool.insert('b');
    assert_eq!(second.into_raw_parts().1, 1, "slot 0 was retired at once");
}

/// One operation, on the pool and on the model. `usize`s pick one of the handles seen so far
/// (stale ones included).
#[derive(Debug, Clone)]
enum Op {
    Insert(u16),
    Remove(usize),
    Get(usize),
    Change(usize, u16),
    Clear,
}

fn any_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => any::<u16>().prop_map(Op::Insert),
        3 => any::<usize>().prop_map(Op::Remove),
        3 => any::<usize>().prop_map(Op::Get),
        2 => (any::<usize>(), any::<u16>()).prop_map(|(k, v)| Op::Change(k, v)),
        1 => Just(Op::Clear),
    ]
}

proptest! {
    #![proptest_config(proptest_config())]

    /// The model: for each slot index, the generation and value it holds, if any, and the
    /// last generation it had. A new handle must name a free slot with a newer generation.
    #[test]
    fn any_sequence_agrees_with_a_model_of_slots(
        limit in prop_oneof![Just(u32::MAX), 1..4u32],
        ops in prop::collection::vec(any_op(), 0..200),
    ) {
        let mut pool = Pool::with_generations(limit);
        let mut model: Vec<Option<(u32, u16)>> = Vec::new();
        let mut last_generation: Vec<u32> = Vec::new();
        let mut seen: Vec<Handle> = Vec::new();
        let live = |model: &Vec<Option<(u32, u16)>>, h: Handle| {
            let (_, index, generation) = h.into_raw_parts();
            match model.get(index as usize) {
                Some(Some((g, v))) if *g == generation => Some(*v),
                _ => None,
            }
        };
        for op in ops {
            match op {
                Op::Insert(value) => {
                    let handle = pool.insert(value);
                    let (_, index, generation) = handle.into_raw_parts();
                    let index = index as usize;
                    if index == model.len() {
                        model.push(None);
                        last_generation.push(0);
                        prop_assert_eq!(generation, 0, "a new slot starts at generation 0");
                    } else {
                        prop_assert!(index < model.len(), "slots are numbered in order");
                        prop_assert!(model[index].is_none(), "insert took a held slot");
                        prop_assert!(generation > last_generation[index], "generation reused");
                    }
                    prop_assert!(generation < limit.max(1), "beyond the generation limit");
                    model[index] = Some((generation, value));
                    last_generation[index] = generation;
                    seen.push(handle);
                }
                Op::Remove(k) if !seen.is_empty() => {
                    let handle = seen[k % seen.len()];
                    let expected = live(&model, handle);
                    prop_assert_eq!(pool.remove(handle), expected);
                    if expected.is_some() {
                        model[handle.into_raw_parts().1 as usize] = None;
                    }
                }
                Op::Get(k) if !seen.is_empty() => {
                    let handle = seen[k % seen.len()];
                    prop_assert_eq!(pool.get(handle).copied(), live(&model, handle));
                }
                Op::Change(k, value) if !seen.is_empty() => {
                    let handle = seen[k % seen.len()];
                    let expected = live(&model, handle);
                    match pool.get_mut(handle) {
                        Some(held) => {
                            prop_assert_eq!(Some(*held), expected);
                            *held = value;
                            let index = handle.into_raw_parts().1 as usize;
                            model[index] = Some((handle.into_raw_parts().2, value));
                        }
                        None => prop_assert_eq!(expected, None),
                    }
                }
                Op::Clear => {
                    pool.clear();
                    model.iter_mut().for_each(|slot| *slot = None);
                }
                _ => {}
            }
            let held = model.iter().flatten().count();
            prop_assert_eq!(pool.len(), held);
            prop_assert_eq!(pool.capacity(), model.len());
            let listed: Vec<u16> = pool.iter().map(|(_, v)| *v).collect();
            let expected: Vec<u16> = model.iter().flatten().map(|(_, v)| *v).collect();
            prop_assert_eq!(listed, expected);
        }
    }
}
