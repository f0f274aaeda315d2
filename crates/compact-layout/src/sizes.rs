//! The sizes the chapter quotes, read from the compiler on this machine:
//! nothing here is typed in.

use compact_layout::{Order, OrderId, Status, naive};
use std::marker::PhantomData;
use std::mem::offset_of;
use std::num::NonZeroU32;

/// One type's size and alignment, and why it is that size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub name: &'static str,
    pub bytes: usize,
    pub align: usize,
    pub why: &'static str,
}

macro_rules! size {
    ($type:ty, $name:expr, $why:expr) => {
        Size {
            name: $name,
            bytes: size_of::<$type>(),
            align: align_of::<$type>(),
            why: $why,
        }
    };
}

/// The types, smallest lessons first.
pub fn table() -> Vec<Size> {
    vec![
        size!(Status, "Status (5 variants)", "a fieldless enum is a byte"),
        size!(Option<Status>, "Option<Status>", "None is an unused value"),
        size!(Option<u32>, "Option<u32>", "a tag, padded to u32's 4"),
        size!(Option<NonZeroU32>, "Option<NonZeroU32>", "None is the 0"),
        size!(Option<Box<u64>>, "Option<Box<u64>>", "None is the null"),
        size!(Option<&u64>, "Option<&u64>", "None is the null"),
        size!(String, "String", "pointer, capacity, length"),
        size!(Box<str>, "Box<str>", "pointer, length"),
        size!(&str, "&str", "pointer, length; borrowed"),
        size!(Vec<u64>, "Vec<u64>", "pointer, capacity, length"),
        size!(Box<[u64]>, "Box<[u64]>", "pointer, length"),
        size!(
            PhantomData<String>,
            "PhantomData<String>",
            "a marker: no bytes"
        ),
        size!(OrderId, "OrderId (Id<Order>)", "a NonZeroU64"),
        size!(Option<OrderId>, "Option<OrderId>", "None is the 0"),
        size!(naive::Order, "Order, as ported from C#", "see the chapter"),
        size!(Order, "Order, compact", "see the chapter"),
    ]
}

/// Three fields in the order a C# developer declares them.
#[allow(dead_code)] // only their layout is read
struct Declared {
    a: u8,
    b: u64,
    c: u8,
}

/// The same fields with C's rules (and C#'s `LayoutKind.Sequential`): in the
/// order declared, each padded to its alignment.
#[allow(dead_code)]
#[repr(C)]
struct DeclaredC {
    a: u8,
    b: u64,
    c: u8,
}

/// A struct's size and its three fields' offsets, `a`, `b` and `c`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub bytes: usize,
    pub offsets: [usize; 3],
}

/// The size of `$type` and the offsets of its fields `a`, `b` and `c`.
macro_rules! layout {
    ($type:ty) => {
        Layout {
            bytes: size_of::<$type>(),
            offsets: [
                offset_of!($type, a),
                offset_of!($type, b),
                offset_of!($type, c),
            ],
        }
    };
}

/// `{ a: u8, b: u64, c: u8 }` as Rust lays it out, and as `#[repr(C)]` does.
pub fn field_order() -> (Layout, Layout) {
    (layout!(Declared), layout!(DeclaredC))
}

/// The article's status: three variants, with and without `#[repr(u8)]`.
#[allow(dead_code)]
enum UserStatus {
    Active,
    Inactive,
    Suspended,
}

#[allow(dead_code)]
#[repr(u8)]
enum UserStatusU8 {
    Active,
    Inactive,
    Suspended,
}

/// The article's user, with each status.
#[allow(dead_code)]
struct User {
    id: u64,
    status: UserStatus,
}

#[allow(dead_code)]
struct UserU8 {
    id: u64,
    status: UserStatusU8,
}

/// The article's claim, measured: the status's size and the user's, without
/// and with `#[repr(u8)]`, and a thousand statuses in an array.
pub fn article() -> [(usize, usize); 2] {
    [
        (size_of::<UserStatus>(), size_of::<User>()),
        (size_of::<UserStatusU8>(), size_of::<UserU8>()),
    ]
}

/// A thousand statuses side by side: where a one-byte enum does save.
pub fn statuses_in_an_array() -> usize {
    size_of::<[UserStatus; 1000]>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sizes_are_the_compilers() {
        let sizes = table();
        let of = |name: &str| sizes.iter().find(|s| s.name == name).unwrap();
        assert_eq!(of("Option<u32>").bytes, size_of::<Option<u32>>());
        assert_eq!(of("Box<str>").bytes, 16);
        assert_eq!(of("Order, compact").bytes, 48);
        assert!(
            sizes
                .iter()
                .all(|s| s.name.len() <= 28 && s.why.len() <= 30)
        );
    }

    #[test]
    fn rust_reorders_and_repr_c_does_not() {
        let (rust, c) = field_order();
        assert_eq!(rust.bytes, 16);
        assert_eq!(
            c,
            Layout {
                bytes: 24,
                offsets: [0, 8, 16]
            }
        );
        assert_eq!(rust.offsets[1], 0, "the u64 first");
    }

    #[test]
    fn repr_u8_saves_no_byte_in_the_articles_user() {
        assert_eq!(article(), [(1, 16), (1, 16)]);
        assert_eq!(statuses_in_an_array(), 1000);
    }
}
