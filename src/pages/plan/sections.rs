//! The parts a printout or a Word file holds, chosen by the user and
//! carried between the two pages in the address (`?phan=0,1,2`).

use link_text::{decode, raw_pairs};
use plan_doc::SectionId;

/// The chosen parts in the query; every part when none is named.
pub fn chosen_from_query(query: &str) -> Vec<SectionId> {
    let named: Vec<SectionId> = raw_pairs(query)
        .filter(|(key, _)| *key == "phan")
        .filter_map(|(_, value)| decode(value))
        .flat_map(|value| {
            value
                .split(',')
                .filter_map(|n| n.trim().parse::<usize>().ok())
                .collect::<Vec<_>>()
        })
        .filter_map(|i| SectionId::ALL.get(i).copied())
        .collect();
    if named.is_empty() {
        SectionId::ALL.to_vec()
    } else {
        named
    }
}

/// `phan=…` for the chosen parts, by their place in `SectionId::ALL`.
pub fn chosen_to_query(chosen: &[SectionId]) -> String {
    let indices: Vec<String> = SectionId::ALL
        .iter()
        .enumerate()
        .filter(|(_, id)| chosen.contains(id))
        .map(|(i, _)| i.to_string())
        .collect();
    format!("phan={}", indices.join(","))
}
