//! The order in 48 bytes.

use crate::{CARRIERS, CustomerId, Fields, Identifier, OrderId, Status};

// ANCHOR: order
/// An order: who, what, how many, at what price, where to, and how it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub(crate) id: OrderId, // 8 bytes: a NonZeroU64
    pub(crate) customer: Option<CustomerId>, // 8: None is the 0 no id holds
    pub(crate) price_cents: u64, // 8
    pub(crate) note: Box<str>, // 16: a pointer and a length, no capacity
    pub(crate) quantity: u32, // 4
    pub(crate) country: [u8; 2], // 2: the two letters, in place
    pub(crate) status: Status, // 1: a fieldless enum is one byte
    pub(crate) packed: u8,  // 1: the two flags and the carrier
}
// ANCHOR_END: order

// ANCHOR: packed
/// The bits of `packed`: the two flags, then the carrier's index in
/// [`CARRIERS`](crate::CARRIERS) plus one (0: no carrier) in the three bits
/// above them.
const GIFT: u8 = 1;
const EXPRESS: u8 = 1 << 1;
const CARRIER_SHIFT: u32 = 2;
// ANCHOR_END: packed

impl Order {
    /// The order `fields` describe. Its text is copied: the order owns it.
    ///
    /// # Panics
    ///
    /// If `fields` break their contract: an id of 0, a carrier that is not an
    /// index into [`CARRIERS`](crate::CARRIERS), or a country that is not two
    /// letters.
    pub fn new(fields: &Fields<'_>) -> Self {
        let carrier = match fields.status.has_carrier() {
            true => {
                let index = fields.carrier.unwrap_or(0);
                CARRIERS
                    .get(index)
                    .map(|_| index as u8 + 1)
                    .expect("a carrier")
            }
            false => 0,
        };
        let gift = if fields.gift { GIFT } else { 0 };
        let express = if fields.express { EXPRESS } else { 0 };
        Self {
            id: OrderId::from_number(fields.id).expect("order ids start at 1"),
            customer: fields.customer.and_then(CustomerId::from_number),
            price_cents: fields.price_cents,
            note: fields.note.into(),
            quantity: fields.quantity,
            country: fields.country.as_bytes().try_into().expect("two letters"),
            status: fields.status,
            // The parts' bits do not overlap: `+` puts them side by side.
            packed: (carrier << CARRIER_SHIFT) + express + gift,
        }
    }

    pub fn id(&self) -> OrderId {
        self.id
    }

    /// The customer's id, or `None` for a guest's order.
    pub fn customer(&self) -> Option<CustomerId> {
        self.customer
    }

    pub fn status(&self) -> Status {
        self.status
    }

    /// The carrier's name, one of [`CARRIERS`](crate::CARRIERS), when the
    /// order has one.
    pub fn carrier(&self) -> Option<&str> {
        let carrier = self.packed >> CARRIER_SHIFT;
        (carrier != 0).then(|| CARRIERS[usize::from(carrier) - 1])
    }

    pub fn quantity(&self) -> u32 {
        self.quantity
    }

    pub fn price_cents(&self) -> u64 {
        self.price_cents
    }

    pub fn is_gift(&self) -> bool {
        self.packed & GIFT != 0
    }

    pub fn is_express(&self) -> bool {
        self.packed & EXPRESS != 0
    }

    /// Where it ships to: two capital letters, one of
    /// [`COUNTRIES`](crate::COUNTRIES).
    pub fn country(&self) -> &str {
        std::str::from_utf8(&self.country).unwrap_or_default()
    }

    /// The customer's note, `""` when there is none.
    pub fn note(&self) -> &str {
        &self.note
    }
}
