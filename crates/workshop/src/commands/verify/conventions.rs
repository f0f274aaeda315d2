//! The checks of the module standard that only read files, as ordinary tests: `cargo test`
//! fails in seconds on a misspelt include anchor or a test file that no step lists, without
//! waiting for `workshop verify` to build every exercise and solution.

use super::{Outcome, agenda, book, documented_once, layout};
use crate::manifest::{Manifest, Module};
use std::path::{Path, PathBuf};

/// The repository this crate is in, and its manifest.
fn repository() -> (PathBuf, Manifest) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let manifest = Manifest::load(&root).expect("the manifest loads");
    (root, manifest)
}

/// Fails with every problem `check` finds in any module, each naming its file.
fn holds_for_every_module(check: fn(&Path, &Module) -> Outcome) {
    let (root, manifest) = repository();
    let problems: Vec<String> = manifest
        .modules
        .iter()
        .filter_map(|module| check(&root, module).err())
        .flatten()
        .collect();
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

fn holds_for_the_book(check: fn(&Path, &Manifest) -> Outcome) {
    let (root, manifest) = repository();
    if let Err(problems) = check(&root, &manifest) {
        panic!("\n{}\n", problems.join("\n"));
    }
}

#[test]
fn the_book_lists_every_chapter_in_the_manifests_order() {
    holds_for_the_book(book::summary_follows_the_manifest);
}

#[test]
fn every_include_in_the_book_yields_text() {
    holds_for_the_book(|root, _| book::every_include_yields_text(root));
}

#[test]
fn the_instructors_agendas_add_up() {
    holds_for_the_book(agenda::agendas_add_up);
}

#[test]
fn every_module_has_a_row_in_every_agenda() {
    holds_for_every_module(agenda::module_in_every_agenda);
}

#[test]
fn every_module_has_its_pieces() {
    holds_for_every_module(layout::pieces_present);
}

#[test]
fn every_test_file_belongs_to_a_step() {
    holds_for_every_module(layout::tests_match_steps);
}

#[test]
fn each_heap_test_file_holds_one_test() {
    holds_for_every_module(layout::one_test_per_heap_test_file);
}

#[test]
fn every_solution_runs_the_generated_test_list() {
    holds_for_every_module(layout::solution_runs_the_suite);
}

#[test]
fn every_naive_baseline_is_declared() {
    holds_for_every_module(layout::naive_baseline_declared);
}

#[test]
fn every_chapter_has_its_sections_and_includes() {
    holds_for_every_module(layout::chapter_complete);
}

#[test]
fn every_benchmark_summary_is_made_from_its_recording() {
    holds_for_every_module(layout::bench_summary_current);
}

#[test]
fn no_todo_is_left_outside_the_exercises() {
    holds_for_every_module(layout::nothing_left_to_do);
}

#[test]
fn every_hint_ladder_shows_code_last() {
    holds_for_every_module(layout::hints_tell_last);
}

#[test]
fn unsafe_code_is_marked_for_valgrind() {
    holds_for_every_module(layout::unsafe_marked);
}

#[test]
fn every_stub_function_is_documented_as_in_the_solution() {
    holds_for_every_module(documented_once::stub_matches_solution);
}
