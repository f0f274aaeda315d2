//! `demo | head` and `workshop list | head -1` close stdout early; `println!` then panics.
//! Programs call [`exit_quietly_on_broken_pipe`] first thing, and end quietly instead, as Unix
//! tools do.

/// Installs a panic hook that ends the process with status 141 (as a Unix tool killed by
/// `SIGPIPE`) when printing to stdout fails, and leaves every other panic to the default hook.
pub fn exit_quietly_on_broken_pipe() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.starts_with("failed printing to stdout") {
            std::process::exit(141);
        }
        default_hook(info);
    }));
}
