//! The writer worker (`writer.js`): writes the tables pages download as
//! .xlsx workbooks, off the page's thread and out of its first load
//! (`src/workers/writer.rs`).

fn main() {
    giamngheo::workers::writer::start();
}
