//! Single keys for `watch` (`h` for a hint, `q` to quit), read on their own thread and sent on
//! a channel. On a terminal they arrive without Enter (raw mode, restored when [`Keys`] is
//! dropped, on a panic too); elsewhere, or with `--manual`, a line at a time, where an empty
//! line (Enter) asks for a check.

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::terminal;
use std::io::{BufRead, IsTerminal};

/// What the attendee asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Hint,
    Next,
    Check,
    Quit,
}

/// Reads keys until dropped; in raw mode while it lives.
#[derive(Debug)]
pub struct Keys {
    pub raw: bool,
}

impl Keys {
    /// Starts reading keys, calling `pressed` with each until it returns false. Raw mode when
    /// stdin is a terminal and `lines` is false.
    pub fn start(lines: bool, pressed: impl Fn(Key) -> bool + Send + 'static) -> Self {
        let raw = !lines && std::io::stdin().is_terminal() && terminal::enable_raw_mode().is_ok();
        if raw {
            std::thread::spawn(move || {
                while let Ok(event) = event::read() {
                    if let Some(key) = from_event(&event)
                        && (!pressed(key) || key == Key::Quit)
                    {
                        break;
                    }
                }
            });
        } else {
            std::thread::spawn(move || {
                for line in std::io::stdin().lock().lines() {
                    let Some(key) = line.ok().and_then(|l| from_line(&l)) else {
                        continue;
                    };
                    if !pressed(key) {
                        break;
                    }
                }
                // End of input is not a request to quit: the files are still watched.
            });
        }
        Self { raw }
    }
}

impl Drop for Keys {
    fn drop(&mut self) {
        if self.raw {
            let _ = terminal::disable_raw_mode();
        }
    }
}

fn from_event(event: &Event) -> Option<Key> {
    let Event::Key(KeyEvent {
        code,
        modifiers,
        kind: KeyEventKind::Press,
        ..
    }) = event
    else {
        return None;
    };
    match code {
        KeyCode::Char('c') if modifiers.contains(KeyModifiers::CONTROL) => Some(Key::Quit),
        KeyCode::Char(c) => from_line(&c.to_string()),
        KeyCode::Enter => Some(Key::Check),
        KeyCode::Esc => Some(Key::Quit),
        _ => None,
    }
}

fn from_line(line: &str) -> Option<Key> {
    match line.trim().to_ascii_lowercase().as_str() {
        "" | "c" => Some(Key::Check),
        "h" => Some(Key::Hint),
        "n" => Some(Key::Next),
        "q" => Some(Key::Quit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_lines_mean_the_same() {
        assert_eq!(from_line(""), Some(Key::Check));
        assert_eq!(from_line(" H "), Some(Key::Hint));
        assert_eq!(from_line("q"), Some(Key::Quit));
        assert_eq!(from_line("n"), Some(Key::Next));
        assert_eq!(from_line("x"), None);
        let press = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
        assert_eq!(
            from_event(&press(KeyCode::Char('h'), KeyModifiers::NONE)),
            Some(Key::Hint)
        );
        assert_eq!(
            from_event(&press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Key::Quit)
        );
        assert_eq!(
            from_event(&press(KeyCode::Esc, KeyModifiers::NONE)),
            Some(Key::Quit)
        );
    }
}
