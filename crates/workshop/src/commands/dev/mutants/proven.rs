//! What mutation testing last proved, so that CI re-runs a package's mutants only when
//! something that could change their outcome has changed. `.cargo/mutants-proven.txt` holds,
//! for each package whose every mutant was caught (or listed as equivalent), a hash of all
//! that decides it: the package's sources and the given files it includes, the tests that
//! exercise it, `measure`, the workspace's manifests and lockfile, the equivalents file, the
//! toolchain and cargo-mutants' version. A record that is stale or missing only costs time: the
//! package is mutated again.

use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

/// The record's path, from the repository's root.
pub const RECORD_PATH: &str = ".cargo/mutants-proven.txt";

const HEADER: &str = "\
# What `cargo workshop dev mutants` last proved: every mutant of each package below was caught
# (or is listed as equivalent in mutants.toml), for this hash of everything that decides it.
# CI mutates only the packages whose hash differs. Written by the command: commit it.
";

/// The files every package's outcome depends on, besides its own folders.
const SHARED_INPUTS: [&str; 4] = [
    "Cargo.toml",
    "Cargo.lock",
    ".cargo/config.toml",
    ".cargo/mutants.toml",
];

/// The hash of the files under `inputs` (folders or files, from `root`; `target/` and
/// `benches/`, which no test builds, left out) and of `versions` (the toolchain's and
/// cargo-mutants'). The hasher is the standard library's, fixed for a toolchain, and the
/// toolchain is hashed in.
pub fn hash(root: &Path, inputs: &[PathBuf], versions: &str) -> Result<String> {
    let mut hasher = DefaultHasher::new();
    hasher.write(versions.as_bytes());
    let shared = SHARED_INPUTS.iter().map(PathBuf::from);
    for input in inputs.iter().cloned().chain(shared) {
        let path = root.join(&input);
        let files: Vec<PathBuf> = if path.is_dir() {
            let files = crate::files::under(&path)?.into_iter();
            files
                .filter(|f| !f.components().any(|c| c.as_os_str() == "benches"))
                .map(|f| path.join(f))
                .collect()
        } else if path.is_file() {
            vec![path.clone()]
        } else {
            Vec::new() // not there: hashed as its name alone
        };
        hasher.write(input.to_string_lossy().as_bytes());
        for file in files {
            let text =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let name = file.strip_prefix(root).unwrap_or(&file);
            hasher.write(name.to_string_lossy().replace('\\', "/").as_bytes());
            hasher.write_usize(text.len());
            hasher.write(&text);
        }
    }
    Ok(format!("{:016x}", hasher.finish()))
}

/// The packages and hashes in the record (none when it is missing or unreadable).
pub fn read(root: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(root.join(RECORD_PATH)).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' '))
        .map(|(package, hash)| (package.to_string(), hash.trim().to_string()))
        .collect()
}

/// Writes `proven` as the record.
pub fn write(root: &Path, proven: &BTreeMap<String, String>) -> Result<()> {
    let mut text = HEADER.to_string();
    for (package, hash) in proven {
        text.push_str(&format!("{package} {hash}\n"));
    }
    let path = root.join(RECORD_PATH);
    std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_follows_content_and_versions_and_the_record_reads_back() {
        let root = std::env::temp_dir().join(format!("workshop-proven-{}", std::process::id()));
        std::fs::create_dir_all(root.join("pkg/src")).unwrap();
        std::fs::create_dir_all(root.join("pkg/benches")).unwrap();
        std::fs::create_dir_all(root.join(".cargo")).unwrap();
        std::fs::write(root.join("pkg/src/lib.rs"), "fn a() {}").unwrap();
        let inputs = [PathBuf::from("pkg")];
        let first = hash(&root, &inputs, "rustc 1").unwrap();
        assert_eq!(hash(&root, &inputs, "rustc 1").unwrap(), first);
        assert_ne!(hash(&root, &inputs, "rustc 2").unwrap(), first);
        std::fs::write(root.join("pkg/benches/results.txt"), "bench").unwrap();
        assert_eq!(
            hash(&root, &inputs, "rustc 1").unwrap(),
            first,
            "benches are left out"
        );
        std::fs::write(root.join("pkg/src/lib.rs"), "fn b() {}").unwrap();
        let changed = hash(&root, &inputs, "rustc 1").unwrap();
        assert_ne!(changed, first);
        std::fs::write(root.join("Cargo.lock"), "lock").unwrap();
        assert_ne!(
            hash(&root, &inputs, "rustc 1").unwrap(),
            changed,
            "the lockfile counts"
        );
        let proven = BTreeMap::from([("pkg".to_string(), changed.clone())]);
        write(&root, &proven).unwrap();
        assert_eq!(read(&root), proven);
        std::fs::remove_dir_all(&root).unwrap();
        assert!(read(&root).is_empty());
    }
}
