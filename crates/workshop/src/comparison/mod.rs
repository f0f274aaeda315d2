//! What `workshop compare` needs beside the command itself: the .NET runtimes ([`dotnet`]),
//! memory and CPU sampled from outside a process ([`sampler`]), the `@name value` lines both
//! sides print ([`run_report`]), the SVG chart of both ([`chart`]) and their shapes in the
//! terminal ([`shape`]).

pub mod chart;
pub mod dotnet;
pub mod run_report;
pub mod sampler;
pub mod shape;
