//! Which frame of a backtrace is the module's own code: the allocation site an attendee can
//! change. Each tool prints a frame's file its own way (dhat its last three components,
//! heaptrack the path as compiled, massif often the file name alone), so a frame is the
//! module's when its file is the end of one of the module's source files.

use std::path::Path;

/// The module's source files, relative to the repository root, with `/` between components.
#[derive(Debug, Clone, Default)]
pub struct Places {
    files: Vec<String>,
}

impl Places {
    #[cfg(test)]
    pub fn new(files: impl IntoIterator<Item = String>) -> Self {
        Self {
            files: files.into_iter().collect(),
        }
    }

    /// The `.rs` files under `folders` (relative to `root`; a missing one has none).
    pub fn of_folders(root: &Path, folders: &[&Path]) -> Self {
        let mut files = Vec::new();
        for folder in folders {
            collect(root, folder, &mut files);
        }
        files.sort();
        Self { files }
    }

    /// `file:line` for a frame of `function` in the module's code, named by its path from
    /// the repository root (the tool's own spelling when two of the module's files would fit
    /// it); `None` for a frame elsewhere (the standard library, `measure`, the tool itself) or
    /// in the allocator's entry points, which the compiler places at the
    /// `#[global_allocator]` line of the demo.
    pub fn place(&self, function: &str, file: &str, line: u32) -> Option<String> {
        let shims = ["__rust_", "__rg_", "__rdl_"];
        if shims.iter().any(|shim| function.trim().starts_with(shim)) {
            return None;
        }
        let file = file.replace('\\', "/");
        let mut fits = self
            .files
            .iter()
            .filter(|known| ends_with_path(&file, known));
        let first = fits.next()?;
        let name = if fits.next().is_some() { &file } else { first };
        Some(format!("{name}:{line}"))
    }
}

/// Whether `a` and `b` name the same file: one is the other's end, at a component boundary.
fn ends_with_path(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && long.ends_with(short)
        && (long.len() == short.len() || long[..long.len() - short.len()].ends_with('/'))
}

fn collect(root: &Path, folder: &Path, files: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(root.join(folder)) else {
        return;
    };
    for entry in entries.flatten() {
        let path = folder.join(entry.file_name());
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            collect(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places() -> Places {
        Places::new([
            "crates/report/src/main.rs".to_string(),
            "crates/report/src/lib.rs".to_string(),
            "solutions/report/src/lib.rs".to_string(),
            "exercises/report/src/naive.rs".to_string(),
        ])
    }

    #[test]
    fn every_tool_spelling_finds_the_file() {
        let p = places();
        let naive = Some("exercises/report/src/naive.rs:12".to_string());
        assert_eq!(p.place("f", "report/src/naive.rs", 12), naive); // dhat
        assert_eq!(p.place("f", "exercises/report/src/naive.rs", 12), naive); // heaptrack
        assert_eq!(p.place("f", "naive.rs", 12), naive); // massif
        assert_eq!(
            p.place("f", "/home/me/ws/exercises/report/src/naive.rs", 12),
            naive
        );
        assert_eq!(p.place("f", "exercises\\report\\src\\naive.rs", 12), naive);
    }

    #[test]
    fn a_name_two_files_share_keeps_the_tools_spelling() {
        let p = places();
        assert_eq!(p.place("f", "lib.rs", 3).as_deref(), Some("lib.rs:3"));
        assert_eq!(
            p.place("f", "solutions/report/src/lib.rs", 3).as_deref(),
            Some("solutions/report/src/lib.rs:3")
        );
    }

    #[test]
    fn other_code_is_not_the_modules() {
        let p = places();
        assert_eq!(p.place("f", "alloc/src/vec/mod.rs", 1), None);
        assert_eq!(p.place("f", "measure/src/counting.rs", 147), None);
        assert_eq!(
            p.place("f", "src/main.rs", 1),
            Some("crates/report/src/main.rs:1".into())
        );
        assert_eq!(p.place("f", "xnaive.rs", 1), None);
        assert_eq!(p.place("f", "", 1), None);
        assert_eq!(Places::default().place("f", "naive.rs", 1), None);
    }

    #[test]
    fn the_allocators_entry_points_are_not_the_modules_code() {
        let p = places();
        for shim in [
            "__rust_alloc",
            " __rust_realloc",
            "__rg_alloc",
            "__rdl_alloc",
        ] {
            assert_eq!(p.place(shim, "report/src/main.rs", 14), None);
        }
        assert!(p.place("rust_alloc", "report/src/main.rs", 14).is_some());
    }

    #[test]
    fn the_folders_source_files_are_found() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let p = Places::of_folders(root, &[Path::new("src/profiling"), Path::new("none")]);
        assert!(p.files.contains(&"src/profiling/places.rs".to_string()));
        assert!(p.files.iter().all(|f| f.ends_with(".rs")));
    }
}
