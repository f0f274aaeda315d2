//! Runs a program while watching it from outside: its resident memory sampled 20 times a
//! second and its CPU time, through `sysinfo` (Linux, macOS and Windows alike), the same way
//! for a Rust demo and for a .NET twin, so neither side measures itself.

use anyhow::{Context, Result, bail};
use std::io::{IsTerminal, Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use sysinfo::{Pid, ProcessRefreshKind, ProcessesToUpdate, System};

/// Time between two samples.
pub const EVERY: Duration = Duration::from_millis(50);

/// What a sampled run gave.
#[derive(Debug, Clone, Default)]
pub struct Sampled {
    /// Its standard output.
    pub output: String,
    /// (seconds since the start, resident bytes), one per sample.
    pub rss: Vec<(f64, u64)>,
    /// CPU time, all threads, at the last sample before it ended.
    pub cpu: Duration,
    pub wall: Duration,
}

impl Sampled {
    pub fn peak_rss(&self) -> Option<u64> {
        self.rss.iter().map(|&(_, bytes)| bytes).max()
    }

    pub fn mean_rss(&self) -> Option<u64> {
        let count = self.rss.len() as u64;
        (count > 0).then(|| self.rss.iter().map(|&(_, bytes)| bytes).sum::<u64>() / count)
    }
}

/// Runs `command` to its end (stopping it after `limit`), sampling it; `label` names it in the
/// progress line. Fails, with the program's own error output, when it fails.
pub fn run(mut command: Command, label: &str, limit: Duration) -> Result<Sampled> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start {label}"))?;
    let read = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text
        })
    };
    let stdout = read(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = read(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );

    let pid = Pid::from_u32(child.id());
    let mut system = System::new();
    let kind = ProcessRefreshKind::nothing().with_memory().with_cpu();
    let live = std::io::stderr().is_terminal();
    let started = Instant::now();
    let mut sampled = Sampled::default();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        let elapsed = started.elapsed();
        if elapsed > limit {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "{label} ran longer than {} s and was stopped",
                limit.as_secs()
            );
        }
        system.refresh_processes_specifics(ProcessesToUpdate::Some(&[pid]), true, kind);
        if let Some(process) = system.process(pid) {
            sampled.rss.push((elapsed.as_secs_f64(), process.memory()));
            sampled.cpu = Duration::from_millis(process.accumulated_cpu_time());
        }
        if live {
            eprint!("\r  {label}: {:.0} s", elapsed.as_secs_f64());
            let _ = std::io::stderr().flush();
        }
        std::thread::sleep(EVERY);
    };
    sampled.wall = started.elapsed();
    if live {
        eprintln!("\r  {label}: done in {:.1} s", sampled.wall.as_secs_f64());
    } else {
        eprintln!("  {label}: done in {:.1} s", sampled.wall.as_secs_f64());
    }
    sampled.output = stdout.join().unwrap_or_default();
    let errors = stderr.join().unwrap_or_default();
    if !status.success() {
        bail!("{label} failed ({status}):\n{}", errors.trim_end());
    }
    Ok(sampled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn means_and_peaks_of_the_samples() {
        let sampled = Sampled {
            rss: vec![(0.0, 10), (0.05, 30), (0.1, 20)],
            ..Sampled::default()
        };
        assert_eq!(
            (sampled.peak_rss(), sampled.mean_rss()),
            (Some(30), Some(20))
        );
        assert_eq!(Sampled::default().mean_rss(), None);
    }

    #[test]
    fn samples_a_running_program_and_keeps_its_output() {
        // This test binary itself, listing its tests: quick, and on every platform.
        let mut command = Command::new(std::env::current_exe().unwrap());
        command.arg("--list");
        let sampled = run(command, "a test program", Duration::from_secs(30)).unwrap();
        assert!(sampled.output.contains(": test"), "{}", sampled.output);
        let failing = Command::new(std::env::current_exe().unwrap());
        let mut failing = failing;
        failing.arg("--no-such-flag");
        assert!(run(failing, "a failing program", Duration::from_secs(30)).is_err());
    }
}
