//! Step 2: a handle carries its slot's generation. A handle to a removed value
//! gets `None`, never the value that reused its slot; another pool's handles,
//! slots that do not exist and forged parts get `None` too, never a panic.
//! Generations start where the pool says (each pool somewhere else) and wrap
//! past `u32::MAX`; a slot whose generations run out is retired, so no
//! generation comes round again to match an old handle.

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
        old.into_raw_parts().0,
        new.into_raw_parts().0,
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
fn generations_start_where_the_pool_says_and_count_up() {
    let mut pool = Pool::with_generations(1_000, u32::MAX);
    let mut generations = Vec::new();
    for value in 0..3 {
        let handle = pool.insert(value);
        generations.push(handle.into_raw_parts());
        pool.remove(handle);
    }
    assert_eq!(
        generations,
        [(0, 1_000), (0, 1_001), (0, 1_002)],
        "slot 0's occupants, from the pool's first generation up"
    );
}

#[test]
fn another_pools_handles_are_refused() {
    let mut first = Pool::new();
    let mut second = Pool::new();
    let in_first = first.insert(1);
    let in_second = second.insert(2);
    assert_eq!(
        in_first.into_raw_parts().0,
        in_second.into_raw_parts().0,
        "the same slot number in each pool"
    );
    assert_eq!(second.get(in_first), None, "slot 0, but of the other pool");
    assert_eq!(second.remove(in_first), None);
    assert_eq!(first.get_mut(in_second), None);
    assert_eq!((first.len(), second.len()), (1, 1));
}

#[test]
fn forged_and_out_of_range_handles_are_refused_without_a_panic() {
    let mut pool = Pool::new();
    let real = pool.insert(7);
    let (index, generation) = real.into_raw_parts();
    for (index, generation) in [
        (index + 1, generation),
        (1_000_000, generation),
        (u32::MAX, u32::MAX),
        (index, generation.wrapping_add(1)),
        (index, generation.wrapping_sub(1)),
        (index, generation ^ 0x8000_0000),
    ] {
        let forged = Handle::from_raw_parts(index, generation);
        assert_eq!(pool.get(forged), None, "{:?}", forged.into_raw_parts());
        assert_eq!(pool.get_mut(forged), None);
        assert_eq!(pool.remove(forged), None);
    }
    assert_eq!(
        pool.get(Handle::from_raw_parts(index, generation)),
        Some(&7),
        "the real parts still work"
    );
}

#[test]
fn a_slot_whose_generations_run_out_is_retired() {
    let mut pool = Pool::with_generations(0, 3);
    let mut handles = Vec::new();
    for value in 0..3 {
        let handle = pool.insert(value);
        handles.push(handle);
        assert_eq!(pool.remove(handle), Some(value));
    }
    assert_eq!(
        handles
            .iter()
            .map(|h| h.into_raw_parts())
            .collect::<Vec<_>>(),
        [(0, 0), (0, 1), (0, 2)],
        "slot 0 takes its 3 occupants"
    );
    let next = pool.insert(3);
    assert_eq!(
        (next.into_raw_parts(), pool.capacity()),
        ((1, 0), 2),
        "slot 0 is retired after its third value: a new slot is made"
    );
    assert!(handles.iter().all(|&h| pool.get(h).is_none()));
    assert_eq!(pool.get(next), Some(&3));
    pool.clear();
    assert_eq!(
        pool.insert(4).into_raw_parts(),
        (1, 1),
        "clear skips slot 0"
    );
}

#[test]
fn generations_wrap_past_u32_max_and_still_retire() {
    let mut pool = Pool::with_generations(u32::MAX - 1, 4);
    let mut generations = Vec::new();
    for value in 0..4 {
        let handle = pool.insert(value);
        generations.push(handle.into_raw_parts().1);
        assert_eq!(pool.remove(handle), Some(value), "occupant {value}");
    }
    assert_eq!(
        generations,
        [u32::MAX - 1, u32::MAX, 0, 1],
        "the generation wraps from u32::MAX to 0 (wrapping_add: a plain + would overflow)"
    );
    assert_eq!(
        pool.insert(4).into_raw_parts(),
        (1, u32::MAX - 1),
        "4 occupants counted across the wrap: slot 0 is retired"
    );
}

#[test]
fn a_limit_of_zero_generations_is_taken_as_one() {
    let mut pool = Pool::with_generations(5, 0);
    let first = pool.insert('a');
    assert_eq!(
        pool.remove(first),
        Some('a'),
        "every slot takes at least one value"
    );
    let second = pool.insert('b');
    assert_eq!(
        second.into_raw_parts(),
        (1, 5),
        "slot 0 was retired at once"
    );
}

/// One operation, on the pool and on the model. `usize`s pick one of the
/// handles seen so far (stale ones included).
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

    /// The model: for each slot index, the generation and value it holds, if
    /// any, and how many occupants it has had. A new handle must name a free
    /// slot with a newer generation, counted from the pool's first (across the
    /// wrap from `u32::MAX` to 0).
    #[test]
    fn any_sequence_agrees_with_a_model_of_slots(
        first in prop_oneof![Just(0), Just(u32::MAX - 2), any::<u32>()],
        limit in prop_oneof![Just(u32::MAX), 1..4u32],
        ops in prop::collection::vec(any_op(), 0..200),
    ) {
        let mut pool = Pool::with_generations(first, limit);
        let mut model: Vec<Option<(u32, u16)>> = Vec::new();
        let mut last_occupant: Vec<u32> = Vec::new();
        let mut seen: Vec<Handle> = Vec::new();
        let live = |model: &Vec<Option<(u32, u16)>>, h: Handle| {
            let (index, generation) = h.into_raw_parts();
            match model.get(index as usize) {
                Some(Some((g, v))) if *g == generation => Some(*v),
                _ => None,
            }
        };
        for op in ops {
            match op {
                Op::Insert(value) => {
                    let handle = pool.insert(value);
                    let (index, generation) = handle.into_raw_parts();
                    let index = index as usize;
                    // Which occupant of its slot the new value is, counting
                    // from 0.
                    let occupant = generation.wrapping_sub(first);
                    if index == model.len() {
                        model.push(None);
                        last_occupant.push(0);
                        prop_assert_eq!(occupant, 0, "a new slot starts at the first generation");
                    } else {
                        prop_assert!(index < model.len(), "slots are numbered in order");
                        prop_assert!(model[index].is_none(), "insert took a held slot");
                        prop_assert!(occupant > last_occupant[index], "generation reused");
                    }
                    prop_assert!(occupant < limit.max(1), "beyond the generation limit");
                    model[index] = Some((generation, value));
                    last_occupant[index] = occupant;
                    seen.push(handle);
                }
                Op::Remove(k) if !seen.is_empty() => {
                    let handle = seen[k % seen.len()];
                    let expected = live(&model, handle);
                    prop_assert_eq!(pool.remove(handle), expected);
                    if expected.is_some() {
                        model[handle.into_raw_parts().0 as usize] = None;
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
                            let (index, generation) = handle.into_raw_parts();
                            model[index as usize] = Some((generation, value));
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
