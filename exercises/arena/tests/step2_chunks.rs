//! Step 2: chunks. An arena allocates nothing until used, grows by doubling,
//! takes requests larger than a chunk, and answers a request whose size
//! overflows with an error, not a panic.

use arena::bump::BumpArena;
use arena::{AllocError, FIRST_CHUNK_SIZE};

#[test]
fn a_new_arena_has_no_chunk() {
    let arena = BumpArena::new();
    assert_eq!(
        arena.chunk_count(),
        0,
        "the first chunk comes with the first value"
    );
    assert_eq!(arena.capacity(), 0);
    assert_eq!(BumpArena::default().chunk_count(), 0, "default() is new()");
}

#[test]
fn the_first_value_makes_the_first_chunk() {
    let arena = BumpArena::new();
    assert_eq!(*arena.alloc(7u64), 7);
    assert_eq!(arena.chunk_count(), 1);
    assert_eq!(arena.capacity(), FIRST_CHUNK_SIZE, "the first chunk's size");
    for i in 1..FIRST_CHUNK_SIZE / 8 {
        assert_eq!(*arena.alloc(i as u64), i as u64);
    }
    assert_eq!(
        arena.chunk_count(),
        1,
        "{FIRST_CHUNK_SIZE} bytes of u64 values fit in the first chunk exactly"
    );
}

#[test]
fn each_new_chunk_is_twice_the_one_before() {
    let arena = BumpArena::new();
    let values = FIRST_CHUNK_SIZE / 8;
    for i in 0..values * 15 {
        arena.alloc(i as u64);
    }
    assert_eq!(
        (arena.chunk_count(), arena.capacity()),
        (4, FIRST_CHUNK_SIZE * 15),
        "15 chunks' worth of values fill 4 chunks of 1, 2, 4 and 8 × {FIRST_CHUNK_SIZE} bytes"
    );
}

#[test]
fn a_value_larger_than_a_chunk_gets_a_chunk_of_its_size() {
    let arena = BumpArena::new();
    arena.alloc(1u8);
    let large: Vec<u32> = (0..FIRST_CHUNK_SIZE as u32 * 10).collect();
    let copy = arena.alloc_slice_copy(&large);
    assert_eq!(
        copy,
        &large[..],
        "a slice 40 times the first chunk, copied whole"
    );
    assert_eq!(arena.capacity(), FIRST_CHUNK_SIZE + large.len() * 4);
    assert_eq!(*arena.alloc(2u8), 2, "small values still work after it");
}

#[test]
fn a_size_that_overflows_is_an_error_not_a_panic() {
    let arena = BumpArena::new();
    assert_eq!(
        arena.try_alloc_slice_fill(usize::MAX / 4, 0u64).err(),
        Some(AllocError::TooLarge),
        "usize::MAX / 4 u64 values: the byte count overflows usize"
    );
    assert_eq!(
        arena
            .try_alloc_slice_fill(isize::MAX as usize + 1, 0u8)
            .err(),
        Some(AllocError::TooLarge),
        "more than isize::MAX bytes is too large for any allocation"
    );
    assert_eq!(
        arena.chunk_count(),
        0,
        "a refused request allocates nothing"
    );
    assert_eq!(*arena.alloc(5u16), 5, "the arena still works after");
}

#[test]
fn exactly_isize_max_bytes_fit_the_limit_so_only_the_system_can_refuse_them() {
    let arena = BumpArena::new();
    assert_eq!(
        arena.try_alloc_slice_fill(isize::MAX as usize, 0u8).err(),
        Some(AllocError::OutOfMemory),
        "isize::MAX bytes is the largest allowed request: not TooLarge, but no system has \
         that much room (OutOfMemory)"
    );
    assert_eq!(*arena.alloc(6u32), 6, "the arena still works after");
}

#[test]
fn zero_sized_values_fill_any_length_at_once() {
    // Run in a thread, so a fill that loops over usize::MAX values fails by
    // this deadline instead of hanging the suite.
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let arena = BumpArena::new();
        let len = arena
            .try_alloc_slice_fill(usize::MAX, ())
            .map(|units| units.len());
        let _ = done.send((len, arena.chunk_count()));
    });
    let outcome = finished.recv_timeout(std::time::Duration::from_secs(5));
    assert_eq!(
        outcome,
        Ok((Ok(usize::MAX), 0)),
        "usize::MAX zero-sized values take no room and nothing to write: return them at once, \
         with no chunk"
    );
}

#[test]
fn empty_and_zero_sized_requests_work() {
    let arena = BumpArena::new();
    let empty = arena
        .try_alloc_slice_fill(0, 1u64)
        .expect("no values fit anywhere");
    assert!(empty.is_empty());
    assert!(arena.alloc_slice_copy::<u8>(&[]).is_empty());
    arena.alloc(());
    let filled = arena.try_alloc_slice_fill(5, 9u32).expect("5 values fit");
    assert_eq!(filled, [9, 9, 9, 9, 9]);
}

#[test]
fn resetting_an_empty_arena_does_nothing() {
    let mut arena = BumpArena::new();
    arena.reset();
    assert_eq!(arena.chunk_count(), 0);
    assert_eq!(*arena.alloc(3u8), 3);
}
