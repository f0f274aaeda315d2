//! Peak resident memory on Linux, macOS and the BSDs: `getrusage` for this process, `wait4`
//! for a child as it is reaped.

use super::Ended;
use std::io;
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, ExitStatus};

/// This process's peak so far.
pub fn own_peak() -> Option<u64> {
    // SAFETY: an all-zero `rusage` is a valid value of this plain C struct of integers.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a valid, writable `rusage` that outlives the call.
    let done = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    (done == 0).then(|| max_rss_bytes(&usage))
}

/// How `child` ended, read and released without waiting, or `None` while it runs. The caller
/// calls it only until it has ended once.
pub fn reap(child: &mut Child) -> io::Result<Option<Ended>> {
    let pid = libc::pid_t::try_from(child.id()).map_err(io::Error::other)?;
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value of this plain C struct of integers.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `status` and `usage` are valid and writable for the call. `pid` is the caller's
    // own child, not yet reaped, so it names no other process. WNOHANG: it returns at once,
    // so no signal can interrupt it.
    let reaped = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
    match reaped {
        0 => Ok(None),
        -1 => Err(io::Error::last_os_error()),
        _ => Ok(Some(Ended {
            status: ExitStatus::from_raw(status),
            peak_rss: Some(max_rss_bytes(&usage)),
        })),
    }
}

/// `ru_maxrss` in bytes: Linux and the BSDs count it in KiB, macOS in bytes.
fn max_rss_bytes(usage: &libc::rusage) -> u64 {
    let unit = if cfg!(target_os = "macos") { 1 } else { 1024 };
    (usage.ru_maxrss.max(0) as u64).saturating_mul(unit)
}
