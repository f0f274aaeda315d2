//! Step 1's starting point, and the demo's naive way: the tree as a C#
//! developer would build it, an object per node (here a `Box`, a `String` and a
//! `Vec` per node). [`build_tree`] builds that tree and then copies it into the
//! arena, so it has the right type: it is what [`crate::build_tree`] calls
//! until you replace it. Do not change this file: the demo, the benchmarks and
//! the workshop's own checks (which prove the allocation test fails on it) use
//! it as the naive baseline, through the reference solution.

use crate::{MAX_DEPTH, Node, ShapeError, Spec};
use bumpalo::Bump;

// ANCHOR: box_node
/// A node that owns its label and its children: freeing the root frees the
/// tree, one allocation at a time.
#[derive(Debug)]
pub struct BoxNode {
    pub label: String,
    pub children: Vec<Box<BoxNode>>,
}
// ANCHOR_END: box_node

/// The tree `specs` describe, a `Box` per node: about three allocations per
/// node (the box, the label, the list of children), and as many frees when it
/// is dropped.
pub fn build_boxed(specs: &[Spec]) -> Result<Box<BoxNode>, ShapeError> {
    let mut rest = specs.iter();
    let root = boxed_node(&mut rest, 1)?;
    match rest.len() {
        0 => Ok(root),
        unused => Err(ShapeError::Trailing { unused }),
    }
}

/// The next node of `specs` and its subtree, at `depth`.
fn boxed_node(
    specs: &mut std::slice::Iter<'_, Spec>,
    depth: usize,
) -> Result<Box<BoxNode>, ShapeError> {
    let spec = specs.next().ok_or(ShapeError::Truncated)?;
    if depth > MAX_DEPTH {
        return Err(ShapeError::TooDeep);
    }
    // Capped by what is left: a malformed count must not ask for a huge block.
    let mut children = Vec::with_capacity(spec.children.min(specs.len()));
    for _ in 0..spec.children {
        children.push(boxed_node(specs, depth + 1)?);
    }
    Ok(Box::new(BoxNode {
        label: spec.label.clone(),
        children,
    }))
}

// ANCHOR: copy
/// The starting point of step 1: build the `Box` tree as before, then copy it
/// into `arena`. The result is right, but every node was still allocated (and
/// freed) one by one.
pub fn build_tree<'a>(
    arena: &'a Bump,
    specs: &[Spec],
) -> Result<&'a Node<'a>, ShapeError> {
    let boxed = build_boxed(specs)?;
    Ok(copy_into(arena, &boxed))
}

/// `node` and its subtree, copied into `arena`.
fn copy_into<'a>(arena: &'a Bump, node: &BoxNode) -> &'a Node<'a> {
    let mut children =
        bumpalo::collections::Vec::with_capacity_in(node.children.len(), arena);
    for child in &node.children {
        children.push(copy_into(arena, child));
    }
    arena.alloc(Node {
        label: arena.alloc_str(&node.label),
        children: children.into_bump_slice(),
    })
}
// ANCHOR_END: copy
