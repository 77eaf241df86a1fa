//! The place-and-date line under the motto (NĐ 30/2020): the day below 10
//! and the months 1 and 2 take a leading zero ("ngày 05 tháng 01 năm
//! 2027"), so no digit can be added in front later. A blank or bad date
//! leaves blanks for the clerk.

use crate::header_check::parse_date;
use lang::Lang;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn place_date(place: &str, date: &str, lang: Lang) -> String {
    const BLANK: &str = "……";
    let when = match (parse_date(date), lang) {
        (Some(Ok(d)), Lang::Vi) => {
            let day = d.day.map_or_else(|| BLANK.to_owned(), |day| format!("{day:02}"));
            let month = match d.month {
                Some(m) if m <= 2 => format!("{m:02}"),
                Some(m) => m.to_string(),
                None => BLANK.to_owned(),
            };
            format!("ngày {day} tháng {month} năm {}", d.year)
        }
        (Some(Ok(d)), Lang::En) => {
            let day = d.day.map_or_else(|| BLANK.to_owned(), |day| day.to_string());
            let month = d
                .month
                .and_then(|m| MONTHS_EN.get(m.saturating_sub(1) as usize))
                .copied()
                .unwrap_or(BLANK);
            format!("{day} {month} {}", d.year)
        }
        (_, Lang::Vi) => "ngày …… tháng …… năm ……".to_owned(),
        (_, Lang::En) => "…… (date) ……".to_owned(),
    };
    let place = place.trim();
    if place.is_empty() {
        when
    } else {
        format!("{place}, {when}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_below_ten_and_january_february_take_a_zero() {
        assert_eq!(
            place_date("Hà Quảng", "5/1/2027", Lang::Vi),
            "Hà Quảng, ngày 05 tháng 01 năm 2027"
        );
        assert_eq!(
            place_date("Hà Quảng", "05/02/2027", Lang::Vi),
            "Hà Quảng, ngày 05 tháng 02 năm 2027"
        );
        assert_eq!(
            place_date("Hà Quảng", "15/3/2027", Lang::Vi),
            "Hà Quảng, ngày 15 tháng 3 năm 2027"
        );
        assert_eq!(
            place_date("Hà Quảng", "15/12/2027", Lang::Vi),
            "Hà Quảng, ngày 15 tháng 12 năm 2027"
        );
        assert_eq!(place_date("Hà Quảng", "5/1/2027", Lang::En), "Hà Quảng, 5 January 2027");
    }

    #[test]
    fn a_partly_blank_date_keeps_what_is_given() {
        assert_eq!(
            place_date("Minh Tân", "…/3/2027", Lang::Vi),
            "Minh Tân, ngày …… tháng 3 năm 2027"
        );
        assert_eq!(
            place_date("Minh Tân", "/1/2027", Lang::Vi),
            "Minh Tân, ngày …… tháng 01 năm 2027"
        );
        assert_eq!(
            place_date("Minh Tân", "…/…/2027", Lang::Vi),
            "Minh Tân, ngày …… tháng …… năm 2027"
        );
        assert_eq!(place_date("Minh Tân", "…/3/2027", Lang::En), "Minh Tân, …… March 2027");
    }

    #[test]
    fn a_blank_or_bad_date_leaves_blanks() {
        assert_eq!(place_date("Gia Lộc", "", Lang::Vi), "Gia Lộc, ngày …… tháng …… năm ……");
        assert_eq!(place_date(" ", "31/02/2027", Lang::Vi), "ngày …… tháng …… năm ……");
    }
}
