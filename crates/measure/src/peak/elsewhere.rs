//! On a platform other than Unix and Windows: no record of a peak, and a child's end as std
//! reports it.

use super::Ended;
use std::io;
use std::process::Child;

/// Unknown here.
pub fn own_peak() -> Option<u64> {
    None
}

/// How `child` ended, without waiting, or `None` while it runs; its peak unknown.
pub fn reap(child: &mut Child) -> io::Result<Option<Ended>> {
    Ok(child.try_wait()?.map(|status| Ended {
        status,
        peak_rss: None,
    }))
}
