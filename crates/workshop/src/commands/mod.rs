//! One file per `workshop` subcommand.

pub mod check;
pub mod compare;
pub mod demo;
pub mod dev;
pub mod doctor;
pub mod hint;
pub mod list;
pub mod reset;
pub mod verify;
pub mod watch;
