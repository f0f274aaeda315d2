//! Reference solution of the **arenas** exercise.
//!
//! A document tree of 100,000 nodes with string labels. The starting point
//! ([`naive::build_tree`]) builds it as C# would, an object per node (a `Box`,
//! a `String` and a `Vec` each), and copies it into the arena. Here every node,
//! label and list of children is born in the arena: a handful of chunk
//! allocations instead of about 240,000, and one free per chunk when the arena
//! goes. Step 2's own bump allocator is in [`bump`].
//!
//! The given code (types, the starting point, the workload) is the exercise's
//! own files, included here, so there is one copy of each.

pub mod bump;
#[path = "../../../exercises/arena/src/given.rs"]
mod given;
#[path = "../../../exercises/arena/src/naive.rs"]
pub mod naive;
#[path = "../../../exercises/arena/src/workload.rs"]
pub mod workload;

pub use bumpalo::Bump;
pub use given::*;

#[cfg(feature = "naive-baseline")]
pub use naive::build_tree;

// ANCHOR: build_tree
/// The tree `specs` describe (in pre-order: each node, then its children's
/// subtrees), built in `arena`: the root, which borrows the arena, or why
/// `specs` is not a tree.
#[cfg(not(feature = "naive-baseline"))]
pub fn build_tree<'a>(
    arena: &'a Bump,
    specs: &[Spec],
) -> Result<&'a Node<'a>, ShapeError> {
    let mut rest = specs.iter();
    let root = node_in(arena, &mut rest, 1)?;
    match rest.len() {
        0 => Ok(root),
        unused => Err(ShapeError::Trailing { unused }),
    }
}

/// The next node of `specs` and its subtree, at `depth`, in `arena`.
#[cfg(not(feature = "naive-baseline"))]
fn node_in<'a>(
    arena: &'a Bump,
    specs: &mut std::slice::Iter<'_, Spec>,
    depth: usize,
) -> Result<&'a Node<'a>, ShapeError> {
    let spec = specs.next().ok_or(ShapeError::Truncated)?;
    if depth > MAX_DEPTH {
        return Err(ShapeError::TooDeep);
    }
    // The exact length is known: one allocation in the arena, never a copy as
    // it grows. (Cap it by what is left, so a malformed count cannot ask for a
    // huge block.)
    let capacity = spec.children.min(specs.len());
    let mut children =
        bumpalo::collections::Vec::with_capacity_in(capacity, arena);
    for _ in 0..spec.children {
        children.push(node_in(arena, specs, depth + 1)?);
    }
    Ok(arena.alloc(Node {
        label: arena.alloc_str(&spec.label),
        children: children.into_bump_slice(),
    }))
}
// ANCHOR_END: build_tree
