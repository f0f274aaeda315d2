//! Given code: the module's one workload. The demo, the benchmarks, the tests
//! and the C# twin (`dotnet-comparison/Fragmentation`, with the same generator)
//! build their input here, so they measure the same work. Do not change this
//! file; the reference solution includes it too (with `#[path]`).

use measure::SplitMix64;

/// The seed of every draw: the same seed, the same orders and blocks, in Rust
/// and in C#.
pub const SEED: u64 = measure::demo::SEED;

/// How many orders the demo loads: 2 million of 128 bytes, 256 MB in all.
pub const ORDERS: usize = 2_000_000;

/// The bytes of an order's memo, kept inline in the order.
pub const MEMO: usize = 96;

// ANCHOR: order
/// An order as a trading system might hold it: 128 bytes, its memo inline (as a
/// fixed-size buffer in a C# struct).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Order {
    pub id: u64,
    pub account: u64,
    pub price_cents: u64,
    pub quantity: u32,
    pub status: Status,
    pub memo: [u8; MEMO],
}

/// Where an order stands. About one in four is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Filled,
    Cancelled,
}
// ANCHOR_END: order

impl Order {
    /// Whether the order is still open: the ones a program keeps.
    pub fn is_open(&self) -> bool {
        self.status == Status::Open
    }

    /// The order numbered `id`, made from one draw of the generator: open when
    /// the draw is a multiple of 4, else filled or cancelled.
    pub fn from_draw(id: u64, draw: u64) -> Self {
        let status = match draw % 4 {
            0 => Status::Open,
            3 => Status::Cancelled,
            _ => Status::Filled,
        };
        Self {
            id,
            account: (draw >> 8) % 10_000,
            price_cents: (draw >> 24) % 100_000 + 1,
            quantity: ((draw >> 48) % 1_000) as u32 + 1,
            status,
            memo: [b'a' + (draw % 26) as u8; MEMO],
        }
    }
}

/// The first `count` orders for `seed`, numbered from 0, one at a time (as a
/// parser would hand them over): the input is never all in memory at once.
pub fn orders(seed: u64, count: usize) -> impl Iterator<Item = Order> {
    let mut rng = SplitMix64::new(seed);
    (0..count as u64).map(move |id| Order::from_draw(id, rng.next_u64()))
}

/// What `workshop compare` runs on both sides: rounds of [`BLOCKS_PER_ROUND`]
/// blocks of [`BLOCK_BYTES`], the size from which .NET puts an array on its
/// Large Object Heap.
pub const BLOCK_BYTES: usize = 85_000;

/// Blocks allocated per round of the timed run (21.8 MB).
pub const BLOCKS_PER_ROUND: usize = 256;

/// Whether a block drawn as `draw` is kept: one in four, as with the orders.
pub fn keeps_block(draw: u64) -> bool {
    draw.is_multiple_of(4)
}
