//! What `cargo test` builds holds one major version of each heavy crate: two versions of
//! `syn` (or of the other crates below) cost every attendee the build twice.

use super::{Outcome, outcome};
use crate::suite::cargo;

/// Crates whose second version costs seconds of build on every laptop.
const HEAVY: [&str; 8] = [
    "syn",
    "proc-macro2",
    "serde_derive",
    "regex-syntax",
    "regex-automata",
    "gimli",
    "object",
    "addr2line",
];

/// Second versions accepted, each with the crate that needs it and why: `(crate, version
/// prefix, why)`. Keep this list short; each entry is seconds on every laptop.
const ACCEPTED: [(&str, &str, &str); 1] = [(
    "syn",
    "2.",
    "zerocopy-derive 0.8 (whose derives prove the zero-copy module's header layout at \
     compile time) has no release on syn 3; it and syn 2 took 7 s of a 2-core build",
)];

/// `cargo tree --duplicates` over the workspace's default build (benchmarks are behind their
/// `bench` feature and left out, as `cargo test` leaves them out).
pub fn one_version_of_each_heavy_crate(root: &std::path::Path) -> Outcome {
    let args = [
        "tree",
        "--duplicates",
        "--edges",
        "normal,build,dev",
        "--workspace",
        "--locked",
        "--depth",
        "0",
        "--prefix",
        "none",
    ];
    let output = cargo::command(root)
        .args(args)
        .output()
        .map_err(|e| vec![format!("cannot run cargo tree: {e}")])?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(vec![format!("cargo {} failed: {stderr}", args.join(" "))]);
    }
    let listed = String::from_utf8_lossy(&output.stdout);
    outcome(
        heavy_duplicates(&listed),
        format!("one version of each of {}", HEAVY.join(", ")),
    )
}

/// The heavy crates among `cargo tree --duplicates --depth 0` lines (`syn v2.0.119`), each
/// named with its versions.
fn heavy_duplicates(listed: &str) -> Vec<String> {
    HEAVY
        .iter()
        .filter_map(|name| {
            let accepted = |version: &str| {
                ACCEPTED
                    .iter()
                    .any(|(krate, prefix, _)| krate == name && version.starts_with(prefix))
            };
            let versions: Vec<&str> = listed
                .lines()
                .filter_map(|l| l.trim().strip_prefix(name)?.strip_prefix(" v"))
                .map(|v| v.split_whitespace().next().unwrap_or(v))
                .filter(|v| !accepted(v))
                .collect();
            (versions.len() > 1).then(|| {
                format!(
                    "Cargo.lock: `cargo test` builds {name} {}: find which dependency \
                     brings the other (`cargo tree -i {name}@{}`) and align it",
                    versions.join(" and "),
                    versions[0]
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accepted_second_version_is_not_reported_and_others_are() {
        let accepted = "syn v2.0.119\nsyn v3.0.9 (proc-macro)\n";
        assert_eq!(heavy_duplicates(accepted), Vec::<String>::new());
        let other = "syn v1.0.109\nsyn v3.0.9 (proc-macro)\n";
        assert_eq!(heavy_duplicates(other).len(), 1);
    }

    #[test]
    fn names_each_heavy_crate_built_twice() {
        let listed = "serde_derive v1.0.1\nserde_derive v2.0.0\nitoa v1.0.1\nitoa v0.4.8\n";
        let found = heavy_duplicates(listed);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("serde_derive 1.0.1 and 2.0.0"),
            "{}",
            found[0]
        );
        assert!(heavy_duplicates("syn v2.0.119\nsyn-mid v3.0.0\n").is_empty());
    }
}
