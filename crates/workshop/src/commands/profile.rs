//! `workshop profile MODULE [--tool dhat|heaptrack|massif] [-- ARGS]`: a module's demo run
//! under a heap profiler, its profile written under `target/profile/`, and what the profiler
//! found printed beside the counting allocator's figures for the same run: the totals, their
//! difference and why, and the allocation sites in the module's own code.
//!
//! The demo is built with the `profiling` profile (release, with line tables, so frames have
//! files and lines), into `target/profiling/`; for dhat with `measure/dhat-profile`, which puts
//! dhat behind the counting allocator (see `measure::profile`). heaptrack and massif run the
//! demo as built, from outside.

use crate::manifest::Module;
use crate::profiling::report::{self, Tool};
use crate::profiling::{Places, Profile, dhat_json, heaptrack_print, ms_print};
use crate::repository::Repository;
use crate::suite::cargo;
use crate::text::{command, wrap};
use anyhow::{Context, Result, bail};
use measure::profile::{COUNTS_FILE, DHAT_FILE, RunCounts};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The module whose demo to profile.
    module: String,
    /// The heap profiler: dhat (built in, every platform), heaptrack or massif (Linux).
    #[arg(long, value_enum, default_value_t = Tool::Dhat)]
    tool: Tool,
    /// Arguments for the demo, after `--` [default: the module's `profile_args` in
    /// exercises/modules.toml, or its quick run].
    #[arg(last = true)]
    args: Vec<String>,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let module = repo.manifest.module(&self.module)?;
        if let Some(message) = missing(self.tool, std::env::consts::OS, installed) {
            bail!("{message}");
        }
        let args = match (&self.args, &module.profile_args) {
            (given, _) if !given.is_empty() => given,
            (_, Some(profile_args)) => profile_args,
            (_, None) => &module.quick_args,
        };
        let root = &repo.root;
        let executable = build(root, module, self.tool)?;
        let folder = Path::new("target").join("profile");
        std::fs::create_dir_all(root.join(&folder))
            .with_context(|| format!("cannot make {}", folder.display()))?;
        let files = Files::new(&folder, &module.name, self.tool);
        files.clear(root);
        let mut run = files.command(self.tool, &executable, args);
        println!("{}\n", wrap(&format!("$ {}", shown(&run, root)), "  "));
        run.current_dir(root).env(COUNTS_FILE, &files.counts);
        let log = std::fs::File::create(root.join(&files.log))
            .with_context(|| format!("cannot write {}", files.log.display()))?;
        let status = run
            .stderr(Stdio::from(log))
            .status()
            .with_context(|| format!("cannot run {}", shown(&run, root)))?;
        if !status.success() {
            let log = std::fs::read_to_string(root.join(&files.log)).unwrap_or_default();
            eprintln!("{}", log.trim_end());
            bail!("the demo failed under {} ({status})", self.tool.name());
        }
        let places = Places::of_folders(
            root,
            &[
                &module.demo(),
                &module.solution(),
                &module.exercise().join("src"),
            ],
        );
        let reader = match self.tool {
            Tool::Dhat => "dhat's JSON",
            Tool::Heaptrack => "heaptrack_print",
            Tool::Massif => "ms_print",
        };
        eprintln!("\nReading the profile ({reader})…");
        let profile = read_profile(root, self.tool, &files, &places)?;
        let counts_path = root.join(&files.counts);
        let counts = std::fs::read_to_string(&counts_path)
            .ok()
            .and_then(|text| RunCounts::parse(&text))
            .with_context(|| {
                format!(
                    "the demo wrote no counting allocator figures to {}",
                    files.counts.display()
                )
            })?;
        println!(
            "\n{:━^width$}\n",
            format!(" {} under {} ", module.name, self.tool.name()),
            width = crate::text::COLUMNS
        );
        print!(
            "{}",
            report::render(self.tool, &profile, &counts, &module.name)
        );
        println!("\n{}", wrap(&files.viewing(self.tool), ""));
        Ok(ExitCode::SUCCESS)
    }
}

/// Builds the module's demo for profiling and returns its binary.
fn build(root: &Path, module: &Module, tool: Tool) -> Result<PathBuf> {
    let package = cargo::package_name(&root.join(module.demo()))?;
    let mut args = vec![
        "build",
        "--profile",
        "profiling",
        "--bins",
        "--package",
        &package,
    ];
    if tool == Tool::Dhat {
        args.extend(["--features", "measure/dhat-profile"]);
    }
    let build = cargo::build(
        root,
        &args,
        "Building the demo for profiling (the first time takes a minute)",
    )?;
    if !build.success {
        for diagnostic in &build.diagnostics {
            eprintln!("{}", diagnostic.rendered.trim_end());
        }
        bail!("the demo did not build");
    }
    let executable = build.executables.into_iter().find(|e| e.target == package);
    Ok(executable
        .with_context(|| format!("the build produced no `{package}` binary"))?
        .path)
}

/// Where a run's files go, relative to the repository root.
#[derive(Debug)]
struct Files {
    /// The profile (heaptrack adds its compression's extension).
    profile: PathBuf,
    counts: PathBuf,
    /// The demo's standard error, the tool's messages among it.
    log: PathBuf,
}

impl Files {
    fn new(folder: &Path, module: &str, tool: Tool) -> Self {
        let stem = format!("{module}.{}", tool.name());
        let profile = match tool {
            Tool::Dhat => format!("{stem}.json"),
            Tool::Heaptrack => stem.clone(),
            Tool::Massif => format!("{stem}.out"),
        };
        Self {
            profile: folder.join(profile),
            counts: folder.join(format!("{stem}.counts")),
            log: folder.join(format!("{stem}.log")),
        }
    }

    /// Removes what an earlier run left, so that a run that writes nothing is never read as
    /// if it had.
    fn clear(&self, root: &Path) {
        let profile = root.join(&self.profile).display().to_string();
        let written = [".zst", ".gz", ""].map(|extension| format!("{profile}{extension}"));
        for path in written
            .iter()
            .map(PathBuf::from)
            .chain([root.join(&self.counts)])
        {
            let _ = std::fs::remove_file(path); // absent: nothing to clear
        }
    }

    /// The demo run under the tool.
    fn command(&self, tool: Tool, executable: &Path, args: &[String]) -> Command {
        let mut command = match tool {
            Tool::Dhat => {
                let mut command = Command::new(executable);
                command.env(DHAT_FILE, &self.profile);
                return with_args(command, args);
            }
            Tool::Heaptrack => {
                let mut command = Command::new("heaptrack");
                command.arg("-o").arg(&self.profile);
                command
            }
            Tool::Massif => {
                let mut command = Command::new("valgrind");
                command.args(["--tool=massif", "--peak-inaccuracy=0.0"]);
                command.arg(format!("--massif-out-file={}", self.profile.display()));
                command
            }
        };
        command.arg(executable);
        with_args(command, args)
    }

    /// How to look at the profile further.
    fn viewing(&self, tool: Tool) -> String {
        let path = self.profile.display();
        match tool {
            Tool::Dhat => format!(
                "Profile: {path}. To explore it, open dhat's viewer in a browser \
                 (dh_view.html: it comes with valgrind, e.g. /usr/libexec/valgrind/dh_view.html, \
                 and is online at https://nnethercote.github.io/dh_view/dh_view.html) and load \
                 the file."
            ),
            Tool::Heaptrack => format!(
                "Profile: {path}.zst. To explore it: heaptrack_gui {path}.zst (package \
                 heaptrack-gui), or heaptrack_print -f {path}.zst | less."
            ),
            Tool::Massif => format!(
                "Profile: {path}. To explore it: ms_print {path} | less, or \
                 massif-visualizer {path}."
            ),
        }
    }
}

fn with_args(mut command: Command, args: &[String]) -> Command {
    command.args(args);
    command
}

/// A command as a shell at `root` would take it: its environment, the program and its
/// arguments, paths under `root` relative to it.
fn shown(command: &Command, root: &Path) -> String {
    let env = command
        .get_envs()
        .filter_map(|(key, value)| Some(format!("{}={}", key.to_str()?, value?.to_str()?)));
    let words = std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|word| {
            let path = Path::new(word);
            path.strip_prefix(root)
                .unwrap_or(path)
                .to_string_lossy()
                .into_owned()
        });
    env.chain(words).collect::<Vec<_>>().join(" ")
}

/// Reads the profile the tool wrote.
fn read_profile(root: &Path, tool: Tool, files: &Files, places: &Places) -> Result<Profile> {
    let profile = root.join(&files.profile);
    match tool {
        Tool::Dhat => {
            let json = std::fs::read_to_string(&profile)
                .with_context(|| format!("dhat wrote no profile to {}", files.profile.display()))?;
            dhat_json::parse(&json, places)
        }
        Tool::Heaptrack => {
            let written = [".zst", ".gz", ""]
                .map(|extension| PathBuf::from(format!("{}{extension}", profile.display())));
            let file = written.iter().find(|path| path.exists()).with_context(|| {
                format!(
                    "heaptrack wrote no profile to {}.zst",
                    files.profile.display()
                )
            })?;
            let mut args = vec!["-f".to_string(), file.display().to_string()];
            args.extend(heaptrack_print::OPTIONS.map(String::from));
            heaptrack_print::parse(&printed("heaptrack_print", &args)?, places)
        }
        Tool::Massif => {
            let args = [profile.display().to_string()];
            ms_print::parse(&printed("ms_print", &args)?, places)
        }
    }
}

/// What `program args` prints, or an error with what it said.
fn printed(program: &str, args: &[String]) -> Result<String> {
    let output = Command::new(program)
        .args(args)
        .output()
        .with_context(|| format!("cannot run {program}"))?;
    if !output.status.success() {
        bail!(
            "{program} {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Whether `program` is a file in a folder on `PATH` (`ms_print --version` fails, so running
/// it would not tell).
fn installed(program: &str) -> bool {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).any(|folder| folder.join(program).is_file())
}

/// Why `tool` cannot run on `os` with the programs `installed` says are there, and what to do
/// instead; `None` when it can.
fn missing(tool: Tool, os: &str, installed: impl Fn(&str) -> bool) -> Option<String> {
    let (programs, package) = match tool {
        Tool::Dhat => return None,
        Tool::Heaptrack => (["heaptrack", "heaptrack_print"], "heaptrack"),
        Tool::Massif => (["valgrind", "ms_print"], "valgrind"),
    };
    let name = tool.name();
    let dhat = command("profile MODULE --tool dhat");
    if os != "linux" {
        let native = match os {
            "macos" => {
                "Xcode's Instruments (the Allocations template), or `leaks` and `heap` on \
                        a running demo"
            }
            "windows" => {
                "a heap snapshot recorded with WPR (`wpr -start Heap`) and read in WPA, \
                          or WSL, where heaptrack and massif run"
            }
            _ => "your system's own heap profiler",
        };
        return Some(format!(
            "{name} runs on Linux only (and in WSL). Here, use {dhat}, which runs everywhere, or \
             {native}."
        ));
    }
    let absent: Vec<&str> = programs.into_iter().filter(|p| !installed(p)).collect();
    if absent.is_empty() {
        return None;
    }
    Some(format!(
        "{name} is not installed here ({} not found on PATH). Install it: `sudo apt-get install \
         {package}` (Debian, Ubuntu, WSL) or `sudo dnf install {package}` (Fedora). Or use \
         {dhat}, which needs nothing installed.",
        absent.join(" and ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dhat_needs_nothing_installed_anywhere() {
        for os in ["linux", "macos", "windows", "freebsd"] {
            assert_eq!(missing(Tool::Dhat, os, |_| false), None);
        }
    }

    #[test]
    fn a_missing_tool_is_named_with_how_to_install_it() {
        let message = missing(Tool::Heaptrack, "linux", |p| p == "heaptrack").unwrap();
        assert!(message.starts_with("heaptrack is not installed here (heaptrack_print not found"));
        assert!(message.contains("`sudo apt-get install heaptrack`"));
        assert!(message.contains("`cargo workshop profile MODULE --tool dhat`"));
        let message = missing(Tool::Massif, "linux", |_| false).unwrap();
        assert!(message.contains("(valgrind and ms_print not found"));
        assert!(message.contains("`sudo dnf install valgrind`"));
        assert_eq!(missing(Tool::Massif, "linux", |_| true), None);
    }

    #[test]
    fn elsewhere_than_linux_the_message_names_the_native_tools() {
        let mac = missing(Tool::Massif, "macos", |_| true).unwrap();
        assert!(mac.starts_with("massif runs on Linux only"));
        assert!(mac.contains("Instruments"));
        let windows = missing(Tool::Heaptrack, "windows", |_| true).unwrap();
        assert!(windows.contains("WPR") && windows.contains("WSL"));
        let other = missing(Tool::Heaptrack, "freebsd", |_| true).unwrap();
        assert!(other.contains("your system's own heap profiler"));
    }

    #[test]
    fn each_tool_runs_the_demo_its_own_way_and_the_command_can_be_pasted() {
        let folder = Path::new("target/profile");
        let root = Path::new("/home/me/workshop");
        let demo = root.join("target/profiling/report");
        let args = ["--seed".to_string(), "7".to_string()];
        let shown_for = |tool| {
            let files = Files::new(folder, "report", tool);
            shown(&files.command(tool, &demo, &args), root)
        };
        assert_eq!(
            shown_for(Tool::Dhat),
            "MEASURE_DHAT_FILE=target/profile/report.dhat.json target/profiling/report --seed 7"
        );
        assert_eq!(
            shown_for(Tool::Heaptrack),
            "heaptrack -o target/profile/report.heaptrack target/profiling/report --seed 7"
        );
        assert_eq!(
            shown_for(Tool::Massif),
            "valgrind --tool=massif --peak-inaccuracy=0.0 \
             --massif-out-file=target/profile/report.massif.out target/profiling/report --seed 7"
        );
        let files = Files::new(folder, "report", Tool::Massif);
        assert_eq!(files.counts, folder.join("report.massif.counts"));
        assert_eq!(files.log, folder.join("report.massif.log"));
    }

    #[test]
    fn an_earlier_runs_files_are_cleared_first() {
        let root = std::env::temp_dir().join(format!("workshop-profile-{}", std::process::id()));
        let folder = Path::new("profile");
        std::fs::create_dir_all(root.join(folder)).unwrap();
        let files = Files::new(folder, "report", Tool::Heaptrack);
        let old = [
            "report.heaptrack.zst",
            "report.heaptrack.gz",
            "report.heaptrack.counts",
        ];
        for name in old.iter().chain(&["keep.txt"]) {
            std::fs::write(root.join(folder).join(name), "old").unwrap();
        }
        files.clear(&root);
        for name in old {
            assert!(!root.join(folder).join(name).exists(), "{name} is left");
        }
        assert!(root.join(folder).join("keep.txt").exists());
        files.clear(&root); // nothing to clear is fine
        std::fs::remove_dir_all(&root).unwrap();
    }
}
