//! A multi-year path in a link (`/chi-tieu/lo-trinh/?ty-le=…&nam=…`): the
//! targets page sends its rate, year and counts, and the path page keeps
//! every input in its address, so that a link reproduces it. Values are kept
//! as typed (the page checks them as it checks typed input); a value that
//! does not decode, or is longer than [`MAX_VALUE`], is left out and the
//! input keeps its starting value.

use link_text::{decode, encode, raw_pairs};

/// Characters in one value: the longest input is a number.
pub const MAX_VALUE: usize = 20;

/// The keys of [`PathLink::fields`], in its order.
pub const PATH_KEYS: [&str; 13] = [
    "ty-le",
    "nam",
    "so-nam",
    "muc-giam",
    "muc-tieu",
    "nam-muc-tieu",
    "gap",
    "so-nam-thu-nhap",
    "ho",
    "ho-dtts",
    "ngheo",
    "can-ngheo",
    "ngheo-dtts",
];

/// The key and value that read "%/năm" as a relative change.
const RELATIVE: (&str, &str) = ("cach-hieu", "tuong-doi");

/// The path page's inputs as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathLink {
    /// The poor rate at the start, %.
    pub rate: String,
    pub year: String,
    pub years: String,
    /// The yearly reduction, in points or in percent of the rate.
    pub step: String,
    /// A rate to reach, % (empty: none).
    pub goal: String,
    pub goal_year: String,
    /// How many times income should grow.
    pub factor: String,
    pub income_years: String,
    pub households: String,
    pub ethnic_minority: String,
    pub poor: String,
    pub near_poor: String,
    pub ethnic_minority_poor: String,
    /// "%/năm" read as a change relative to the rate, not in points.
    pub relative: bool,
}

impl Default for PathLink {
    /// The page's starting values.
    fn default() -> PathLink {
        let text = |s: &str| s.to_owned();
        PathLink {
            rate: String::new(),
            year: text("2027"),
            years: text("5"),
            step: text("1"),
            goal: String::new(),
            goal_year: String::new(),
            factor: text("2"),
            income_years: text("5"),
            households: String::new(),
            ethnic_minority: String::new(),
            poor: String::new(),
            near_poor: String::new(),
            ethnic_minority_poor: String::new(),
            relative: false,
        }
    }
}

impl PathLink {
    /// The values in the order of [`PATH_KEYS`].
    pub fn fields(&self) -> [&String; 13] {
        [
            &self.rate,
            &self.year,
            &self.years,
            &self.step,
            &self.goal,
            &self.goal_year,
            &self.factor,
            &self.income_years,
            &self.households,
            &self.ethnic_minority,
            &self.poor,
            &self.near_poor,
            &self.ethnic_minority_poor,
        ]
    }

    pub fn fields_mut(&mut self) -> [&mut String; 13] {
        [
            &mut self.rate,
            &mut self.year,
            &mut self.years,
            &mut self.step,
            &mut self.goal,
            &mut self.goal_year,
            &mut self.factor,
            &mut self.income_years,
            &mut self.households,
            &mut self.ethnic_minority,
            &mut self.poor,
            &mut self.near_poor,
            &mut self.ethnic_minority_poor,
        ]
    }

    /// Every value, then the reading of "%/năm" when it is relative.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<String> = PATH_KEYS
            .iter()
            .zip(self.fields())
            .map(|(key, value)| format!("{key}={}", encode(value)))
            .collect();
        if self.relative {
            pairs.push(format!("{}={}", RELATIVE.0, RELATIVE.1));
        }
        pairs.join("&")
    }

    /// The inputs a query gives, the starting values for the others; unknown
    /// keys are ignored, and of a key given twice the last value counts.
    pub fn from_query(query: &str) -> PathLink {
        let mut link = PathLink::default();
        for (key, raw) in raw_pairs(query) {
            let Some(value) = decode(raw).filter(|v| v.chars().count() <= MAX_VALUE) else {
                continue;
            };
            if key == RELATIVE.0 {
                link.relative = value == RELATIVE.1;
            } else if let Some(at) = PATH_KEYS.iter().position(|k| *k == key) {
                *link.fields_mut()[at] = value;
            }
        }
        link
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_targets_pages_link_gives_its_values_and_the_starting_ones() {
        let link = PathLink::from_query("ty-le=8%2C50&nam=2028&ho=1200&ngheo=102&x=1");
        assert_eq!((link.rate.as_str(), link.year.as_str()), ("8,50", "2028"));
        assert_eq!((link.households.as_str(), link.poor.as_str()), ("1200", "102"));
        assert_eq!(
            (link.years.as_str(), link.factor.as_str()),
            ("5", "2"),
            "starting values"
        );
        assert!(!link.relative);
    }

    #[test]
    fn a_value_too_long_or_unreadable_keeps_the_starting_value() {
        let long = "1".repeat(MAX_VALUE + 1);
        let link = PathLink::from_query(&format!("so-nam={long}&gap=%C3&nam={}", "2".repeat(MAX_VALUE)));
        assert_eq!(link.years, "5");
        assert_eq!(link.factor, "2");
        assert_eq!(link.year, "2".repeat(MAX_VALUE), "exactly the limit is read");
    }

    #[test]
    fn relative_reading_is_kept_only_when_said() {
        let relative = PathLink {
            relative: true,
            ..PathLink::default()
        };
        assert!(relative.to_query().ends_with("&cach-hieu=tuong-doi"));
        assert!(PathLink::from_query(&relative.to_query()).relative);
        assert!(!PathLink::from_query("cach-hieu=diem").relative);
        assert!(!PathLink::default().to_query().contains("cach-hieu"));
    }

    #[test]
    fn the_query_names_every_key_once_in_order() {
        let query = PathLink::default().to_query();
        let keys: Vec<&str> = raw_pairs(&query).map(|(k, _)| k).collect();
        assert_eq!(keys, PATH_KEYS);
    }

    fn value() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[0-9.,%&=~ a-zăđ]{0,20}").unwrap()
    }

    proptest! {
        #[test]
        fn a_link_reads_back_as_written(values in proptest::collection::vec(value(), 13), relative: bool) {
            let mut link = PathLink { relative, ..PathLink::default() };
            for (field, value) in link.fields_mut().into_iter().zip(values) {
                *field = value;
            }
            prop_assert_eq!(PathLink::from_query(&link.to_query()), link);
        }
    }
}
