//! What the lines above the header say: the annex's year ("BIỂU CHỈ TIÊU
//! GIẢM NGHÈO NĂM 2027") and the unit whose plan it goes with ("Kèm theo
//! Kế hoạch số …/KH-UBND ngày … của UBND xã Minh Tân").

use csv_text::fold_key;

/// A year a plan could be for.
fn year(word: &str) -> Option<i32> {
    let digits = word.trim_matches(|c: char| !c.is_ascii_digit());
    let year: i32 = (digits.len() == 4).then(|| digits.parse().ok())??;
    (1900..=2100).contains(&year).then_some(year)
}

/// The year after the first "năm" in the lines, in that order.
pub(crate) fn year_in<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<i32> {
    lines.into_iter().find_map(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        words
            .windows(2)
            .find_map(|w| (fold_key(w[0]) == "nam").then(|| year(w[1])).flatten())
    })
}

/// Words that start a unit's name: `xã`, `phường`, `đặc khu`, `thị trấn`,
/// `thị xã`, `thành phố`, `huyện`, `tỉnh`.
const UNIT_WORDS: [&str; 7] = ["xa", "phuong", "dac", "thi", "thanh", "huyen", "tinh"];

/// The unit after the last "của" of a "Kèm theo" line, past "UBND" or
/// "Ủy ban nhân dân": `xã Minh Tân`.
pub(crate) fn unit_in<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<String> {
    lines.into_iter().find_map(|line| {
        let folded = fold_key(line);
        if !folded.contains("kemtheo") {
            return None;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let after = words.iter().rposition(|w| fold_key(w) == "cua")? + 1;
        let mut rest = &words[after..];
        if rest.first().is_some_and(|w| fold_key(w) == "ubnd") {
            rest = &rest[1..];
        } else if rest.len() > 4 && fold_key(&rest[..4].join(" ")) == "uybannhandan" {
            rest = &rest[4..];
        }
        let first = fold_key(rest.first()?);
        if !UNIT_WORDS.contains(&first.as_str()) {
            return None;
        }
        let name = rest.join(" ");
        let name = name.trim_end_matches([')', '.', ';', ',', ' ']).trim();
        (!name.is_empty()).then(|| name.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_of_the_title() {
        assert_eq!(year_in(["BIỂU CHỈ TIÊU GIẢM NGHÈO NĂM 2027"]), Some(2027));
        assert_eq!(year_in(["Biểu", "Chỉ tiêu giảm hộ nghèo năm 2026"]), Some(2026));
        // A date is not the year of the plan.
        assert_eq!(year_in(["Kèm theo Kế hoạch ngày 12/01/2027"]), None);
        assert_eq!(year_in(["năm nay", "năm 12345", ""]), None);
    }

    #[test]
    fn the_unit_of_the_kem_theo_line() {
        let line = "(Kèm theo Kế hoạch số     /KH-UBND ngày    /01/2027 của UBND xã Minh Tân)";
        assert_eq!(unit_in([line]).as_deref(), Some("xã Minh Tân"));
        let full = "Kèm theo Kế hoạch số 12/KH-UBND của Ủy ban nhân dân phường Tân Phong.";
        assert_eq!(unit_in([full]).as_deref(), Some("phường Tân Phong"));
        assert_eq!(unit_in(["Kèm theo Kế hoạch của UBND"]), None);
        assert_eq!(unit_in(["Biểu của xã A"]), None, "not a Kèm theo line");
    }
}
