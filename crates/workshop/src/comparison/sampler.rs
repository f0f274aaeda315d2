//! Runs a program while watching it from outside: its resident memory sampled 20 times a
//! second and its CPU time, through `sysinfo` (Linux, macOS and Windows alike), its resident
//! memory at the moment its measured work starts, and its peak as the operating system
//! recorded it ([`measure::Watched`]), the same way for a Rust demo and for a .NET twin, so
//! neither side measures itself.
//!
//! The moment the work starts: with `--report`, a program prints `@ready` just before its
//! measured work and waits for a line on its standard input; the reading is taken then,
//! while nothing moves, and the line sent.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};
use sysinfo::{Pid, ProcessRefreshKind, ProcessesToUpdate, System};

/// Time between two samples.
pub const EVERY: Duration = Duration::from_millis(50);

/// The line a program prints when its measured work is about to start.
const READY: &str = "@ready";

/// What a watched run gave.
#[derive(Debug, Clone, Default)]
pub struct Sampled {
    /// Its standard output.
    pub output: String,
    /// (seconds since the start, resident bytes), one per sample.
    pub rss: Vec<(f64, u64)>,
    /// (seconds since the start, resident bytes) when its measured work started, if it said.
    pub work_starts: Option<(f64, u64)>,
    /// Its peak resident memory, as the operating system recorded it.
    pub peak_rss: Option<u64>,
    /// CPU time, all threads, at the last sample before it ended.
    pub cpu: Duration,
    pub wall: Duration,
}

impl Sampled {
    /// The mean of the samples taken during the measured work (all of them, when the program
    /// did not say when it started).
    pub fn mean_rss(&self) -> Option<u64> {
        let from = self.work_starts.map_or(0.0, |(at, _)| at);
        let during: Vec<u64> = (self.rss.iter())
            .filter(|&&(at, _)| at >= from)
            .map(|&(_, bytes)| bytes)
            .collect();
        let count = during.len() as u64;
        (count > 0).then(|| during.iter().sum::<u64>() / count)
    }

    /// Resident memory when the measured work started.
    pub fn start_rss(&self) -> Option<u64> {
        self.work_starts.map(|(_, bytes)| bytes)
    }

    /// How far the peak rose above the start of the work.
    pub fn peak_above_start(&self) -> Option<u64> {
        Some(self.peak_rss?.saturating_sub(self.start_rss()?))
    }
}

/// Runs `command` to its end (stopping it after `limit`), watching it; `label` names it in the
/// progress line. Fails, with the program's own error output, when it fails.
pub fn run(mut command: Command, label: &str, limit: Duration) -> Result<Sampled> {
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut watched =
        measure::Watched::spawn(&mut command).with_context(|| format!("cannot start {label}"))?;
    let child = watched.child();
    let mut stdin = child.stdin.take();
    let (ready_tx, ready_rx) = mpsc::channel();
    let stdout = child.stdout.take().map(BufReader::new);
    let stdout = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(lines) = stdout {
            for line in lines.lines() {
                let Ok(line) = line else { break };
                if line == READY {
                    let _ = ready_tx.send(());
                }
                text.push_str(&line);
                text.push('\n');
            }
        }
        text
    });
    let stderr = child.stderr.take();
    let stderr = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut pipe) = stderr {
            let _ = pipe.read_to_string(&mut text);
        }
        text
    });

    let pid = Pid::from_u32(child.id());
    let mut system = System::new();
    let kind = ProcessRefreshKind::nothing().with_memory().with_cpu();
    let sample = |system: &mut System| {
        system.refresh_processes_specifics(ProcessesToUpdate::Some(&[pid]), true, kind);
        (system.process(pid)).map(|p| (p.memory(), p.accumulated_cpu_time()))
    };
    let live = std::io::stderr().is_terminal();
    let started = Instant::now();
    let mut sampled = Sampled::default();
    let mut ready = Some(ready_rx);
    let ended = loop {
        if let Some(ended) = watched.try_wait()? {
            break ended;
        }
        let elapsed = started.elapsed();
        if elapsed > limit {
            let _ = watched.kill();
            bail!(
                "{label} ran longer than {} s and was stopped",
                limit.as_secs()
            );
        }
        // A process that has not started yet, or has just ended, has no memory to show.
        if let Some((bytes, cpu)) = sample(&mut system).filter(|&(bytes, _)| bytes > 0) {
            sampled.rss.push((elapsed.as_secs_f64(), bytes));
            sampled.cpu = Duration::from_millis(cpu);
        }
        if live {
            eprint!("\r  {label}: {:.0} s", elapsed.as_secs_f64());
            let _ = std::io::stderr().flush();
        }
        match ready.as_ref().map(|rx| rx.recv_timeout(EVERY)) {
            Some(Ok(())) => {
                // It waits for the line: read its memory while nothing moves, then send it.
                let at = started.elapsed().as_secs_f64();
                if let Some((bytes, _)) = sample(&mut system) {
                    sampled.work_starts.get_or_insert((at, bytes));
                }
                if let Some(mut pipe) = stdin.take() {
                    let _ = pipe.write_all(b"go\n");
                }
            }
            Some(Err(RecvTimeoutError::Timeout)) => {}
            Some(Err(RecvTimeoutError::Disconnected)) => {
                ready = None; // its output has ended
                std::thread::sleep(EVERY);
            }
            None => std::thread::sleep(EVERY),
        }
    };
    sampled.wall = started.elapsed();
    sampled.peak_rss = ended.peak_rss;
    if live {
        eprintln!("\r  {label}: done in {:.1} s", sampled.wall.as_secs_f64());
    } else {
        eprintln!("  {label}: done in {:.1} s", sampled.wall.as_secs_f64());
    }
    drop(stdin);
    sampled.output = stdout.join().unwrap_or_default();
    let errors = stderr.join().unwrap_or_default();
    if !ended.status.success() {
        bail!("{label} failed ({}):\n{}", ended.status, errors.trim_end());
    }
    Ok(sampled)
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mean_covers_the_work_and_the_peak_is_measured_from_its_start() {
        let mut sampled = Sampled {
            rss: vec![(0.0, 10), (0.05, 30), (0.1, 20), (0.15, 40)],
            ..Sampled::default()
        };
        assert_eq!(sampled.mean_rss(), Some(25), "no start known: every sample");
        assert_eq!(
            (sampled.start_rss(), sampled.peak_above_start()),
            (None, None)
        );
        sampled.work_starts = Some((0.1, 18));
        sampled.peak_rss = Some(50);
        assert_eq!(sampled.mean_rss(), Some(30), "the samples from 0.1 s on");
        assert_eq!(sampled.start_rss(), Some(18));
        assert_eq!(sampled.peak_above_start(), Some(32));
        sampled.peak_rss = Some(12);
        assert_eq!(sampled.peak_above_start(), Some(0), "never below nothing");
        assert_eq!(Sampled::default().mean_rss(), None);
    }

    /// Run as a child by the test below (ignored otherwise): says it is ready, waits for the
    /// go-ahead on its standard input, then says it went on.
    #[test]
    #[ignore = "a child process of the test below"]
    fn ready_then_wait() {
        println!("{READY}");
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).unwrap();
        println!("went on after {line:?}");
    }

    #[test]
    fn reads_the_memory_when_the_program_is_ready_then_lets_it_go_on() {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command.args([
            "--exact",
            "comparison::sampler::tests::ready_then_wait",
            "--ignored",
            "--nocapture",
        ]);
        let sampled = run(command, "a waiting program", Duration::from_secs(30)).unwrap();
        assert!(
            sampled.output.contains("went on after \"go\\n\""),
            "{}",
            sampled.output
        );
        let (at, bytes) = sampled.work_starts.expect("read when it was ready");
        assert!(at < sampled.wall.as_secs_f64() && bytes > 0, "{sampled:?}");
        let peak = sampled.peak_rss.expect("the system's record");
        // Two counters the kernel keeps apart (per thread, then summed): a page or so apart.
        assert!(peak + (1 << 20) >= bytes, "{sampled:?}");
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
