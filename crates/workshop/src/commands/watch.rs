//! `workshop watch [MODULE]`: checks the exercise again every time a file in it is saved, on a
//! screen of its own: the module, a progress bar across all modules, each step's outcome, the
//! first failures in plain words; `h` shows the next hint, `n` moves on once a module is done,
//! `q` quits and gives the terminal back as it was. It never sits silent: where file events
//! cannot work it polls and says so, and `--manual` checks on Enter instead.

use crate::commands::{check, hint};
use crate::file_events::{self, FileEvents};
use crate::keys::{Key, Keys};
use crate::manifest::{Manifest, Module};
use crate::progress::{Progress, Status};
use crate::repository::Repository;
use crate::suite::check_report::{self, Report};
use crate::text::{self, wrap};
use anyhow::{Result, anyhow};
use crossterm::{cursor, execute, terminal};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

/// A save often arrives as several events: wait this long for the last one.
const SETTLE: Duration = Duration::from_millis(300);
/// Width of the progress bar across the modules, in cells.
const BAR: usize = 30;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The module [default: the first one not done].
    module: Option<String>,
    /// Check when you press Enter, instead of on every save (for file systems that send no
    /// file events).
    #[arg(long, conflicts_with = "poll")]
    manual: bool,
    /// Look at the files every second instead of waiting for file events.
    #[arg(long)]
    poll: bool,
}

impl Args {
    pub fn run(self, repo: &Repository) -> Result<ExitCode> {
        let start = self.module.map(|m| repo.manifest.module(&m)).transpose()?;
        let options = Options {
            manual: self.manual,
            poll: self.poll,
        };
        run(&repo.root, &repo.manifest, start, options)
    }
}

/// How to notice saves.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// No file events: check when the attendee presses Enter.
    pub manual: bool,
    /// Poll the files instead of asking for file events.
    pub poll: bool,
}

#[derive(Debug)]
enum Input {
    Saved,
    Key(Key),
}

pub fn run(
    root: &Path,
    manifest: &Manifest,
    start: Option<&Module>,
    options: Options,
) -> Result<ExitCode> {
    let mut module = start.unwrap_or_else(|| Progress::load(root).first_unfinished(root, manifest));
    let (sender, inputs) = mpsc::channel();
    let keys = {
        let sender = sender.clone();
        Keys::start(options.manual, move |key| {
            sender.send(Input::Key(key)).is_ok()
        })
    };
    let screen = Screen { raw: keys.raw };
    let mut events = watch_files(root, module, options, &sender)?;
    loop {
        screen.show(&format!("Checking {}…", module.name))?;
        let report = check::check(root, module)?;
        let mut hint_shown = None;
        loop {
            screen.show(&page(
                root,
                manifest,
                module,
                &report,
                hint_shown.as_deref(),
                &events,
            ))?;
            match next_input(&inputs)? {
                Input::Saved | Input::Key(Key::Check) => break,
                Input::Key(Key::Quit) => {
                    drop(keys); // the terminal as it was, before the last line
                    println!();
                    return Ok(ExitCode::SUCCESS);
                }
                Input::Key(Key::Hint) => {
                    let step = report.first_failing_step().unwrap_or(0);
                    let mut progress = Progress::load(root);
                    hint_shown = Some(hint::next(&mut progress, module, step));
                    progress.save(root)?;
                }
                Input::Key(Key::Next) => {
                    let next = next_module(root, manifest, module);
                    if let (true, Some(next)) = (report.done(), next) {
                        module = next;
                        events = watch_files(root, module, options, &sender)?;
                        break;
                    }
                }
            }
        }
    }
}

fn watch_files(
    root: &Path,
    module: &Module,
    options: Options,
    sender: &mpsc::Sender<Input>,
) -> Result<Option<FileEvents>> {
    if options.manual {
        return Ok(None);
    }
    let sender = sender.clone();
    let on_save = move || {
        let _ = sender.send(Input::Saved);
    };
    file_events::watch(&root.join(module.exercise()), options.poll, on_save)
        .map(Some)
        .map_err(|e| {
            anyhow!(
                "cannot watch {}: {e}\nUse {} instead: it checks when you press Enter.",
                module.exercise().display(),
                text::command(&format!("watch {} --manual", module.name))
            )
        })
}

/// The next input; several saves in a row count as one.
fn next_input(inputs: &Receiver<Input>) -> Result<Input> {
    let input = inputs.recv().map_err(|_| anyhow!("the watcher stopped"))?;
    if matches!(input, Input::Saved) {
        while let Ok(more) = inputs.recv_timeout(SETTLE) {
            if !matches!(more, Input::Saved) {
                return Ok(more);
            }
        }
    }
    Ok(input)
}

/// The next module not yet done, after `module` and round to the first.
fn next_module<'m>(root: &Path, manifest: &'m Manifest, module: &Module) -> Option<&'m Module> {
    let progress = Progress::load(root);
    manifest.next_unfinished(module, |m| progress.status(root, m) != Status::Done)
}

/// The whole screen after a check.
fn page(
    root: &Path,
    manifest: &Manifest,
    module: &Module,
    report: &Report,
    hint_shown: Option<&str>,
    events: &Option<FileEvents>,
) -> String {
    let progress = Progress::load(root);
    let done = (manifest.modules.iter())
        .filter(|m| progress.status(root, m) == Status::Done)
        .count();
    let total = manifest.modules.len();
    let filled = done * BAR / total.max(1);
    let mut out = vec![
        wrap(&format!("{}: {}", module.name, module.title), ""),
        format!(
            "[{}{}] {done} of {total} modules done",
            "■".repeat(filled),
            "□".repeat(BAR - filled)
        ),
        String::new(),
        report.render(&module.exercise()),
        String::new(),
        check_report::verdict(report, next_module(root, manifest, module)),
    ];
    if let Some(hint) = hint_shown {
        out.extend([String::new(), hint.to_string()]);
    }
    let next = if report.done() && next_module(root, manifest, module).is_some() {
        "   n: next module"
    } else {
        ""
    };
    out.push(String::new());
    out.push(match events {
        None => format!("Enter: check again   h: a hint{next}   q: quit (type, then Enter)"),
        Some(_) => format!("h: a hint{next}   q: quit   (it checks again when you save)"),
    });
    if let Some(events) = events {
        let instead = if events.how.starts_with("polling") {
            text::command("watch --manual")
        } else {
            format!(
                "{} or {}",
                text::command("watch --poll"),
                text::command("watch --manual")
            )
        };
        out.push(wrap(
            &format!(
                "Watching {} ({}). Saved and nothing happened? Quit, then {instead}.",
                module.exercise().display(),
                events.how,
            ),
            "",
        ));
    }
    out.join("\n")
}

/// The terminal: cleared before each page where it is one, with `\r\n` line ends in raw mode
/// (where `\n` alone does not return the cursor).
#[derive(Debug)]
struct Screen {
    raw: bool,
}

impl Screen {
    fn show(&self, text: &str) -> Result<()> {
        let mut out = std::io::stdout().lock();
        if out.is_terminal() {
            execute!(
                out,
                terminal::Clear(terminal::ClearType::All),
                terminal::Clear(terminal::ClearType::Purge),
                cursor::MoveTo(0, 0)
            )?;
        } else {
            writeln!(out, "\n{}", "─".repeat(text::width()))?;
        }
        let text = if self.raw {
            text.replace('\n', "\r\n")
        } else {
            text.to_string()
        };
        write!(out, "{text}{}", if self.raw { "\r\n" } else { "\n" })?;
        out.flush()?;
        Ok(())
    }
}
