//! The timed run: build the tree one way and drop it, again and again for N
//! seconds, with a measured line per second ([`measure::timed`]). This is what
//! `workshop compare arena` runs beside the C# twin, which builds the same tree
//! as many times as it can in the same time.

use arena::naive::build_boxed;
use arena::{Bump, Spec, build_tree};
use measure::timed::Timed;

/// How the timed run builds the tree. The C# twin takes the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Way {
    /// A `Box`, a `String` and a `Vec` per node (in C#: a class per node).
    PerNode,
    /// Every node in one `bumpalo::Bump`, reset before each build so its chunks
    /// are reused (in C#: a struct array with int indices, cleared before each
    /// build).
    Arena,
}

impl measure::demo::Ways for Way {
    const DEFAULT: Self = Way::Arena;
}

/// Builds and drops the tree `way`'s way for `seconds`, printing a line per
/// second.
pub fn run(
    specs: &[Spec],
    way: Way,
    seconds: u64,
    report: bool,
) -> std::io::Result<()> {
    let timed = Timed {
        seconds,
        rounds: "builds",
        report,
    };
    let mut arena = Bump::new();
    let mut out = std::io::stdout().lock();
    measure::timed::run(&mut out, timed, || {
        build_and_drop(specs, way, &mut arena)
    })
}

/// Builds the tree `way`'s way and drops it (into `arena`, reset first, for
/// [`Way::Arena`]).
fn build_and_drop(specs: &[Spec], way: Way, arena: &mut Bump) {
    match way {
        Way::PerNode => {
            let root = build_boxed(specs).expect("the workload is a tree");
            std::hint::black_box(&root);
        }
        Way::Arena => {
            arena.reset();
            let root =
                build_tree(arena, specs).expect("the workload is a tree");
            std::hint::black_box(root);
        }
    }
}
