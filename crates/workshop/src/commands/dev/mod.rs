//! `workshop dev …`: the maintainers' commands (as rustlings has `dev`). `verify` stays a
//! top-level command, as `just verify` runs it.

pub mod modules;
pub mod mutants;
pub mod new;
pub mod sync;
