use serde::{Deserialize, Serialize};

/// A piece of text in Vietnamese and English, as the data carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

impl Text {
    pub fn new(vi: &str, en: &str) -> Text {
        Text {
            vi: vi.to_owned(),
            en: en.to_owned(),
        }
    }
}
