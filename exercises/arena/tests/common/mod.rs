//! Simple models and settings shared by the test files (each file uses only
//! some of them). The input itself comes from the exercise's `workload` module,
//! as the demo's does.
#![allow(dead_code)]

use arena::{MAX_DEPTH, Node, ShapeError, Spec};
use proptest::test_runner::Config;

/// Property tests here never write a regression file into `exercises/`: an
/// attendee's tree changes only when they edit it. The failing cases worth
/// keeping are explicit tests.
pub fn proptest_config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

/// A spec, shortly.
pub fn spec(label: &str, children: usize) -> Spec {
    Spec {
        label: label.to_string(),
        children,
    }
}

/// The tree under `node` as specs, in pre-order: what it was built from, if it
/// is right.
pub fn specs_of(node: &Node<'_>) -> Vec<Spec> {
    let mut specs = Vec::new();
    let mut to_visit = vec![node];
    while let Some(node) = to_visit.pop() {
        specs.push(spec(node.label, node.children.len()));
        to_visit.extend(node.children.iter().rev());
    }
    specs
}

/// What `build_tree` must answer for `specs`, the slow obvious way: a walk with
/// a stack of how many children each open node still expects.
pub fn model_shape(specs: &[Spec]) -> Result<(), ShapeError> {
    let mut expected: Vec<usize> = Vec::new(); // children still to come, per open node
    for (i, spec) in specs.iter().enumerate() {
        if expected.len() + 1 > MAX_DEPTH {
            return Err(ShapeError::TooDeep);
        }
        expected.push(spec.children);
        while expected.last() == Some(&0) {
            expected.pop();
            match expected.last_mut() {
                Some(parent) => *parent -= 1,
                None if i + 1 == specs.len() => return Ok(()),
                None => {
                    return Err(ShapeError::Trailing {
                        unused: specs.len() - i - 1,
                    });
                }
            }
        }
    }
    Err(ShapeError::Truncated)
}

/// A chain: `depth` nodes, each the only child of the one before.
pub fn chain(depth: usize) -> Vec<Spec> {
    (0..depth)
        .map(|i| spec(&format!("level {i}"), usize::from(i + 1 < depth)))
        .collect()
}
