//! `exercises/modules.toml`: the one list of modules, in teaching order.

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Where the manifest lives, relative to the repository root.
pub const MANIFEST_PATH: &str = "exercises/modules.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    module: Vec<Module>,
}

/// One teaching module.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub name: String,
    pub title: String,
    /// Folders, relative to the repository root.
    pub demo: PathBuf,
    pub exercise: PathBuf,
    pub solution: PathBuf,
    pub chapter: PathBuf,
    pub snapshots: PathBuf,
    pub demo_args: Vec<String>,
    pub quick_args: Vec<String>,
    /// A solution feature that swaps in the exercise's naive starting point.
    pub naive_feature: Option<String>,
    /// Test files that must fail with `naive_feature`.
    #[serde(default)]
    pub naive_must_fail: Vec<String>,
    pub steps: Vec<Step>,
}

/// An ordered step of an exercise: its test files and its hints.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: String,
    /// Test targets (file names in `tests/` without `.rs`).
    pub tests: Vec<String>,
    pub hints: Vec<String>,
}

/// The modules, in teaching order.
#[derive(Debug)]
pub struct Manifest {
    pub modules: Vec<Module>,
}

impl Manifest {
    /// Reads and checks the manifest under `root`.
    pub fn load(root: &Path) -> Result<Self> {
        let path = root.join(MANIFEST_PATH);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        Self::parse(&text).with_context(|| format!("{} is not a valid module list", path.display()))
    }

    fn parse(text: &str) -> Result<Self> {
        let file: File = toml::from_str(text)?;
        let manifest = Self {
            modules: file.module,
        };
        for (i, module) in manifest.modules.iter().enumerate() {
            if manifest.modules[..i].iter().any(|m| m.name == module.name) {
                bail!("module `{}` is listed twice", module.name);
            }
            if module.steps.is_empty()
                || module
                    .steps
                    .iter()
                    .any(|s| s.tests.is_empty() || s.hints.is_empty())
            {
                bail!(
                    "module `{}`: every module needs steps, and every step tests and hints",
                    module.name
                );
            }
        }
        Ok(manifest)
    }

    /// The module called `name`, or an error that lists the valid names.
    pub fn module(&self, name: &str) -> Result<&Module> {
        self.modules.iter().find(|m| m.name == name).ok_or_else(|| {
            anyhow::anyhow!(
                "there is no module called `{name}`; the modules are: {}",
                self.names().join(", ")
            )
        })
    }

    /// The modules called `names`, in the order given; all of them when `names` is empty.
    pub fn select(&self, names: &[String]) -> Result<Vec<&Module>> {
        if names.is_empty() {
            return Ok(self.modules.iter().collect());
        }
        names.iter().map(|name| self.module(name)).collect()
    }

    pub fn names(&self) -> Vec<&str> {
        self.modules.iter().map(|m| m.name.as_str()).collect()
    }
}

impl Module {
    /// The step that a test target belongs to, if any.
    pub fn step_of(&self, target: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.tests.iter().any(|t| t == target))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_manifest_is_valid() {
        let manifest = Manifest::parse(include_str!("../../../exercises/modules.toml")).unwrap();
        assert!(manifest.names().contains(&"scoped-drops"));
    }

    #[test]
    fn an_unknown_module_lists_the_valid_ones() {
        let manifest = Manifest::parse(include_str!("../../../exercises/modules.toml")).unwrap();
        let error = manifest.module("nosuch").unwrap_err().to_string();
        assert!(
            error.contains("`nosuch`") && error.contains("scoped-drops"),
            "{error}"
        );
        assert!(
            manifest
                .select(&["scoped-drops".into(), "nosuch".into()])
                .is_err()
        );
    }

    #[test]
    fn rejects_duplicates_unknown_fields_and_steps_without_hints() {
        let module = |extra: &str, hints: &str| {
            format!(
                "[[module]]\nname='a'\ntitle='t'\ndemo='d'\nexercise='e'\nsolution='s'\nchapter='c'\n\
                 snapshots='n'\ndemo_args=[]\nquick_args=[]\n{extra}\n[[module.steps]]\ntitle='x'\n\
                 tests=['t']\nhints={hints}\n"
            )
        };
        assert!(Manifest::parse(&module("", "['h']")).is_ok());
        assert!(Manifest::parse(&module("", "[]")).is_err());
        assert!(Manifest::parse(&module("colour='red'", "['h']")).is_err());
        assert!(
            Manifest::parse(&format!("{}{}", module("", "['h']"), module("", "['h']"))).is_err()
        );
    }
}
