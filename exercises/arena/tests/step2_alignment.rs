//! Step 2: every value the arena hands out is aligned for its type, and no two
//! overlap: a random mix of `u8`, `u64`, `u128` and slices, all read back
//! intact at the end.

mod common;

use arena::bump::BumpArena;
use common::proptest_config;
use proptest::prelude::*;

/// One request to the arena.
#[derive(Debug, Clone)]
enum Request {
    Byte(u8),
    Word(u64),
    Wide(u128),
    Copy(Vec<u64>),
    Fill(usize, u16),
}

/// What the arena handed out for a request.
#[derive(Debug)]
enum Handed<'a> {
    Byte(&'a mut u8),
    Word(&'a mut u64),
    Wide(&'a mut u128),
    Copy(&'a mut [u64]),
    Fill(&'a mut [u16]),
}

fn any_request() -> impl Strategy<Value = Request> {
    prop_oneof![
        any::<u8>().prop_map(Request::Byte),
        any::<u64>().prop_map(Request::Word),
        any::<u128>().prop_map(Request::Wide),
        prop::collection::vec(any::<u64>(), 0..40).prop_map(Request::Copy),
        (0..600usize, any::<u16>())
            .prop_map(|(len, value)| Request::Fill(len, value)),
    ]
}

fn aligned<T>(place: *const T) -> bool {
    place.is_aligned()
}

fn hand_out<'a>(arena: &'a BumpArena, request: &Request) -> Handed<'a> {
    match request {
        Request::Byte(value) => Handed::Byte(arena.alloc(*value)),
        Request::Word(value) => Handed::Word(arena.alloc(*value)),
        Request::Wide(value) => Handed::Wide(arena.alloc(*value)),
        Request::Copy(values) => Handed::Copy(arena.alloc_slice_copy(values)),
        Request::Fill(len, value) => Handed::Fill(
            arena
                .try_alloc_slice_fill(*len, *value)
                .expect("a small slice fits"),
        ),
    }
}

fn is_aligned(handed: &Handed<'_>) -> bool {
    match handed {
        Handed::Byte(r) => aligned(&**r),
        Handed::Word(r) => aligned(&**r),
        Handed::Wide(r) => aligned(&**r),
        Handed::Copy(r) => aligned(r.as_ptr()),
        Handed::Fill(r) => aligned(r.as_ptr()),
    }
}

fn holds(handed: &Handed<'_>, request: &Request) -> bool {
    match (handed, request) {
        (Handed::Byte(r), Request::Byte(v)) => **r == *v,
        (Handed::Word(r), Request::Word(v)) => **r == *v,
        (Handed::Wide(r), Request::Wide(v)) => **r == *v,
        (Handed::Copy(r), Request::Copy(v)) => r[..] == v[..],
        (Handed::Fill(r), Request::Fill(len, v)) => {
            r.len() == *len && r.iter().all(|x| x == v)
        }
        _ => false,
    }
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn every_value_is_aligned_and_none_overlap(
        requests in prop::collection::vec(any_request(), 1..300),
    ) {
        let arena = BumpArena::new();
        let mut handed = Vec::with_capacity(requests.len());
        for (i, request) in requests.iter().enumerate() {
            let place = hand_out(&arena, request);
            prop_assert!(
                is_aligned(&place),
                "request {} ({:?}) got a misaligned address: round the cursor up to the \
                 type's alignment before handing it out",
                i,
                request
            );
            handed.push(place);
        }
        for (i, (place, request)) in handed.iter().zip(&requests).enumerate() {
            prop_assert!(
                holds(place, request),
                "request {} ({:?}) no longer holds its value: a later allocation overlapped it",
                i,
                request
            );
        }
    }
}
