//! `exercises/modules.toml`: the one list of modules, in teaching order.
//!
//! An entry holds only what differs between modules: a name, a title, demo arguments, the
//! memory tests the naive baseline must fail, whether its code has `unsafe`, and the steps with
//! their tests and hints. Every path follows from the name (see [`Module::demo`] and its
//! neighbours); a `[module.paths]` table can override one, though none does today.

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Where the manifest lives, relative to the repository root.
pub const MANIFEST_PATH: &str = "exercises/modules.toml";

/// The book's table of contents, which links every chapter in the manifest's order.
pub const SUMMARY_PATH: &str = "docs/src/SUMMARY.md";

/// The solution feature that swaps in the exercise's naive starting point, in every module.
pub const NAIVE_FEATURE: &str = "naive-baseline";

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
    /// Arguments for the demo binary in `workshop demo` (at most ~10 s) and with `--quick`.
    #[serde(default)]
    pub demo_args: Vec<String>,
    #[serde(default)]
    pub quick_args: Vec<String>,
    /// Arguments for the demo in `workshop profile` when none are given; when absent, the
    /// quick ones.
    #[serde(default)]
    pub profile_args: Option<Vec<String>>,
    /// Test files (names in the exercise's `tests/`, without `.rs`) that must fail on the
    /// solution built with [`NAIVE_FEATURE`]: the memory tests, proven to catch naive code.
    #[serde(default)]
    pub naive_must_fail: Vec<String>,
    /// The module's code has `unsafe` blocks: CI runs its suite under valgrind.
    #[serde(default, rename = "unsafe")]
    pub has_unsafe: bool,
    /// The naive baseline among the module's benchmarks: in each group of the recorded
    /// results, the entry with one of these names (generic arguments aside) is the one the
    /// summary's ratios divide by.
    #[serde(default)]
    pub bench_baselines: Vec<String>,
    /// Overrides of the conventional paths (none is needed today).
    #[serde(default)]
    paths: PathOverrides,
    pub steps: Vec<Step>,
}

/// Paths that do not follow the convention, relative to the repository root.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PathOverrides {
    demo: Option<PathBuf>,
    exercise: Option<PathBuf>,
    solution: Option<PathBuf>,
    chapter: Option<PathBuf>,
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

    pub fn parse(text: &str) -> Result<Self> {
        let file: File = toml::from_str(text)?;
        let manifest = Self {
            modules: file.module,
        };
        for (i, module) in manifest.modules.iter().enumerate() {
            if !is_module_name(&module.name) {
                bail!(
                    "`{}` is not a module name: lowercase letters, digits and single hyphens, \
                     starting with a letter",
                    module.name
                );
            }
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
    /// The module called `name`, or numbered `name` as `list` numbers them (from 1).
    pub fn module(&self, name: &str) -> Result<&Module> {
        let numbered = || {
            let number: usize = name.parse().ok()?;
            self.modules.get(number.checked_sub(1)?)
        };
        let found = self.modules.iter().find(|m| m.name == name);
        found.or_else(numbered).ok_or_else(|| {
            anyhow::anyhow!(
                "there is no module called `{name}`; the modules are: {} (or their numbers, \
                 1 to {})",
                self.names().join(", "),
                self.modules.len()
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

    /// The first module after `module` in teaching order, going round to the first, that is
    /// `unfinished`; `None` when every other module is finished.
    pub fn next_unfinished(
        &self,
        module: &Module,
        unfinished: impl Fn(&Module) -> bool,
    ) -> Option<&Module> {
        let at = self.modules.iter().position(|m| m.name == module.name)?;
        let count = self.modules.len();
        (1..count)
            .map(|i| &self.modules[(at + i) % count])
            .find(|m| unfinished(m))
    }

    pub fn names(&self) -> Vec<&str> {
        self.modules.iter().map(|m| m.name.as_str()).collect()
    }
}

/// Lowercase ASCII letters, digits and single inner hyphens, starting with a letter: a name
/// that is at once a folder, a cargo package and (with `_`) a Rust crate name.
pub fn is_module_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.ends_with('-')
        && !name.contains("--")
}

impl Module {
    /// `crates/<name>`: the demo, its snapshot test and its benchmarks.
    pub fn demo(&self) -> PathBuf {
        self.paths
            .demo
            .clone()
            .unwrap_or_else(|| self.under("crates"))
    }

    /// `exercises/<name>`: the stub and the one test suite.
    pub fn exercise(&self) -> PathBuf {
        (self.paths.exercise.clone()).unwrap_or_else(|| self.under("exercises"))
    }

    /// `solutions/<name>`: the reference solution.
    pub fn solution(&self) -> PathBuf {
        (self.paths.solution.clone()).unwrap_or_else(|| self.under("solutions"))
    }

    /// `docs/src/<name>.md`: the chapter.
    pub fn chapter(&self) -> PathBuf {
        self.paths
            .chapter
            .clone()
            .unwrap_or_else(|| Path::new("docs/src").join(format!("{}.md", self.name)))
    }

    /// `dotnet-comparison/<Name>`: the C# twin (`scoped-drops` has `ScopedDrops`).
    pub fn twin(&self) -> PathBuf {
        let pascal: String = (self.name.split('-'))
            .map(|word| {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            })
            .collect();
        Path::new("dotnet-comparison").join(pascal)
    }

    /// `docs/src/runs/<name>-bench.txt`: divan's output of the module's benchmarks, recorded
    /// with the machine by `just bench <name>`.
    pub fn bench_record(&self) -> PathBuf {
        Path::new("docs/src/runs").join(format!("{}-bench.txt", self.name))
    }

    /// Every recording of the module's benchmarks under `root`: [`Module::bench_record`] and
    /// the variants beside it (`<name>-bench-<variant>.txt`, a run with other settings).
    pub fn bench_records(&self, root: &Path) -> Vec<PathBuf> {
        let main = self.bench_record();
        let folder = main.parent().unwrap_or(Path::new(""));
        let prefix = format!("{}-bench-", self.name);
        let mut records = vec![main.clone()];
        let found = std::fs::read_dir(root.join(folder))
            .into_iter()
            .flatten()
            .flatten();
        let mut variants: Vec<PathBuf> = found
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with(&prefix) && name.ends_with(".txt"))
            .map(|name| folder.join(name))
            .collect();
        variants.sort();
        records.extend(variants);
        records
    }

    /// `<demo>/tests/snapshots`: the demo's snapshot files.
    pub fn snapshots(&self) -> PathBuf {
        self.demo().join("tests").join("snapshots")
    }

    /// `<exercise>/tests`: the one test suite.
    pub fn tests(&self) -> PathBuf {
        self.exercise().join("tests")
    }

    fn under(&self, folder: &str) -> PathBuf {
        Path::new(folder).join(&self.name)
    }

    /// The step that a test target belongs to, if any.
    pub fn step_of(&self, target: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.tests.iter().any(|t| t == target))
    }

    /// Every step's tests, in step order.
    pub fn step_tests(&self) -> impl Iterator<Item = &str> {
        self.steps
            .iter()
            .flat_map(|s| s.tests.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../exercises/modules.toml");

    fn entry(name: &str, extra: &str, hints: &str) -> String {
        format!(
            "[[module]]\nname='{name}'\ntitle='t'\n{extra}\n[[module.steps]]\ntitle='x'\n\
             tests=['t']\nhints={hints}\n"
        )
    }

    #[test]
    fn the_shipped_manifest_is_valid() {
        let manifest = Manifest::parse(SHIPPED).unwrap();
        assert_eq!(manifest.names().first(), Some(&"scoped-drops"));
    }

    #[test]
    fn the_next_unfinished_module_goes_round_to_the_first() {
        let manifest = Manifest::parse(SHIPPED).unwrap();
        let [first, second, .., last] = manifest.modules.as_slice() else {
            panic!("at least three modules")
        };
        let name = |m: Option<&Module>| m.map(|m| m.name.clone());
        let all = |_: &Module| true;
        assert_eq!(
            name(manifest.next_unfinished(first, all)),
            Some(second.name.clone())
        );
        assert_eq!(
            name(manifest.next_unfinished(last, all)),
            Some(first.name.clone())
        );
        let only_second = |m: &Module| m.name == second.name;
        assert_eq!(
            name(manifest.next_unfinished(last, only_second)),
            Some(second.name.clone())
        );
        assert_eq!(
            name(manifest.next_unfinished(second, only_second)),
            None,
            "not itself"
        );
        assert_eq!(
            manifest.next_unfinished(first, |_| false).map(|m| &m.name),
            None
        );
    }

    #[test]
    fn a_module_is_found_by_its_name_or_its_number_in_the_list() {
        let manifest = Manifest::parse(SHIPPED).unwrap();
        let third = &manifest.modules[2];
        assert_eq!(manifest.module("3").unwrap().name, third.name);
        assert_eq!(manifest.module(&third.name).unwrap().name, third.name);
        assert_eq!(manifest.module("1").unwrap().name, manifest.modules[0].name);
        let past_the_end = (manifest.modules.len() + 1).to_string();
        for wrong in ["0", past_the_end.as_str(), "-1"] {
            assert!(manifest.module(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn an_unknown_module_lists_the_valid_ones() {
        let manifest = Manifest::parse(SHIPPED).unwrap();
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
        assert_eq!(manifest.select(&[]).unwrap().len(), manifest.modules.len());
    }

    #[test]
    fn rejects_duplicates_unknown_fields_bad_names_and_steps_without_hints() {
        assert!(Manifest::parse(&entry("a", "", "['h']")).is_ok());
        assert!(Manifest::parse(&entry("a", "", "[]")).is_err());
        assert!(Manifest::parse(&entry("a", "colour='red'", "['h']")).is_err());
        assert!(Manifest::parse(&entry("A", "", "['h']")).is_err());
        let twice = format!("{}{}", entry("a", "", "['h']"), entry("a", "", "['h']"));
        assert!(Manifest::parse(&twice).is_err());
    }

    #[test]
    fn paths_follow_from_the_name_unless_overridden() {
        let manifest = Manifest::parse(&entry("bit-set", "", "['h']")).unwrap();
        let module = &manifest.modules[0];
        assert_eq!(module.demo(), Path::new("crates/bit-set"));
        assert_eq!(module.exercise(), Path::new("exercises/bit-set"));
        assert_eq!(module.solution(), Path::new("solutions/bit-set"));
        assert_eq!(module.chapter(), Path::new("docs/src/bit-set.md"));
        assert_eq!(
            module.snapshots(),
            Path::new("crates/bit-set/tests/snapshots")
        );
        assert_eq!(module.tests(), Path::new("exercises/bit-set/tests"));
        assert_eq!(module.twin(), Path::new("dotnet-comparison/BitSet"));
        assert!(!module.has_unsafe);

        let text = entry(
            "b",
            "unsafe=true\n[module.paths]\ndemo='x/demo'\nexercise='x/e'\nsolution='x/s'\n\
             chapter='x/c.md'",
            "['h']",
        );
        let manifest = Manifest::parse(&text).unwrap();
        let module = &manifest.modules[0];
        assert_eq!(
            [
                module.demo(),
                module.exercise(),
                module.solution(),
                module.chapter()
            ],
            ["x/demo", "x/e", "x/s", "x/c.md"].map(PathBuf::from)
        );
        assert_eq!(module.snapshots(), Path::new("x/demo/tests/snapshots"));
        assert!(module.has_unsafe);
    }

    #[test]
    fn module_names_are_folder_package_and_crate_names() {
        for good in ["a", "bitset", "scoped-drops", "utf8-strings"] {
            assert!(is_module_name(good), "{good}");
        }
        for bad in ["", "Bitset", "1set", "-a", "a-", "a--b", "a_b", "a b", "ä"] {
            assert!(!is_module_name(bad), "{bad}");
        }
    }

    #[test]
    fn step_of_and_step_tests_follow_the_steps() {
        let manifest = Manifest::parse(SHIPPED).unwrap();
        let module = manifest.module("scoped-drops").unwrap();
        assert_eq!(module.step_of("step1_parse"), Some(0));
        assert_eq!(module.step_of("step2_peak_heap"), Some(1));
        assert_eq!(module.step_of("nosuch"), None);
        assert_eq!(module.step_tests().next(), Some("step1_parse"));
    }
}
