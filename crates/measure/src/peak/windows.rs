//! Peak resident memory on Windows: the process's peak working set, for this process and for
//! a child once it has ended (its process object lives on while the child's handle is open).

use super::Ended;
use std::io;
use std::os::windows::io::AsRawHandle;
use std::process::Child;
use windows_sys::Win32::Foundation::HANDLE;
use windows_sys::Win32::System::ProcessStatus::{GetProcessMemoryInfo, PROCESS_MEMORY_COUNTERS};
use windows_sys::Win32::System::Threading::GetCurrentProcess;

/// This process's peak so far.
pub fn own_peak() -> Option<u64> {
    // SAFETY: the pseudo-handle of the current process is always valid.
    peak_working_set(unsafe { GetCurrentProcess() })
}

/// How `child` ended, without waiting, or `None` while it runs.
pub fn reap(child: &mut Child) -> io::Result<Option<Ended>> {
    Ok(child.try_wait()?.map(|status| Ended {
        status,
        peak_rss: peak_working_set(child.as_raw_handle() as _),
    }))
}

/// The peak working set of the process behind `process`, in bytes.
fn peak_working_set(process: HANDLE) -> Option<u64> {
    let mut counters = std::mem::MaybeUninit::<PROCESS_MEMORY_COUNTERS>::uninit();
    let size = std::mem::size_of::<PROCESS_MEMORY_COUNTERS>() as u32;
    // SAFETY: `process` is a valid process handle (the caller's) and `counters` is writable
    // for `size` bytes.
    let done = unsafe { GetProcessMemoryInfo(process, counters.as_mut_ptr(), size) };
    // SAFETY: the call succeeded, so it filled `counters`.
    (done != 0).then(|| unsafe { counters.assume_init() }.PeakWorkingSetSize as u64)
}
