//! The timed run: again and again for N seconds, a round of
//! [`BLOCKS_PER_ROUND`] blocks of [`BLOCK_BYTES`], one in four kept until the
//! next round's survivors replace them, with a measured line per second
//! ([`measure::timed`]). This is what `workshop compare fragmentation` runs
//! beside the C# twin, whose blocks (85,000 bytes: the smallest .NET puts on
//! the Large Object Heap) are drawn from the same generator and kept by the
//! same rule.

use fragmentation::workload::{BLOCK_BYTES, BLOCKS_PER_ROUND, keeps_block};
use measure::SplitMix64;
use measure::timed::Timed;

/// Runs rounds for `seconds`; `report` adds the `@name value` lines.
pub fn run(seed: u64, seconds: u64, report: bool) -> std::io::Result<()> {
    let timed = Timed {
        seconds,
        rounds: "rounds",
        report,
    };
    let mut rng = SplitMix64::new(seed);
    let mut survivors: Vec<Vec<u8>> = Vec::new();
    measure::timed::run(&mut std::io::stdout().lock(), timed, || {
        survivors = round(&mut rng);
        std::hint::black_box(&survivors);
    })
}

/// One round: every block written (so its pages are resident), the kept ones
/// returned.
pub fn round(rng: &mut SplitMix64) -> Vec<Vec<u8>> {
    let mut kept = Vec::new();
    for _ in 0..BLOCKS_PER_ROUND {
        let draw = rng.next_u64();
        let block = vec![draw as u8; BLOCK_BYTES];
        if keeps_block(draw) {
            kept.push(block);
        }
    }
    kept
}
