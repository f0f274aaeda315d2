//! Given code: the module's one workload, a seeded document tree. The demo, the
//! benchmarks, the tests and the C# twin (`dotnet-comparison/Arena`, with the
//! same generator) all build this tree, so they measure the same work. Do not
//! change this file; the reference solution includes it too (with `#[path]`).

use crate::Spec;
use measure::SplitMix64;

/// How many nodes the demo's tree has.
pub const NODES: usize = 100_000;

/// The seed of the demo's tree: the same seed gives the same tree, in Rust and
/// in C#.
pub const SEED: u64 = measure::demo::SEED;

/// The most children a node of the generated tree has.
pub const MAX_CHILDREN: u64 = 4;

/// What a label says; each label is one of these, a space and the node's
/// number.
const KINDS: [&str; 8] = [
    "section",
    "heading",
    "paragraph",
    "list",
    "item",
    "table",
    "cell",
    "link",
];

// ANCHOR: specs
/// A random tree of exactly `nodes` nodes (at least 1), as [`Spec`]s in
/// pre-order: each node, then its children's subtrees, first to last.
///
/// A node of `n` nodes has 1 to [`MAX_CHILDREN`] children (none when `n` is 1),
/// and its other `n - 1` nodes are split at random between the children's
/// subtrees.
pub fn specs(seed: u64, nodes: usize) -> Vec<Spec> {
    let mut rng = SplitMix64::new(seed);
    let mut specs = Vec::with_capacity(nodes);
    subtree(&mut rng, nodes.max(1) as u64, &mut specs);
    specs
}
// ANCHOR_END: specs

/// Appends a subtree of `size` nodes to `specs`.
fn subtree(rng: &mut SplitMix64, size: u64, specs: &mut Vec<Spec>) {
    let kind = KINDS[rng.in_range(0..=KINDS.len() as u64 - 1) as usize];
    let label = format!("{kind} {}", specs.len());
    let mut rest = size - 1;
    let children = if rest == 0 {
        0
    } else {
        rng.in_range(1..=MAX_CHILDREN.min(rest))
    };
    specs.push(Spec {
        label,
        children: children as usize,
    });
    for child in 0..children {
        let after = children - 1 - child; // each later child needs at least one node
        let size = if after == 0 {
            rest
        } else {
            rng.in_range(1..=rest - after)
        };
        subtree(rng, size, specs);
        rest -= size;
    }
}
