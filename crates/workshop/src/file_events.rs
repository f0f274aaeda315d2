//! Saves in an exercise's folder, as events on a channel, for `watch`. Native file events
//! (inotify, FSEvents, ReadDirectoryChangesW) where they work; polling where they cannot start
//! or are known not to arrive: a repository on a Windows drive under WSL (`/mnt/c/…`), whose
//! edits made from Windows never reach inotify.

use notify::{Config, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};
use std::path::Path;
use std::time::Duration;

/// How often the polling watcher looks at the files.
pub const POLL_EVERY: Duration = Duration::from_secs(1);

/// A running watcher (it stops when dropped) and how it watches, in words.
pub struct FileEvents {
    _watcher: Box<dyn Watcher>,
    pub how: String,
}

impl std::fmt::Debug for FileEvents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileEvents")
            .field("how", &self.how)
            .finish()
    }
}

/// Calls `changed` whenever a `.rs` or `.toml` file under `dir` changes. Polls when `poll` is
/// set, on WSL's Windows drives, or when native events cannot start; `Err` when neither can
/// watch `dir`.
pub fn watch(
    dir: &Path,
    poll: bool,
    changed: impl Fn() + Clone + Send + 'static,
) -> Result<FileEvents, String> {
    let handler = move |event: notify::Result<notify::Event>| {
        let relevant = event.is_ok_and(|e| {
            !e.kind.is_access()
                && e.paths
                    .iter()
                    .any(|p| p.extension().is_some_and(|x| x == "rs" || x == "toml"))
        });
        if relevant {
            changed();
        }
    };
    let poll_reason = if poll {
        Some("you asked for polling (--poll)".to_string())
    } else {
        on_windows_drive_under_wsl(dir).then(|| {
            "the repository is on a Windows drive under WSL, where file events do not arrive"
                .to_string()
        })
    };
    if poll_reason.is_none() {
        let native =
            RecommendedWatcher::new(handler.clone(), Config::default()).and_then(|mut w| {
                w.watch(dir, RecursiveMode::Recursive)?;
                Ok(w)
            });
        match native {
            Ok(watcher) => {
                return Ok(FileEvents {
                    _watcher: Box::new(watcher),
                    how: "file events".to_string(),
                });
            }
            Err(error) => return poll_with(dir, handler, &format!("file events failed: {error}")),
        }
    }
    poll_with(dir, handler, &poll_reason.unwrap_or_default())
}

fn poll_with<F>(dir: &Path, handler: F, reason: &str) -> Result<FileEvents, String>
where
    F: notify::EventHandler,
{
    let config = Config::default()
        .with_poll_interval(POLL_EVERY)
        .with_compare_contents(true);
    let mut watcher = PollWatcher::new(handler, config).map_err(|e| e.to_string())?;
    watcher
        .watch(dir, RecursiveMode::Recursive)
        .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
    Ok(FileEvents {
        _watcher: Box::new(watcher),
        how: format!("polling every {} s: {reason}", POLL_EVERY.as_secs()),
    })
}

/// Whether `dir` is on a Windows drive mounted into WSL (`/mnt/c/…`): `watch` polls there, and
/// `doctor` says so.
pub fn on_windows_drive_under_wsl(dir: &Path) -> bool {
    is_wsl() && is_windows_drive_mount(dir)
}

/// `/mnt/<letter>/…`: where WSL mounts Windows drives.
fn is_windows_drive_mount(dir: &Path) -> bool {
    let mut parts = dir.components().skip(1);
    parts.next().is_some_and(|p| p.as_os_str() == "mnt")
        && parts.next().is_some_and(|p| {
            let p = p.as_os_str().to_string_lossy();
            p.len() == 1 && p.chars().all(|c| c.is_ascii_alphabetic())
        })
}

/// Whether this is Linux under WSL (its kernel release names Microsoft).
pub fn is_wsl() -> bool {
    #[cfg(target_os = "linux")]
    {
        std::env::var_os("WSL_DISTRO_NAME").is_some()
            || std::fs::read_to_string("/proc/sys/kernel/osrelease")
                .is_ok_and(|r| r.to_lowercase().contains("microsoft"))
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn windows_drives_are_mnt_and_one_letter() {
        assert!(is_windows_drive_mount(Path::new(
            "/mnt/c/Users/me/workshop"
        )));
        assert!(is_windows_drive_mount(Path::new("/mnt/D")));
        assert!(!is_windows_drive_mount(Path::new("/mnt/data/workshop")));
        assert!(!is_windows_drive_mount(Path::new("/home/me/mnt/c")));
    }

    #[test]
    fn polling_sees_a_saved_file() {
        let dir = std::env::temp_dir().join(format!("workshop-watch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("lib.rs"), "one").unwrap();
        let (tx, rx) = mpsc::channel();
        let events = watch(&dir, true, move || {
            let _ = tx.send(());
        })
        .unwrap();
        assert!(events.how.starts_with("polling"), "{}", events.how);
        std::thread::sleep(POLL_EVERY + Duration::from_millis(200));
        std::fs::write(dir.join("lib.rs"), "two, longer").unwrap();
        let seen = rx.recv_timeout(POLL_EVERY * 5);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(seen.is_ok(), "no event within {:?}", POLL_EVERY * 5);
    }
}
