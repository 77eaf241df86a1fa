//! What a file costs on the wire, raw and with the two encodings static
//! hosts use.

use std::io::Write;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileSize {
    pub name: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

pub fn measure(name: &str, bytes: &[u8]) -> FileSize {
    sized(name, bytes, brotli(bytes).len())
}

/// `bytes`' sizes, their brotli length already known.
fn sized(name: &str, bytes: &[u8], brotli: usize) -> FileSize {
    FileSize {
        name: name.to_owned(),
        raw: bytes.len(),
        gzip: gzip_len(bytes),
        brotli,
    }
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len()
}

/// `bytes` as a static host's best brotli sends them: the size report's
/// figure and the file `xtask build-site` writes beside each text file
/// (`precompress.rs`) are the same bytes.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("writing to memory");
    out
}

/// Each file measured once, however many pages load it: compressing at the
/// best levels is most of the size report's time.
#[derive(Default)]
pub struct Measured(std::collections::HashMap<String, FileSize>);

impl Measured {
    /// The sizes of `name`, a file of `dir`.
    pub fn file(&mut self, dir: &std::path::Path, name: &str) -> Result<FileSize, String> {
        if let Some(size) = self.0.get(name) {
            return Ok(size.clone());
        }
        let path = dir.join(name);
        let bytes = std::fs::read(&path).map_err(|e| format!("reading {name}: {e}"))?;
        // A build's brotli copy is these very bytes compressed: its length
        // is the figure, without compressing again.
        let size = match crate::precompress::current_copy(&path, &bytes) {
            Some(copy) => sized(name, &bytes, copy.len()),
            None => measure(name, &bytes),
        };
        self.0.insert(name.to_owned(), size.clone());
        Ok(size)
    }
}

/// A plain-text table with a total row, for people and CI logs alike.
pub fn table(files: &[FileSize]) -> String {
    let mut out = format!("{:<44} {:>10} {:>10} {:>10}\n", "file", "raw", "gzip", "brotli");
    for f in files {
        out.push_str(&format!(
            "{:<44} {:>10} {:>10} {:>10}\n",
            f.name, f.raw, f.gzip, f.brotli
        ));
    }
    let sum = |get: fn(&FileSize) -> usize| files.iter().map(get).sum::<usize>();
    out.push_str(&format!(
        "{:<44} {:>10} {:>10} {:>10}\n",
        "TOTAL",
        sum(|f| f.raw),
        sum(|f| f.gzip),
        sum(|f| f.brotli)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_shrinks_repetitive_text() {
        let text = "Hộ nghèo ".repeat(1000);
        let size = measure("a.txt", text.as_bytes());
        assert_eq!(size.raw, text.len());
        assert!(size.gzip < size.raw / 10);
        assert!(size.brotli < size.raw / 10);
    }

    #[test]
    fn table_totals_every_column() {
        let rows = [measure("a", b"aaaa"), measure("b", b"bbbbbbbb")];
        let table = table(&rows);
        let total: Vec<&str> = table.lines().last().unwrap().split_whitespace().collect();
        assert_eq!(total[0], "TOTAL");
        assert_eq!(total[1], "12");
        let brotli: usize = rows.iter().map(|r| r.brotli).sum();
        assert_eq!(total[3], brotli.to_string());
    }
}
