//! Every target, one module per crate it reads with.

mod csv;
mod drafts;
mod funding;
mod grid;
mod households;
mod link;
mod numbers;
mod plan;
mod planning;
mod poverty;
mod sheet;
mod write;

use crate::target::Target;

pub fn all() -> Vec<Target> {
    let groups: [fn() -> Vec<Target>; 12] = [
        numbers::all,
        csv::all,
        grid::all,
        link::all,
        households::all,
        planning::all,
        sheet::all,
        write::all,
        funding::all,
        drafts::all,
        plan::all,
        poverty::all,
    ];
    groups.iter().flat_map(|group| group()).collect()
}
