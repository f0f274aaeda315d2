//! `workshop doctor`: is this laptop ready for the workshop? It checks what the exercises need
//! (a Rust new enough for the workspace, a workspace that builds) and what is optional (git for
//! reset, dependencies downloaded for working offline, `just`, `mdbook`, heaptrack and valgrind
//! on Linux for `profile`, a .NET runtime for the comparisons, a terminal 80 columns wide, WSL's
//! Windows drives), and says what to do about each missing piece. It exits non-zero only for what blocks the exercises.

use crate::comparison::dotnet;
use crate::file_events;
use crate::manifest::{Manifest, Module};
use crate::program::output;
use crate::repository::Repository;
use crate::suite::{self, cargo};
use crate::text::{self, COLUMNS, wrap_hanging};
use anyhow::Result;
use std::path::Path;
use std::process::{ExitCode, Stdio};

/// One finding.
#[derive(Debug)]
struct Finding {
    state: State,
    text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Ok,
    /// Missing, but the exercises work without it.
    Optional,
    /// The exercises cannot run until it is fixed.
    Blocks,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Skip the check that the workspace builds.
    #[arg(long)]
    quick: bool,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        run(&repo.root, &repo.manifest, self.quick)
    }
}

pub fn run(root: &Path, manifest: &Manifest, quick: bool) -> Result<ExitCode> {
    println!("Checking this machine for the workshop…\n");
    let mut findings = vec![rust_version(root)];
    findings.push(if quick {
        Finding {
            state: State::Ok,
            text: "the workspace build was not tried (--quick)".into(),
        }
    } else {
        everything_builds(root, manifest)
    });
    findings.extend([
        disk_space(root),
        offline_ready(root),
        tool(
            "git",
            &["--version"],
            "reset and restore use it",
            "install git (https://git-scm.com)",
        ),
        tool(
            "just",
            &["--version"],
            "for the short commands",
            "pip install rust-just, or cargo install just",
        ),
        tool(
            "mdbook",
            &["--version"],
            "to read the book locally",
            "cargo install mdbook --locked",
        ),
    ]);
    if cfg!(target_os = "linux") {
        // The heap profilers `profile` runs from outside; dhat needs nothing installed.
        findings.extend([
            tool(
                "heaptrack",
                &["--version"],
                "for `cargo workshop profile --tool heaptrack`",
                "sudo apt-get install heaptrack",
            ),
            tool(
                "valgrind",
                &["--version"],
                "for `cargo workshop profile --tool massif`",
                "sudo apt-get install valgrind",
            ),
        ]);
    }
    findings.extend([dotnet(), terminal_width(), wsl_drive(root)]);
    for finding in &findings {
        let mark = match finding.state {
            State::Ok => "✓ ",
            State::Optional => "! ",
            State::Blocks => "✗ ",
        };
        println!("{}", wrap_hanging(&finding.text, mark, "  "));
    }
    let count = |state| findings.iter().filter(|f| f.state == state).count();
    let (blocks, optional) = (count(State::Blocks), count(State::Optional));
    println!();
    let verdict = if blocks > 0 {
        format!("✗ Not ready: fix what is marked ✗ above ({blocks}), then run doctor again.")
    } else if optional == 1 {
        "✓ Ready: nothing blocks the exercises. One optional piece is missing (marked !)."
            .to_string()
    } else if optional > 1 {
        format!(
            "✓ Ready: nothing blocks the exercises. {optional} optional pieces are missing \
             (marked !)."
        )
    } else {
        "✓ Ready, with everything.".to_string()
    };
    println!("{}", wrap_hanging(&verdict, "", "  "));
    Ok(if blocks > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `rustc` is at least the workspace's `rust-version`.
fn rust_version(root: &Path) -> Finding {
    let needed = std::fs::read_to_string(root.join("Cargo.toml"))
        .ok()
        .and_then(|t| t.parse::<toml::Table>().ok())
        .and_then(|t| {
            t.get("workspace")?
                .get("package")?
                .get("rust-version")?
                .as_str()
                .map(str::to_string)
        })
        .unwrap_or_else(|| "1.88".into());
    let found = output("rustc", &["--version"]);
    let version = found.as_deref().and_then(|v| v.split_whitespace().nth(1));
    match version {
        Some(version) if at_least(version, &needed) => Finding {
            state: State::Ok,
            text: format!("Rust {version} (the workshop needs {needed} or newer)"),
        },
        Some(version) => Finding {
            state: State::Blocks,
            text: format!(
                "Rust {version} is older than the {needed} the workshop needs: run `rustup \
                 update stable`"
            ),
        },
        None => Finding {
            state: State::Blocks,
            text: "no Rust toolchain found: install it from https://rustup.rs".into(),
        },
    }
}

/// Whether `version` (like `1.95.0`) is at least `needed` (like `1.88`).
fn at_least(version: &str, needed: &str) -> bool {
    let parts =
        |v: &str| -> Vec<u64> { v.split(['.', '-']).map_while(|p| p.parse().ok()).collect() };
    parts(version) >= parts(needed)
}

/// What the day builds, built now, exactly as `demo` and `check` build it (the same cargo
/// command, so the same features): the demos, and each exercise's tests. After this, the first
/// `check` of every module compiles no dependency.
fn everything_builds(root: &Path, manifest: &Manifest) -> Finding {
    let modules: Vec<&Module> = manifest.modules.iter().collect();
    let mut broken = Vec::new();
    if crate::commands::demo::build(root, &modules).is_err() {
        broken.push("the demos".to_string());
    }
    let mut first_exercise = None;
    for module in &modules {
        let label = format!("Building the tests of {}", module.name);
        let built = suite::build(root, &module.exercise(), None, &label);
        if !built.is_ok_and(|build| build.success) {
            broken.push(module.name.clone());
            first_exercise.get_or_insert(&module.name);
        }
    }
    if broken.is_empty() {
        return Finding {
            state: State::Ok,
            text: "the demos and every exercise's tests build".into(),
        };
    }
    let why = match first_exercise {
        Some(name) => format!(
            " An exercise you have edited may not compile yet, which is expected:\n{}\nshows why.",
            text::command(&format!("check {name}"))
        ),
        None => String::new(),
    };
    Finding {
        state: State::Blocks,
        text: format!("these do not build: {}.{why}", broken.join(", ")),
    }
}

/// Below this much free space where `target/` is, the next builds may fill the disk (a day's
/// builds take a few GiB).
const SHORT_OF_SPACE: u64 = 5 << 30;

/// What the builds take in `target/`, and what is left on its disk.
fn disk_space(root: &Path) -> Finding {
    let target = root.join("target");
    let used: u64 = crate::files::under(&target)
        .unwrap_or_default()
        .iter()
        .filter_map(|file| target.join(file).metadata().ok())
        .map(|metadata| metadata.len())
        .sum();
    let place = target.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let disks = sysinfo::Disks::new_with_refreshed_list();
    let free = disks
        .list()
        .iter()
        .filter(|disk| place.starts_with(disk.mount_point()))
        .max_by_key(|disk| disk.mount_point().as_os_str().len())
        .map(sysinfo::Disk::available_space);
    let gib = |bytes: u64| format!("{:.1} GiB", bytes as f64 / f64::from(1u32 << 30));
    let taken = format!("the builds in target/ take {}", gib(used));
    match free {
        Some(free) if free < SHORT_OF_SPACE => Finding {
            state: State::Optional,
            text: format!(
                "{taken}, and only {} is free on its disk: the day's builds take a few GiB \
                 more. Free some space, or `cargo clean` drops the builds (the next one takes \
                 minutes).",
                gib(free)
            ),
        },
        Some(free) => Finding {
            state: State::Ok,
            text: format!("{taken}; {} free on its disk", gib(free)),
        },
        None => Finding {
            state: State::Ok,
            text: taken,
        },
    }
}

/// Every dependency this machine builds is downloaded, so the workshop works without a network.
fn offline_ready(root: &Path) -> Finding {
    let host = output("rustc", &["-vV"])
        .and_then(|v| {
            Some(
                v.lines()
                    .find_map(|l| l.strip_prefix("host: "))?
                    .to_string(),
            )
        })
        .unwrap_or_default();
    let ready = cargo::command(root)
        .args(["metadata", "--offline", "--format-version", "1", "--quiet"])
        .args(["--filter-platform", &host])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ready {
        Finding {
            state: State::Ok,
            text: "every dependency is downloaded: the workshop works offline".into(),
        }
    } else {
        Finding {
            state: State::Optional,
            text: "some dependencies are not downloaded yet: run `cargo fetch` while you are \
                   online"
                .into(),
        }
    }
}

/// An optional program: its version when found, how to install it when not.
fn tool(program: &str, args: &[&str], what_for: &str, install: &str) -> Finding {
    match output(program, args) {
        Some(version) => Finding {
            state: State::Ok,
            text: format!("{} ({what_for})", first_line(&version)),
        },
        None => Finding {
            state: State::Optional,
            text: format!("{program} not found ({what_for}). Install: {install}"),
        },
    }
}

/// The .NET runtime `compare` would use (the same search), or how to install one.
fn dotnet() -> Finding {
    match dotnet::find(None, None) {
        Ok(runtime) => Finding {
            state: State::Ok,
            text: format!("{} (for {})", runtime.describe(), text::command("compare")),
        },
        Err(_) => Finding {
            state: State::Optional,
            text: format!(
                "no .NET runtime found (for {}, which runs the C# twins). Install the .NET \
                 SDK (https://dot.net), or Mono (Debian/Ubuntu: apt install mono-mcs \
                 mono-runtime)",
                text::command("compare")
            ),
        },
    }
}

/// The demos and the workshop print 80 columns: a narrower terminal wraps them.
fn terminal_width() -> Finding {
    match crossterm::terminal::size() {
        Ok((width, _)) if usize::from(width) < COLUMNS => Finding {
            state: State::Optional,
            text: format!(
                "this terminal is {width} columns wide; the workshop prints {COLUMNS}: widen \
                 it, or make the font smaller"
            ),
        },
        Ok((width, _)) => Finding {
            state: State::Ok,
            text: format!("the terminal is {width} columns wide ({COLUMNS} needed)"),
        },
        Err(_) => Finding {
            state: State::Ok,
            text: "not a terminal: its width was not checked".into(),
        },
    }
}

/// On WSL, a repository on a Windows drive gets no file events (and builds slowly).
fn wsl_drive(root: &Path) -> Finding {
    if file_events::on_windows_drive_under_wsl(root) {
        Finding {
            state: State::Optional,
            text: format!(
                "the repository is on a Windows drive under WSL ({}): file events do not \
                 arrive there, so {} polls the files, and builds are slower. Cloning it into \
                 your Linux home (~/) avoids both.",
                root.display(),
                text::command("watch")
            ),
        }
    } else if file_events::is_wsl() {
        Finding {
            state: State::Ok,
            text: "WSL, with the repository on the Linux file system: file events work".into(),
        }
    } else {
        Finding {
            state: State::Ok,
            text: format!("{}: file events work for watch", std::env::consts::OS),
        }
    }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default().trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_by_number() {
        assert!(at_least("1.95.0", "1.88"));
        assert!(at_least("1.88.0", "1.88"));
        assert!(!at_least("1.87.1", "1.88"));
        assert!(at_least("1.100.0", "1.88"));
        assert!(at_least("1.90.0-nightly", "1.88"));
    }

    #[test]
    fn a_missing_program_is_optional_with_how_to_install_it() {
        let missing = tool("no-such-program-here", &[], "for nothing", "do not");
        assert_eq!(missing.state, State::Optional);
        assert!(missing.text.contains("not found") && missing.text.contains("Install: do not"));
    }
}
