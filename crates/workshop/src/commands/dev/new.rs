//! `workshop dev new NAME`: scaffolds a module by the convention. It writes the demo crate,
//! the exercise (a stub with one `todo!()` and one test), the solution and a chapter skeleton
//! with the module standard's sections, and adds the module to the manifest and to the book's
//! table of contents. Everything it writes builds and passes `cargo test`; what is left to do
//! is marked `TODO`, and `workshop verify NAME` lists it.

use crate::manifest::{MANIFEST_PATH, Manifest, SUMMARY_PATH, is_module_name};
use crate::repository::Repository;
use crate::solution_tests;
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Each file the scaffold writes: where (with `{{name}}` and `{{crate}}` filled in), and what.
const TEMPLATES: [(&str, &str); 12] = [
    (
        "crates/{{name}}/Cargo.toml",
        include_str!("../../../templates/module/demo/Cargo.toml.tmpl"),
    ),
    (
        "crates/{{name}}/src/main.rs",
        include_str!("../../../templates/module/demo/src/main.rs.tmpl"),
    ),
    (
        "crates/{{name}}/tests/demo_output.rs",
        include_str!("../../../templates/module/demo/tests/demo_output.rs.tmpl"),
    ),
    (
        "crates/{{name}}/tests/snapshots/{{crate}}.snap",
        include_str!("../../../templates/module/demo/tests/snapshots/snap.tmpl"),
    ),
    (
        "crates/{{name}}/benches/{{crate}}.rs",
        include_str!("../../../templates/module/demo/benches/bench.rs.tmpl"),
    ),
    (
        "exercises/{{name}}/Cargo.toml",
        include_str!("../../../templates/module/exercise/Cargo.toml.tmpl"),
    ),
    (
        "exercises/{{name}}/src/lib.rs",
        include_str!("../../../templates/module/exercise/src/lib.rs.tmpl"),
    ),
    (
        "exercises/{{name}}/src/workload.rs",
        include_str!("../../../templates/module/exercise/src/workload.rs.tmpl"),
    ),
    (
        "exercises/{{name}}/tests/step1_squares.rs",
        include_str!("../../../templates/module/exercise/tests/step1.rs.tmpl"),
    ),
    (
        "solutions/{{name}}/Cargo.toml",
        include_str!("../../../templates/module/solution/Cargo.toml.tmpl"),
    ),
    (
        "solutions/{{name}}/src/lib.rs",
        include_str!("../../../templates/module/solution/src/lib.rs.tmpl"),
    ),
    (
        "docs/src/{{name}}.md",
        include_str!("../../../templates/module/chapter.md.tmpl"),
    ),
];

/// The manifest entry of a new module.
const ENTRY: &str = r#"
[[module]]
name = "{{name}}"
title = "{{title}}"
demo_args = []
quick_args = []
naive_must_fail = []
bench_baselines = ["TODO: the naive benchmark's name"]

[[module.steps]]
title = "TODO: what step 1 asks"
tests = ["step1_squares"]
hints = ["TODO: the first hint; then more, each a little more specific."]
"#;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The module's name: lowercase letters, digits and hyphens (it names four folders).
    name: String,
    /// Its title in the manifest and the book [default: the name, as words].
    #[arg(long)]
    title: Option<String>,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        run(
            &repo.root,
            &repo.manifest,
            &self.name,
            self.title.as_deref(),
        )
        .map(|()| ExitCode::SUCCESS)
    }
}

pub fn run(root: &Path, manifest: &Manifest, name: &str, title: Option<&str>) -> Result<()> {
    if !is_module_name(name) {
        bail!(
            "`{name}` cannot be a module name: use lowercase letters, digits and single \
             hyphens, starting with a letter (like `bit-set`)"
        );
    }
    if manifest.module(name).is_ok() {
        bail!("{MANIFEST_PATH} already lists a module called `{name}`");
    }
    let title = title.map_or_else(|| default_title(name), str::to_string);
    if let Some(c) = title
        .chars()
        .find(|c| "\"\\{}".contains(*c) || c.is_control())
    {
        bail!("the title cannot contain {c:?}: it is written into Rust and TOML as it is");
    }
    let fill = |text: &str| {
        text.replace("{{name}}", name)
            .replace("{{crate}}", &name.replace('-', "_"))
            .replace("{{title}}", &title)
    };
    let files: Vec<(PathBuf, String)> = TEMPLATES
        .iter()
        .map(|(path, text)| (PathBuf::from(fill(path)), fill(text)))
        .collect();
    let places = [
        "crates/{{name}}",
        "exercises/{{name}}",
        "solutions/{{name}}",
    ]
    .map(fill)
    .into_iter()
    .chain([fill("docs/src/{{name}}.md")]);
    let taken: Vec<String> = places.filter(|p| root.join(p).exists()).collect();
    if !taken.is_empty() {
        bail!("{} already exists: pick another name", taken.join(", "));
    }

    let entry = fill(ENTRY);
    let module = Manifest::parse(&entry)
        .context("the new manifest entry is not valid (a bug in `dev new`)")?
        .modules
        .remove(0);
    for (path, text) in &files {
        let text = if path.ends_with("Cargo.toml") && path.starts_with("solutions") {
            solution_tests::synced(text, &module)
        } else {
            text.clone()
        };
        write(root, path, &text)?;
    }
    append(root, Path::new(MANIFEST_PATH), &entry)?;
    add_to_summary(root, manifest, name, &title)?;

    println!("Made the module `{name}`:");
    for (path, _) in &files {
        println!("  {}", path.display());
    }
    println!("and added it to {MANIFEST_PATH} and {SUMMARY_PATH}.\n");
    println!(
        "It builds and passes `cargo test`. What is left to do is marked TODO; this lists it:\n\
         \n    cargo workshop verify {name}\n\n\
         The module standard says what each piece must be: CONTRIBUTING.md."
    );
    Ok(())
}

/// `bit-set` becomes `Bit set`.
fn default_title(name: &str) -> String {
    let words = name.replace('-', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn write(root: &Path, path: &Path, text: &str) -> Result<()> {
    let full = root.join(path);
    if let Some(folder) = full.parent() {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create {}", folder.display()))?;
    }
    std::fs::write(&full, text).with_context(|| format!("cannot write {}", path.display()))
}

fn append(root: &Path, path: &Path, text: &str) -> Result<()> {
    let full = root.join(path);
    let mut current = std::fs::read_to_string(&full)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if !current.ends_with('\n') {
        current.push('\n');
    }
    current.push_str(text);
    std::fs::write(&full, current).with_context(|| format!("cannot write {}", path.display()))
}

/// Adds `- [Title](name.md)` after the last module's chapter in the table of contents (at the
/// end when that is not found). The link text is the title up to its first colon.
fn add_to_summary(root: &Path, manifest: &Manifest, name: &str, title: &str) -> Result<()> {
    let full = root.join(SUMMARY_PATH);
    let summary =
        std::fs::read_to_string(&full).with_context(|| format!("cannot read {SUMMARY_PATH}"))?;
    let short = title.split(':').next().unwrap_or(title).trim();
    let line = format!("- [{short}]({name}.md)");
    let last_link = manifest.modules.last().map(|m| {
        let chapter = m.chapter();
        let chapter = chapter.strip_prefix("docs/src").unwrap_or(&chapter);
        format!("({})", chapter.to_string_lossy().replace('\\', "/"))
    });
    let mut lines: Vec<&str> = summary.lines().collect();
    let at = last_link
        .and_then(|link| lines.iter().rposition(|l| l.contains(&link)))
        .map_or(lines.len(), |i| i + 1);
    lines.insert(at, &line);
    std::fs::write(&full, lines.join("\n") + "\n")
        .with_context(|| format!("cannot write {SUMMARY_PATH}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_titles_read_as_words() {
        assert_eq!(default_title("bit-set"), "Bit set");
        assert_eq!(default_title("arena"), "Arena");
    }

    #[test]
    fn every_template_goes_under_one_of_the_modules_four_places() {
        for (path, _) in TEMPLATES {
            let path = path.replace("{{name}}", "m");
            assert!(
                ["crates/m/", "exercises/m/", "solutions/m/"]
                    .iter()
                    .any(|top| path.starts_with(top))
                    || path == "docs/src/m.md",
                "{path}"
            );
        }
    }

    #[test]
    fn the_entry_is_a_valid_module_whose_test_the_scaffold_writes() {
        let entry = ENTRY.replace("{{name}}", "m").replace("{{title}}", "M");
        let manifest = Manifest::parse(&entry).unwrap();
        for test in manifest.modules[0].step_tests() {
            let file = format!("exercises/{{{{name}}}}/tests/{test}.rs");
            assert!(TEMPLATES.iter().any(|(path, _)| *path == file), "{file}");
        }
    }
}
