//! The reader worker (`reader.js`): reads the tables users give a page,
//! off the page's thread and out of its first load (`src/workers/reader.rs`).

fn main() {
    giamngheo::workers::reader::start();
}
