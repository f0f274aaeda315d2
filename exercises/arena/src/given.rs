//! Given code: the tree's types and its errors. Do not change this file; the
//! reference solution includes it too (with `#[path]`), so there is one copy.

use std::fmt;

// ANCHOR: spec
/// One node of a tree as it arrives from outside (a parser, a file, the
/// network): its label and how many children follow it. A tree is a list of
/// these in pre-order: each node, then its children's subtrees, first to last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    pub label: String,
    pub children: usize,
}
// ANCHOR_END: spec

// ANCHOR: node
/// A node of a tree that lives in an arena: its label and its children are
/// references into the arena (`'a` is the arena's borrow), so the whole tree is
/// freed at once, with the arena.
#[derive(Debug, Clone, Copy)]
pub struct Node<'a> {
    pub label: &'a str,
    pub children: &'a [&'a Node<'a>],
}
// ANCHOR_END: node

impl Node<'_> {
    /// How many nodes the tree under this one has, this one included.
    pub fn count(&self) -> usize {
        let mut count = 0;
        let mut to_visit = vec![self];
        while let Some(node) = to_visit.pop() {
            count += 1;
            to_visit.extend(node.children);
        }
        count
    }
}

/// How deep a tree may nest (the root is at depth 1); the workload's trees are
/// about 50 deep. Building a tree is recursive: a malformed input of 100,000
/// nodes each with one child would overflow the stack.
pub const MAX_DEPTH: usize = 256;

/// Why a list of [`Spec`]s is not a tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeError {
    /// The list ended while a node still expected children (an empty list too).
    Truncated,
    /// The root's subtree was complete with `unused` specs left over.
    Trailing { unused: usize },
    /// A node would be deeper than [`MAX_DEPTH`].
    TooDeep,
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Truncated => {
                write!(f, "the specs ended while a node expected more children")
            }
            Self::Trailing { unused } => {
                write!(f, "{unused} specs were left after the root's subtree")
            }
            Self::TooDeep => {
                write!(f, "the tree nests deeper than {MAX_DEPTH} levels")
            }
        }
    }
}

impl std::error::Error for ShapeError {}

/// Why [`crate::bump::BumpArena`] (step 2) could not hand out memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllocError {
    /// The request's size overflows `isize::MAX` bytes: no allocator could
    /// satisfy it.
    TooLarge,
    /// The system allocator refused a new chunk, or no chunk for the request
    /// can exist: a request of exactly `isize::MAX` bytes fits the limit, but a
    /// chunk for it, its size rounded up to the chunk alignment, would not.
    OutOfMemory,
}

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge => {
                write!(f, "the requested size overflows isize::MAX bytes")
            }
            Self::OutOfMemory => {
                write!(f, "the system allocator refused a new chunk")
            }
        }
    }
}

impl std::error::Error for AllocError {}

/// The first chunk a [`crate::bump::BumpArena`] allocates, in bytes; each later
/// chunk is twice the one before it, or the size of the request if that is
/// larger.
pub const FIRST_CHUNK_SIZE: usize = 4 * 1024;

/// Every chunk is aligned to at least this, so the first value in it needs no
/// padding.
pub const CHUNK_ALIGN: usize = 16;
