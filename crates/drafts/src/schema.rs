//! Schema versions. Schema 1 is the first; there is no older one. To add
//! schema 2: raise [`SCHEMA`], write `fn v1_to_v2(draft: &mut RawDraft)` and
//! append it to [`STEPS`], and add fixtures of schema 1 under
//! `tests/fixtures/v1/` if they are not there already.

use std::collections::BTreeMap;

use crate::MetaProblem;

/// The schema this version of the crate writes.
pub const SCHEMA: u32 = 1;

/// A draft before its fields are read, as stored or as in a file: the
/// fields (`name`, `saved` in ms, `rev`) and parts by storage name. This is
/// what migrations rewrite.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawDraft {
    pub fields: BTreeMap<String, String>,
    pub parts: BTreeMap<String, String>,
}

/// `STEPS[n - 1]` turns schema `n` into `n + 1`.
const STEPS: [fn(&mut RawDraft); SCHEMA as usize - 1] = [];

/// Brings a draft of schema `from` to [`SCHEMA`]; a newer schema is refused.
pub fn migrate(from: u32, mut draft: RawDraft) -> Result<RawDraft, MetaProblem> {
    match from {
        0 => Err(MetaProblem::NoVersion),
        v if v > SCHEMA => Err(MetaProblem::Newer { found: v }),
        v => {
            for step in &STEPS[v as usize - 1..] {
                step(&mut draft);
            }
            Ok(draft)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_schema_is_unchanged_and_others_refused() {
        let mut draft = RawDraft::default();
        draft.fields.insert("name".into(), "Kế hoạch".into());
        assert_eq!(migrate(SCHEMA, draft.clone()), Ok(draft.clone()));
        assert_eq!(
            migrate(SCHEMA + 1, draft.clone()),
            Err(MetaProblem::Newer { found: SCHEMA + 1 })
        );
        assert_eq!(migrate(0, draft), Err(MetaProblem::NoVersion));
    }
}
