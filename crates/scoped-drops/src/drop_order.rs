//! When Rust drops a value, proven: the test below records the order in which
//! values are dropped, and the chapter's pitfalls include it (the `drop_order`
//! anchor). `let _ = value;` does not drop a named variable at once; it stays
//! alive to the end of its scope.

use std::cell::RefCell;

/// Writes its name into a shared log when it is dropped.
#[derive(Debug)]
pub struct Noisy<'log> {
    pub name: &'static str,
    pub log: &'log RefCell<Vec<&'static str>>,
}

impl Drop for Noisy<'_> {
    fn drop(&mut self) {
        self.log.borrow_mut().push(self.name);
    }
}

#[cfg(test)]
mod tests {
    use super::Noisy;
    use std::cell::RefCell;

    // ANCHOR: drop_order
    #[test]
    fn when_values_are_dropped() {
        let log = RefCell::new(Vec::new());
        let noisy = |name| Noisy { name, log: &log };
        {
            let named = noisy("named");
            // `_` binds nothing: `named` is neither moved nor dropped.
            let _ = named;
            // A value nobody holds: dropped right here.
            let _ = noisy("temporary");
            // A named binding: lives to the end of the scope.
            let _guard = noisy("guard");
            let early = noisy("early");
            drop(early); // drop() ends a value before its scope does
            log.borrow_mut().push("-- end of scope --");
        } // the rest go now, in reverse order: `_guard`, then `named`
        assert_eq!(
            *log.borrow(),
            ["temporary", "early", "-- end of scope --", "guard", "named"]
        );
    }
    // ANCHOR_END: drop_order
}
