//! Given code: an order as read from a line, the totals of a region's product,
//! the report and how it is assembled, and the error for a bad line. Do not
//! change this file; the reference solution includes it too (with `#[path]`).

use std::collections::BTreeMap;
use std::fmt;

/// The fields of a line, in order:
/// `1000042,c01234,north,widget-017,3,1299`.
pub const FIELDS: [&str; 6] = [
    "id",
    "customer",
    "region",
    "product",
    "quantity",
    "unit_price_cents",
];

/// How many products each region's report lists, by revenue.
pub const TOP: usize = 3;

/// One order, its text fields borrowed from the input line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Order<'a> {
    pub id: u64,
    pub customer: &'a str,
    pub region: &'a str,
    pub product: &'a str,
    pub quantity: u32,
    pub unit_price_cents: u32,
}

impl<'a> Order<'a> {
    /// The order on `line`, the `number`th line of the input (from 1).
    ///
    /// # Errors
    ///
    /// Too few fields ([`ErrorKind::MissingField`], the first one missing),
    /// too many ([`ErrorKind::ExtraField`]), then in the order of [`FIELDS`]
    /// a number that does not parse ([`ErrorKind::NotANumber`]).
    pub fn parse(line: &'a str, number: usize) -> Result<Self, ParseError> {
        let error = |kind| ParseError { line: number, kind };
        let mut fields = line.split(',');
        let mut next = |index: usize| {
            fields.next().ok_or(error(ErrorKind::MissingField {
                field: FIELDS[index],
            }))
        };
        let texts =
            [next(0)?, next(1)?, next(2)?, next(3)?, next(4)?, next(5)?];
        if fields.next().is_some() {
            return Err(error(ErrorKind::ExtraField));
        }
        let number_at = |index: usize| {
            texts[index].parse::<u64>().map_err(|_| {
                error(ErrorKind::NotANumber {
                    field: FIELDS[index],
                })
            })
        };
        let small_at = |index: usize| {
            let value = number_at(index)?;
            u32::try_from(value).map_err(|_| {
                error(ErrorKind::NotANumber {
                    field: FIELDS[index],
                })
            })
        };
        Ok(Order {
            id: number_at(0)?,
            customer: texts[1],
            region: texts[2],
            product: texts[3],
            quantity: small_at(4)?,
            unit_price_cents: small_at(5)?,
        })
    }

    /// Quantity times unit price, in cents (it cannot overflow a `u64`).
    pub fn value_cents(&self) -> u64 {
        u64::from(self.quantity) * u64::from(self.unit_price_cents)
    }
}

/// What the orders of one product in one region add up to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub units: u64,
    /// Saturates at `u64::MAX` rather than overflow.
    pub revenue_cents: u64,
}

impl Totals {
    /// Adds `order` to these totals.
    pub fn add(&mut self, order: &Order<'_>) {
        self.units += u64::from(order.quantity);
        self.revenue_cents =
            self.revenue_cents.saturating_add(order.value_cents());
    }
}

/// The largest order by value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LargestOrder {
    pub id: u64,
    pub value_cents: u64,
}

/// A region's part of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionReport {
    pub region: String,
    pub units: u64,
    pub revenue_cents: u64,
    /// Its [`TOP`] products by revenue (the largest first; by name on a tie).
    pub top_products: Vec<(String, u64)>,
}

/// The sales report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Lines read.
    pub orders: u64,
    /// Every region, in name order.
    pub regions: Vec<RegionReport>,
    /// The largest order (the last of them on a tie); `None` without orders.
    pub largest_order: Option<LargestOrder>,
}

impl Report {
    /// Assembles the report from the totals of each (region, product), in any
    /// order, each pair once.
    pub fn assemble<'a>(
        orders: u64,
        totals: impl IntoIterator<Item = ((&'a str, &'a str), Totals)>,
        largest_order: Option<LargestOrder>,
    ) -> Report {
        let mut by_region: BTreeMap<&str, Vec<(&str, Totals)>> =
            BTreeMap::new();
        for ((region, product), totals) in totals {
            by_region.entry(region).or_default().push((product, totals));
        }
        let regions = by_region
            .into_iter()
            .map(|(region, mut products)| {
                products.sort_by(|(a, x), (b, y)| {
                    y.revenue_cents.cmp(&x.revenue_cents).then(a.cmp(b))
                });
                RegionReport {
                    region: region.to_string(),
                    units: products.iter().map(|(_, t)| t.units).sum(),
                    revenue_cents: products.iter().fold(0, |sum, (_, t)| {
                        u64::saturating_add(sum, t.revenue_cents)
                    }),
                    top_products: (products.iter().take(TOP))
                        .map(|(p, t)| (p.to_string(), t.revenue_cents))
                        .collect(),
                }
            })
            .collect();
        Report {
            orders,
            regions,
            largest_order,
        }
    }
}

/// A line that is not an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError {
    /// Its number, from 1.
    pub line: usize,
    pub kind: ErrorKind,
}

/// What is wrong with a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Fewer fields than [`FIELDS`]: the first one missing.
    MissingField { field: &'static str },
    /// More fields than [`FIELDS`].
    ExtraField,
    /// A number field that is not a number in range.
    NotANumber { field: &'static str },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match self.kind {
            ErrorKind::MissingField { field } => write!(f, "no {field}"),
            ErrorKind::ExtraField => {
                write!(f, "more than {} fields", FIELDS.len())
            }
            ErrorKind::NotANumber { field } => {
                write!(f, "{field} is not a number")
            }
        }
    }
}

impl std::error::Error for ParseError {}
