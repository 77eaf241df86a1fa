//! Vietnamese number and date conventions: `.` groups thousands, `,`
//! separates decimals, dates are `dd/mm/yyyy`.
//!
//! Every amount and rate in the site goes through this crate so that what is
//! typed, stored and printed follows one rule (`1.234.567`, `3,04%`).

mod case;
mod date;
mod error;
mod format;
mod parse;

pub use case::{capitalise, lower_char, lowercase, lowercase_first, upper_char, uppercase};
pub use date::{Date, DateError};
pub use error::{NumberError, NumberErrorKind};
pub use format::{format_decimal, format_integer, format_money, format_percent, round_half_up};
pub use parse::{parse_count, parse_money, parse_number, parse_percent};
pub use rust_decimal::Decimal;
