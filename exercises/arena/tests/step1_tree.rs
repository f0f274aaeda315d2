//! Step 1: `build_tree` builds the tree its specs describe, in the arena, and
//! says why a list of specs is not a tree instead of panicking.

mod common;

use arena::workload::{NODES, SEED, specs};
use arena::{Bump, MAX_DEPTH, ShapeError, Spec, build_tree};
use common::{chain, model_shape, proptest_config, spec, specs_of};
use proptest::prelude::*;

#[test]
fn builds_the_tree_the_specs_describe() {
    let arena = Bump::new();
    let specs = [
        spec("doc", 2),
        spec("section 1", 1),
        spec("paragraph", 0),
        spec("section 2", 0),
    ];
    let root = build_tree(&arena, &specs).expect("a valid tree");
    assert_eq!(root.label, "doc", "the root is the first spec");
    let labels: Vec<&str> = root.children.iter().map(|c| c.label).collect();
    assert_eq!(
        labels,
        ["section 1", "section 2"],
        "the root's children, in order: each child's subtree comes before the next child"
    );
    assert_eq!(root.children[0].children[0].label, "paragraph");
    assert!(root.children[1].children.is_empty(), "section 2 is a leaf");
}

#[test]
fn builds_every_node_of_the_workload_tree_in_order() {
    let arena = Bump::new();
    let specs = specs(SEED, NODES);
    let root =
        build_tree(&arena, &specs).expect("the workload is a valid tree");
    assert!(
        specs_of(root) == specs,
        "the tree read back in pre-order is not the {NODES} specs it was built from"
    );
}

#[test]
fn an_empty_list_is_truncated() {
    let arena = Bump::new();
    let result = build_tree(&arena, &[]);
    assert_eq!(
        result.err(),
        Some(ShapeError::Truncated),
        "no specs, no root"
    );
}

#[test]
fn missing_children_are_truncated() {
    let arena = Bump::new();
    let specs = [spec("doc", 3), spec("a", 0), spec("b", 0)];
    let result = build_tree(&arena, &specs);
    assert_eq!(
        result.err(),
        Some(ShapeError::Truncated),
        "the root expects 3 children and the list has 2"
    );
}

#[test]
fn a_huge_child_count_is_an_error_not_a_panic() {
    let arena = Bump::new();
    let result = build_tree(&arena, &[spec("doc", usize::MAX), spec("a", 0)]);
    assert_eq!(
        result.err(),
        Some(ShapeError::Truncated),
        "a count from outside is not a capacity to reserve: cap it by the specs left"
    );
}

#[test]
fn specs_left_after_the_root_are_trailing() {
    let arena = Bump::new();
    let specs = [spec("doc", 1), spec("a", 0), spec("b", 0), spec("c", 0)];
    let result = build_tree(&arena, &specs);
    assert_eq!(
        result.err(),
        Some(ShapeError::Trailing { unused: 2 }),
        "the root's subtree ends after `a`: `b` and `c` are left over"
    );
}

#[test]
fn nesting_deeper_than_max_depth_is_an_error() {
    let arena = Bump::new();
    let deepest = build_tree(&arena, &chain(MAX_DEPTH))
        .expect("MAX_DEPTH levels are allowed");
    assert_eq!(deepest.count(), MAX_DEPTH);
    let result = build_tree(&arena, &chain(MAX_DEPTH + 1));
    assert_eq!(
        result.err(),
        Some(ShapeError::TooDeep),
        "a chain of {} levels must stop at MAX_DEPTH, before the stack runs out",
        MAX_DEPTH + 1
    );
}

/// Specs from outside: short labels, mostly small child counts, now and then a
/// huge one.
fn any_specs() -> impl Strategy<Value = Vec<Spec>> {
    let children = prop_oneof![8 => 0..4usize, 1 => any::<usize>()];
    prop::collection::vec(("[a-z]{0,6}", children), 0..60).prop_map(|specs| {
        specs
            .into_iter()
            .map(|(label, children)| Spec { label, children })
            .collect()
    })
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn any_list_of_specs_is_a_tree_or_an_error(specs in any_specs()) {
        let arena = Bump::new();
        let result = build_tree(&arena, &specs);
        prop_assert_eq!(result.map(|_| ()), model_shape(&specs));
        if let Ok(root) = result {
            prop_assert_eq!(specs_of(root), specs);
        }
    }
}
