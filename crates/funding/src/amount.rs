//! One typed cell read as an amount in million đồng or as a percentage,
//! with the reason in both languages when it cannot be; and amounts and
//! percentages printed back with only the decimals they have.

use lang::{Lang, msg};
use rust_decimal::Decimal;
use vn_format::{NumberError, NumberErrorKind, format_decimal, format_percent, parse_number, parse_percent};

/// At most 1.000.000.000 million đồng (10^15 đồng), far above any
/// programme: a larger figure was most likely typed in đồng. The cap also
/// keeps every sum far from `Decimal`'s limits.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// Amounts go to 0,001 million, i.e. 1.000 đồng.
pub const AMOUNT_DECIMALS: u32 = 3;

/// Percentages go to 0,01%, as plans print them (`3,04%`).
pub const PERCENT_DECIMALS: u32 = 2;

/// Why a cell was refused. Its message is written only when asked for, so
/// that a page that only reads the figures (the plan's print) carries none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellProblem {
    /// Not a number, or negative.
    Number(NumberError),
    /// Over `MAX_AMOUNT`: typed in đồng, most likely.
    TooLarge,
    /// More decimals than `AMOUNT_DECIMALS`.
    AmountDecimals,
    /// Outside 0 to `max` percent.
    PercentRange { max: Decimal },
    /// More decimals than `PERCENT_DECIMALS`.
    PercentDecimals,
}

impl CellProblem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CellProblem::Number(e) => e.message(lang),
            CellProblem::TooLarge => msg!(
                lang,
                "Số này quá lớn cho một khoản tính bằng triệu đồng (tối đa 1.000.000.000). Có phải đã nhập theo đồng?",
                "Too large for an amount in million đồng (at most 1.000.000.000). Was it typed in đồng?"
            ),
            CellProblem::AmountDecimals => msg!(
                lang,
                "Số tiền tính bằng triệu đồng, lẻ tối đa 3 chữ số thập phân (đến 1.000 đồng), ví dụ 1.234,5.",
                "Amounts are in million đồng with at most 3 decimals (to 1.000 đồng), e.g. 1.234,5."
            ),
            CellProblem::PercentRange { max } => msg!(
                lang,
                "Tỷ lệ phải từ 0% đến {}.",
                "The percentage must be from 0% to {}.",
                format_rate(*max)
            ),
            CellProblem::PercentDecimals => msg!(
                lang,
                "Tỷ lệ lẻ tối đa 2 chữ số thập phân, ví dụ 3,04%.",
                "A percentage has at most 2 decimals, e.g. 3,04%."
            ),
        }
    }
}

fn negative(input: &str) -> CellProblem {
    CellProblem::Number(NumberError {
        input: input.to_owned(),
        kind: NumberErrorKind::Negative,
    })
}

/// The column is already in million đồng, but people copy the unit from
/// plans ("73.359 triệu đồng"). Never `đồng` alone: that is another unit.
fn strip_unit(text: &str) -> &str {
    const UNITS: [&str; 5] = ["triệu đồng", "triệu", "tr.đ", "trđ", "tr"];
    let text = text.trim_end();
    for unit in UNITS {
        if let Some(number) = text.strip_suffix(unit) {
            return number;
        }
    }
    text
}

/// An empty cell is `None`: nothing typed, which counts as 0.
pub(crate) fn read_amount(input: &str) -> Result<Option<Decimal>, CellProblem> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    let value = parse_number(strip_unit(input)).map_err(CellProblem::Number)?;
    if value.is_sign_negative() {
        return Err(negative(input));
    }
    if value > MAX_AMOUNT {
        return Err(CellProblem::TooLarge);
    }
    if value.normalize().scale() > AMOUNT_DECIMALS {
        return Err(CellProblem::AmountDecimals);
    }
    Ok(Some(value))
}

/// A percentage from 0 up to `max` (if any), with or without `%`.
pub(crate) fn read_percent(input: &str, max: Option<Decimal>) -> Result<Option<Decimal>, CellProblem> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    let value = parse_percent(input).map_err(CellProblem::Number)?;
    if value.is_sign_negative() {
        return Err(negative(input));
    }
    if let Some(max) = max
        && value > max
    {
        return Err(CellProblem::PercentRange { max });
    }
    if value.normalize().scale() > PERCENT_DECIMALS {
        return Err(CellProblem::PercentDecimals);
    }
    Ok(Some(value))
}

/// `73359` → `73.359`, `1234.5` → `1.234,5`: the decimals the amount has, up to 3.
pub fn format_amount(value: Decimal) -> String {
    format_decimal(value, value.normalize().scale().min(AMOUNT_DECIMALS))
}

/// `10` → `10%`, `3.04` → `3,04%`: the decimals the rate has, up to 2.
pub fn format_rate(value: Decimal) -> String {
    format_percent(value, value.normalize().scale().min(PERCENT_DECIMALS))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn amounts_are_read_the_vietnamese_way_and_empty_is_none() {
        assert_eq!(read_amount("73.359"), Ok(Some(d("73359"))));
        assert_eq!(read_amount("1.234,5"), Ok(Some(d("1234.5"))));
        assert_eq!(read_amount("0,125"), Ok(Some(d("0.125"))));
        assert_eq!(read_amount("  "), Ok(None));
        assert_eq!(read_amount("0"), Ok(Some(Decimal::ZERO)));
        assert_eq!(read_amount("73.359 triệu đồng"), Ok(Some(d("73359"))));
        assert_eq!(read_amount("605 triệu"), Ok(Some(d("605"))));
        assert_eq!(read_amount("63tr"), Ok(Some(d("63"))));
    }

    #[test]
    fn negative_and_non_numeric_amounts_are_refused_with_a_reason() {
        let refused = read_amount("-5").unwrap_err();
        assert_eq!(refused.message(Lang::Vi), "Ở đây không nhận số âm.");
        assert_eq!(refused.message(Lang::En), "Negative numbers are not accepted here.");
        assert!(read_amount("năm trăm").unwrap_err().message(Lang::Vi).contains("«n»"));
        assert!(read_amount("1.5").unwrap_err().message(Lang::Vi).contains("dấu phẩy"));
        // A unit of đồng in a million-đồng column would be read a million times too big.
        assert!(read_amount("500đ").is_err());
    }

    #[test]
    fn an_amount_has_at_most_three_decimals() {
        assert_eq!(read_amount("1,0005"), Err(CellProblem::AmountDecimals));
        assert!(CellProblem::AmountDecimals.message(Lang::En).contains("3 decimals"));
        assert_eq!(
            read_amount("1,5000"),
            Ok(Some(d("1.5000"))),
            "trailing zeros add nothing"
        );
    }

    #[test]
    fn an_amount_typed_in_dong_is_caught_by_the_cap() {
        assert_eq!(read_amount("1.000.000.000"), Ok(Some(MAX_AMOUNT)));
        assert!(
            read_amount("1.500.000.000")
                .unwrap_err()
                .message(Lang::Vi)
                .contains("đồng?")
        );
    }

    #[test]
    fn percentages_from_0_to_the_maximum() {
        let hundred = Some(Decimal::ONE_HUNDRED);
        assert_eq!(read_percent("0%", hundred), Ok(Some(Decimal::ZERO)));
        assert_eq!(read_percent("100 %", hundred), Ok(Some(Decimal::ONE_HUNDRED)));
        assert_eq!(read_percent("95", hundred), Ok(Some(d("95"))));
        assert_eq!(read_percent("", hundred), Ok(None));
        assert_eq!(
            read_percent("100,01", hundred).unwrap_err().message(Lang::Vi),
            "Tỷ lệ phải từ 0% đến 100%."
        );
        assert!(read_percent("-1", hundred).is_err());
        assert_eq!(read_percent("3,045", None), Err(CellProblem::PercentDecimals));
        assert!(CellProblem::PercentDecimals.message(Lang::Vi).contains("3,04%"));
        assert_eq!(read_percent("250", None), Ok(Some(d("250"))));
    }

    #[test]
    fn printed_with_the_decimals_they_have() {
        assert_eq!(format_amount(d("73359")), "73.359");
        assert_eq!(format_amount(d("1234.50")), "1.234,5");
        assert_eq!(format_amount(d("485.5")), "485,5");
        assert_eq!(format_amount(Decimal::ZERO), "0");
        assert_eq!(format_rate(d("10")), "10%");
        assert_eq!(format_rate(d("3.04")), "3,04%");
    }
}
