//! Given code: the module's one workload. The demo, the benchmarks, the tests
//! and the C# twin (`dotnet-comparison/CompactLayout`, with the same generator)
//! build their input here, so they measure the same work. Do not change this
//! file; the reference solution includes it too (with `#[path]`).

use crate::{CARRIERS, COUNTRIES, Fields, Status};
use measure::SplitMix64;

/// The seed of every draw: the same seed, the same orders, in Rust and in C#.
pub const SEED: u64 = measure::demo::SEED;

/// How many orders the demo makes.
pub const ORDERS: usize = 1_000_000;

/// The notes customers leave; most orders have none.
pub const NOTES: [&str; 4] = [
    "Leave it at the door",
    "Call before delivery",
    "Gift: no prices on the slip, please",
    "Deliver after 5 pm",
];

/// `count` orders' fields from `seed`, numbered from 1: one draw each.
/// A quarter are guests' (no customer); about one in ten has a note.
pub fn orders(
    seed: u64,
    count: usize,
) -> impl Iterator<Item = Fields<'static>> {
    let mut draws = SplitMix64::new(seed);
    (1..=count as u64).map(move |id| from_draw(id, draws.next_u64()))
}

/// The order numbered `id`, made from one draw of the generator.
pub fn from_draw(id: u64, draw: u64) -> Fields<'static> {
    let status = Status::ALL[(draw % 5) as usize];
    let carrier = status
        .has_carrier()
        .then_some((draw >> 3) as usize % CARRIERS.len());
    let note = match (draw >> 5) % 40 {
        n @ 0..4 => NOTES[n as usize],
        _ => "",
    };
    Fields {
        id,
        customer: (!(draw >> 11).is_multiple_of(4))
            .then_some((draw >> 13) % 100_000 + 1),
        status,
        carrier,
        quantity: ((draw >> 30) % 20) as u32 + 1,
        price_cents: (draw >> 35) % 50_000 + 99,
        gift: (draw >> 52).is_multiple_of(8),
        express: (draw >> 55).is_multiple_of(4),
        country: COUNTRIES[((draw >> 58) % 8) as usize],
        note,
    }
}
