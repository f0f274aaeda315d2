//! Peak resident memory, from the operating system's own record rather than from samples: a
//! process's high-water mark, which no sampling can miss however fast memory moves.
//!
//! - [`peak_rss`]: this process's peak so far (`getrusage` on Linux and macOS, the peak
//!   working set on Windows).
//! - [`Watched`]: a child process run to its end, whose peak the system hands over as it ends
//!   (`wait4` on Linux and macOS, the peak working set on Windows): what `/usr/bin/time -v`
//!   reports as its "Maximum resident set size".
//!
//! On Linux a child's record starts from its parent's: a child started by `vfork` (what
//! `posix_spawn`, and so `Command::spawn`, use) inherits the parent's peak, and one started by
//! `fork` the parent's anonymous memory at that moment. So [`Watched::spawn`] forks, and the
//! parent should hold little when it does (`/usr/bin/time` is such a parent: about 1 MiB).

// The operating system's side, one file each; the other platforms' files are not compiled
// here, so .cargo/mutants.toml leaves them out of mutation testing.
#[cfg(unix)]
#[path = "unix.rs"]
mod platform;
#[cfg(windows)]
#[path = "windows.rs"]
mod platform;
#[cfg(not(any(unix, windows)))]
#[path = "elsewhere.rs"]
mod platform;

use std::io;
use std::process::{Child, Command, ExitStatus};

/// This process's peak resident memory so far, in bytes, or `None` where the platform cannot
/// tell.
pub fn peak_rss() -> Option<u64> {
    platform::own_peak()
}

/// How a watched child ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ended {
    pub status: ExitStatus,
    /// Its peak resident memory in bytes, as the system recorded it (`None` where it cannot
    /// tell).
    pub peak_rss: Option<u64>,
}

/// A child process watched to its end. Once it has ended, the child is gone (the system's
/// record of it is read and released): use [`Watched::child`] only for its pipes and its id
/// before then.
#[derive(Debug)]
pub struct Watched {
    child: Child,
    ended: Option<Ended>,
}

impl Watched {
    /// Starts `command`, with `fork` on Linux and macOS (see the module's documentation).
    pub fn spawn(command: &mut Command) -> io::Result<Self> {
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            // SAFETY: the closure runs in the child between fork and exec, where only
            // async-signal-safe calls are allowed; it calls nothing. Having one makes std
            // fork instead of using posix_spawn.
            unsafe { command.pre_exec(|| Ok(())) };
        }
        let child = command.spawn()?;
        Ok(Self { child, ended: None })
    }

    /// The child, for its pipes and its id.
    pub fn child(&mut self) -> &mut Child {
        &mut self.child
    }

    /// How it ended, or `None` while it runs. Does not wait.
    pub fn try_wait(&mut self) -> io::Result<Option<Ended>> {
        if self.ended.is_none() {
            self.ended = self.reap()?;
        }
        Ok(self.ended)
    }

    /// Waits for it to end, looking every few milliseconds.
    pub fn wait(&mut self) -> io::Result<Ended> {
        loop {
            if let Some(ended) = self.try_wait()? {
                return Ok(ended);
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// Stops it, if it still runs, and waits for it.
    pub fn kill(&mut self) -> io::Result<Ended> {
        if self.ended.is_none() {
            self.child.kill()?;
        }
        self.wait()
    }

    /// How it ended, read (and released) without waiting, or `None` while it runs.
    fn reap(&mut self) -> io::Result<Option<Ended>> {
        platform::reap(&mut self.child)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    const MIB: u64 = 1024 * 1024;

    /// How long a test waits for a child that should end at once, before failing. The tests
    /// that spawn children take turns (they hold `RSS_TESTS`), so all of them failing this way
    /// still ends well within a minute and a half.
    const PATIENCE: Duration = Duration::from_secs(20);

    /// Under valgrind (CI runs these tests under it) this process holds valgrind's own memory,
    /// which a forked child's record starts from: the bounds that rest on a small parent are
    /// checked only without it.
    fn small_parent() -> bool {
        !std::env::var("LD_PRELOAD").is_ok_and(|preload| preload.contains("vgpreload"))
    }

    /// What the helper below touches when this test binary runs it as a child.
    const TOUCHED_MIB: &str = "MEASURE_PEAK_TOUCH_MIB";

    /// Run as a child by the tests below (ignored otherwise): writes every page of
    /// `TOUCHED_MIB` MiB, frees them, and ends; or sleeps for a minute without it.
    #[test]
    #[ignore = "a child process of the tests below"]
    fn touch_memory_then_end() {
        match std::env::var(TOUCHED_MIB) {
            Ok(mib) => {
                let bytes = mib.parse::<usize>().unwrap() * MIB as usize;
                drop(std::hint::black_box(vec![1u8; bytes]));
            }
            Err(_) => std::thread::sleep(Duration::from_secs(60)),
        }
    }

    /// `how` (a wait or a kill) on another thread, failing after [`PATIENCE`] rather than
    /// hanging when it never returns.
    fn in_time(mut watched: Watched, how: fn(&mut Watched) -> io::Result<Ended>) -> Ended {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || sender.send(how(&mut watched)));
        let ended = receiver.recv_timeout(PATIENCE);
        ended.expect("it ended in time").unwrap()
    }

    fn helper(touch_mib: Option<u64>) -> Watched {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args(["--exact", "peak::tests::touch_memory_then_end", "--ignored"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(mib) = touch_mib {
            command.env(TOUCHED_MIB, mib.to_string());
        }
        Watched::spawn(&mut command).unwrap()
    }

    #[test]
    fn a_child_s_peak_is_what_it_touched_though_it_freed_it_before_ending() {
        let _alone = crate::RSS_TESTS.lock();
        let mut watched = helper(Some(96));
        let started = Instant::now();
        let ended = loop {
            if let Some(ended) = watched.try_wait().unwrap() {
                break ended;
            }
            assert!(started.elapsed() < PATIENCE, "never ended");
            std::thread::sleep(Duration::from_millis(5));
        };
        assert!(ended.status.success(), "{ended:?}");
        let peak = ended.peak_rss.expect("the platform records a child's peak");
        assert!(
            peak >= 96 * MIB && (peak < 96 * MIB + 64 * MIB || !small_parent()),
            "peak {peak} B with 96 MiB touched"
        );
        assert_eq!(watched.try_wait().unwrap(), Some(ended), "it stays ended");
        assert_eq!(watched.wait().unwrap(), ended);
        assert_eq!(
            watched.kill().unwrap(),
            ended,
            "an ended child is not killed"
        );
    }

    #[test]
    fn waiting_blocks_until_the_end_and_killing_stops_a_running_child() {
        let _alone = crate::RSS_TESTS.lock();
        let small = in_time(helper(Some(1)), Watched::wait);
        assert!(small.status.success());
        assert!(
            small
                .peak_rss
                .is_some_and(|peak| peak < 64 * MIB || !small_parent()),
            "{small:?}"
        );
        let mut sleeping = helper(None);
        assert_eq!(sleeping.try_wait().unwrap(), None, "still asleep");
        let started = Instant::now();
        let killed = in_time(sleeping, Watched::kill);
        assert!(!killed.status.success(), "{killed:?}");
        assert!(started.elapsed() < Duration::from_secs(30));
    }

    #[test]
    fn a_child_reaped_elsewhere_is_an_error_not_an_end() {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command.arg("--list").stdout(Stdio::null());
        let mut child = command.spawn().unwrap();
        child.wait().unwrap(); // std reaps it: the system has nothing left to tell
        let mut watched = Watched { child, ended: None };
        assert!(watched.try_wait().is_err(), "{watched:?}");
    }

    #[test]
    fn a_child_s_peak_is_not_its_parent_s() {
        let _alone = crate::RSS_TESTS.lock();
        // This process has held 128 MiB (given back to the system at once: an allocation this
        // big is a mapping of its own): a child touching 1 MiB peaks far below.
        drop(std::hint::black_box(vec![1u8; 128 * MIB as usize]));
        assert!(peak_rss().is_some_and(|peak| peak >= 128 * MIB));
        let child = in_time(helper(Some(1)), Watched::wait);
        let peak = child.peak_rss.expect("a record");
        let parent = peak_rss().expect("a record");
        assert!(
            peak + 64 * MIB < parent,
            "the child peaked at {peak} B, this process at {parent} B"
        );
        assert!(
            peak < 64 * MIB || !small_parent(),
            "the child peaked at {peak} B"
        );
    }

    #[test]
    fn this_process_s_peak_is_at_least_what_it_holds_now() {
        let _alone = crate::RSS_TESTS.lock();
        let touched = std::hint::black_box(vec![1u8; 64 * MIB as usize]);
        let now = crate::rss().expect("memory-stats reads RSS here");
        let peak = peak_rss().expect("the platform records a peak");
        // The two are read from counters the kernel updates apart: allow a page or so.
        assert!(
            peak + MIB >= now && now >= 64 * MIB,
            "peak {peak} B, now {now} B"
        );
        assert!(peak < now + 1024 * MIB, "peak {peak} B, now {now} B");
        drop(touched);
    }
}
