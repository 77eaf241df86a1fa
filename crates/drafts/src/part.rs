/// A part of a draft: the text one page owns, kept opaque here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// The target table in its link query form (`don-vi=…&nam=…&thon=…`).
    Targets,
    /// Target households, points and share basis, as a query string.
    TargetInputs,
    Funding,
    Plan,
    /// Lines of `dp-…` local standard specs.
    LocalStandards,
    /// A CSV household list the user chose to keep.
    Households,
}

impl Part {
    /// In the order of their storage names, as the export file lists them
    /// (so writing it needs no sorting code).
    pub const ALL: [Part; 6] = [
        Part::Targets,
        Part::LocalStandards,
        Part::Households,
        Part::Plan,
        Part::Funding,
        Part::TargetInputs,
    ];

    /// The name in storage keys and in the export file; never changes.
    pub fn storage_name(self) -> &'static str {
        match self {
            Part::Targets => "chi-tieu",
            Part::TargetInputs => "muc-tieu",
            Part::Funding => "kinh-phi",
            Part::Plan => "ke-hoach",
            Part::LocalStandards => "chuan-dia-phuong",
            Part::Households => "danh-sach-ho",
        }
    }

    pub fn from_storage_name(name: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|part| part.storage_name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_names_are_distinct_and_read_back() {
        for part in Part::ALL {
            assert_eq!(Part::from_storage_name(part.storage_name()), Some(part));
            assert_ne!(part.storage_name(), "meta", "the meta key must stay apart");
        }
        assert_eq!(Part::from_storage_name("chi_tieu"), None);
        assert!(Part::ALL.windows(2).all(|w| w[0].storage_name() < w[1].storage_name()));
    }
}
