//! One arena, reset and refilled: `Bump::reset` frees every chunk but the last
//! (the largest) and starts again at its beginning, so rebuilds stop allocating
//! once that chunk holds the whole tree. Like renting from `ArrayPool<T>` in
//! .NET: the memory is reused, not reallocated.

use arena::{Bump, Spec, build_tree};

/// Allocations made by each build into one arena, reset in between: `builds`
/// figures.
pub fn allocations_per_build(specs: &[Spec], builds: usize) -> Vec<u64> {
    let mut arena = Bump::new();
    (0..builds)
        .map(|_| {
            arena.reset();
            let (built, usage) =
                measure::measure(|| build_tree(&arena, specs).is_ok());
            std::hint::black_box(built);
            usage.allocations
        })
        .collect()
}
