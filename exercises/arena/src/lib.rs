//! Exercise: **arenas**. Run `cargo workshop check arena` to see where you are,
//! and `cargo workshop hint arena` when you are stuck. The tests are in
//! `tests/`: read them.
//!
//! A document tree of 100,000 nodes, each with a label, arrives as a list of
//! [`Spec`]s. Step 1: build it in a `bumpalo::Bump` arena, a few large chunks
//! instead of an allocation per node. Step 2 (stretch): write your own bump
//! allocator, in `bump.rs`.
//!
//! Change only what is marked `TODO`: [`build_tree`] here and `bump.rs`. The
//! other files are given: the types (`given.rs`), the starting point
//! (`naive.rs`) and the tree's input (`workload.rs`) are used as they are.

pub mod bump;
mod given;
pub mod naive;
pub mod workload;

pub use bumpalo::Bump;
pub use given::*;

// TODO (step 1): build the tree directly in the arena; keep the signature and
// the results. As shipped it calls the starting point, `naive::build_tree`: it
// builds a `Box` per node, as C# would build an object per node, and then
// copies the tree into the arena. Build each node in the arena instead, with
// `arena.alloc`, `arena.alloc_str` and a `bumpalo::collections::Vec` for the
// children: a few allocations in all, not one per node.
/// The tree `specs` describe (in pre-order: each node, then its children's
/// subtrees), built in `arena`: the root, which borrows the arena, or why
/// `specs` is not a tree.
pub fn build_tree<'a>(
    arena: &'a Bump,
    specs: &[Spec],
) -> Result<&'a Node<'a>, ShapeError> {
    naive::build_tree(arena, specs)
}
