//! The flags every demo shares, declared once: a demo's `Args` flattens [`Flags`] (and
//! [`Repeat`] where it measures each way several times) and declares only its own options.
//! The C# twins take the same flags (`dotnet-comparison/Shared/RunOptions.cs`), so
//! `workshop compare` passes the same arguments to both sides.

use clap::ValueEnum;

/// The seed every workload draws from unless `--seed` says otherwise; the C# twins use it too.
pub const SEED: u64 = 42;

/// The ways a demo runs (`--way`): a `clap::ValueEnum`, whose variant names are what the
/// command line, the C# twin and `workshop compare` spell.
pub trait Ways: ValueEnum + Clone + Send + Sync + std::fmt::Debug + 'static {
    /// The way the timed mode (`--seconds`) runs when `--way` is not given.
    const DEFAULT: Self;

    /// What `--way` says in `--help`.
    fn help() -> String {
        let name = Self::DEFAULT
            .to_possible_value()
            .map(|v| v.get_name().to_owned());
        format!("The way to run [default: {}]", name.unwrap_or_default())
    }
}

/// `--seed`, `--seconds`, `--way`, `--report` and `--print-sequence`.
#[derive(Debug, clap::Args)]
pub struct Flags<W: Ways> {
    /// Seed of the workload: the same seed draws the same work, in Rust and in the C# twin.
    #[arg(long, default_value_t = SEED)]
    pub seed: u64,

    /// Timed mode: the demo's work again and again for this many seconds, a line per second
    /// (what `workshop compare` runs).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub seconds: Option<u64>,

    #[arg(long, value_enum, help = W::help())]
    pub way: Option<W>,

    /// With --seconds: also print `@name value` lines at the end (what `workshop compare`
    /// reads; the C# twin prints the same), and `@ready` before the measured work, then wait
    /// for a line on standard input unless it is a terminal.
    #[arg(long, requires = "seconds")]
    pub report: bool,

    /// Print the first N numbers the workload draws, one per line, and stop. The C# twin
    /// prints the very same lines.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
    pub print_sequence: Option<u64>,
}

impl<W: Ways> Flags<W> {
    /// The way to run: `--way`, or [`Ways::DEFAULT`].
    pub fn way(&self) -> W {
        self.way.clone().unwrap_or(W::DEFAULT)
    }
}

/// `--repeat`, for a demo that measures each way several times and prints medians. `DEFAULT`
/// is how many times when the flag is not given.
#[derive(Debug, clap::Args)]
pub struct Repeat<const DEFAULT: u64> {
    /// How many times to measure each way; times are medians.
    #[arg(long, default_value_t = DEFAULT, conflicts_with = "seconds",
          value_parser = clap::value_parser!(u64).range(1..=100))]
    pub repeat: u64,
}

/// For a demo whose `--way` chooses the timed mode's way only: `--way` without `--seconds`
/// is refused, as clap refuses any missing requirement. Use as
/// `#[command(group = measure::demo::way_needs_seconds())]`.
pub fn way_needs_seconds() -> clap::ArgGroup {
    clap::ArgGroup::new("timed-way")
        .arg("way")
        .requires("seconds")
        .multiple(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Clone, Copy, PartialEq, ValueEnum)]
    enum Way {
        Slow,
        Fast,
    }

    impl Ways for Way {
        const DEFAULT: Self = Way::Fast;
    }

    #[derive(Debug, Parser)]
    #[command(group = way_needs_seconds())]
    struct Args {
        #[command(flatten)]
        flags: Flags<Way>,
        #[command(flatten)]
        repeat: Repeat<7>,
    }

    fn parse(args: &[&str]) -> Result<Args, clap::Error> {
        Args::try_parse_from(std::iter::once("demo").chain(args.iter().copied()))
    }

    #[test]
    fn defaults() {
        let args = parse(&[]).unwrap();
        assert_eq!(args.flags.seed, SEED);
        assert_eq!(args.flags.seconds, None);
        assert_eq!(args.flags.way(), Way::Fast);
        assert!(!args.flags.report);
        assert_eq!(args.flags.print_sequence, None);
        assert_eq!(args.repeat.repeat, 7);
    }

    #[test]
    fn help_names_the_default_way() {
        assert_eq!(Way::help(), "The way to run [default: fast]");
    }

    #[test]
    fn the_timed_mode_takes_a_way_and_a_report() {
        let args = parse(&["--seconds", "3", "--way", "slow", "--report", "--seed", "9"]).unwrap();
        assert_eq!(args.flags.seconds, Some(3));
        assert_eq!(args.flags.way(), Way::Slow);
        assert!(args.flags.report);
        assert_eq!(args.flags.seed, 9);
    }

    #[test]
    fn what_clap_refuses() {
        use clap::error::ErrorKind;
        let kind = |args: &[&str]| parse(args).map(|_| ()).unwrap_err().kind();
        assert_eq!(kind(&["--way", "slow"]), ErrorKind::MissingRequiredArgument);
        assert_eq!(kind(&["--report"]), ErrorKind::MissingRequiredArgument);
        assert_eq!(
            kind(&["--seconds", "1", "--repeat", "2"]),
            ErrorKind::ArgumentConflict
        );
        assert_eq!(kind(&["--seconds", "0"]), ErrorKind::ValueValidation);
        assert_eq!(kind(&["--seconds", "3601"]), ErrorKind::ValueValidation);
        assert_eq!(kind(&["--repeat", "0"]), ErrorKind::ValueValidation);
        assert_eq!(kind(&["--repeat", "101"]), ErrorKind::ValueValidation);
        assert_eq!(kind(&["--print-sequence", "0"]), ErrorKind::ValueValidation);
        assert_eq!(
            kind(&["--way", "other", "--seconds", "1"]),
            ErrorKind::InvalidValue
        );
        assert!(parse(&["--seconds", "3600", "--repeat", "100"]).is_err());
        assert!(parse(&["--seconds", "3600"]).is_ok());
        assert!(parse(&["--repeat", "100", "--print-sequence", "10000000"]).is_ok());
    }
}
