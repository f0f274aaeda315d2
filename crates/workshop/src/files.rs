//! The one way the workshop walks a folder.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// Every file under `dir`, in its subfolders too (`target/` left out), as paths relative to
/// `dir`, sorted.
pub fn under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    walk(dir, dir, &mut files)?;
    files.sort();
    Ok(files)
}

/// The files directly in `dir` (not in its subfolders) whose names end in `.ext`, as paths
/// relative to `dir`, sorted.
pub fn in_folder(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    Ok(under(dir)?
        .into_iter()
        .filter(|f| f.components().count() == 1 && f.extension().is_some_and(|e| e == ext))
        .collect())
}

fn walk(base: &Path, dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            if path.file_name() != Some("target".as_ref()) {
                walk(base, &path, files)?;
            }
        } else {
            files.push(path.strip_prefix(base).expect("under base").to_path_buf());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_subfolders_but_not_target_and_filters_a_folder() {
        let dir = std::env::temp_dir().join(format!("workshop-files-{}", std::process::id()));
        for folder in ["a/b", "target/x"] {
            std::fs::create_dir_all(dir.join(folder)).unwrap();
        }
        for file in ["z.rs", "a/y.rs", "a/b/x.md", "target/x/w.rs", "v.md"] {
            std::fs::write(dir.join(file), "").unwrap();
        }
        let all = under(&dir).unwrap();
        let rs = in_folder(&dir, "rs").unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let names = |files: Vec<PathBuf>| -> Vec<String> {
            files
                .iter()
                .map(|f| f.to_string_lossy().replace('\\', "/"))
                .collect()
        };
        assert_eq!(names(all), ["a/b/x.md", "a/y.rs", "v.md", "z.rs"]);
        assert_eq!(names(rs), ["z.rs"]);
        assert!(under(Path::new("/no/such/folder")).is_err());
    }
}
