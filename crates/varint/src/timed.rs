//! The timed run: again and again for N seconds, encode every value and decode
//! them back, with a measured line per second ([`measure::timed`]). This is
//! what `workshop compare varint` runs beside the C# twin, which writes the
//! same values with `BinaryWriter`.

use crate::ways::{Codec, Fixed, Varint};
use measure::timed::Timed;

/// Which way the timed run writes the values. The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Way {
    /// 8 bytes each (in C#: `BinaryWriter.Write(long)`).
    Fixed,
    /// Varints (in C#: `Write7BitEncodedInt`'s 7 bits a byte).
    Varint,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Varint;
}

/// Runs rounds of encoding `values` and decoding them back for `seconds`,
/// reusing one buffer of bytes and one list of values, so a round allocates
/// nothing once warm.
pub fn run(
    way: Way,
    values: &[u64],
    seconds: u64,
    report: bool,
) -> std::io::Result<()> {
    let timed = Timed {
        seconds,
        rounds: "rounds",
        report,
    };
    match way {
        Way::Fixed => run_with::<Fixed>(timed, values),
        Way::Varint => run_with::<Varint>(timed, values),
    }
}

fn run_with<C: Codec>(timed: Timed, values: &[u64]) -> std::io::Result<()> {
    let mut bytes = Vec::new();
    let mut decoded = Vec::with_capacity(values.len());
    measure::timed::run(&mut std::io::stdout().lock(), timed, || {
        bytes.clear();
        for &value in values {
            C::encode(value, &mut bytes);
        }
        decoded.clear();
        C::decode(&bytes, &mut decoded).expect("the bytes just encoded decode");
        std::hint::black_box(&decoded);
    })
}
