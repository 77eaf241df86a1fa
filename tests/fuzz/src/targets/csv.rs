//! csv-text: a file's bytes as text, the separator, and its records.

use std::borrow::Cow;

use csv_text::{Reader, Separator, Writer, decode, fold_key};

use crate::target::{Target, Verdict};

fn samples() -> Vec<Vec<u8>> {
    [
        "\u{feff}thon;khu_vuc;thu_nhap\r\nThôn 1;nông thôn;1.500.000\r\n",
        "a,\"b,c\",\"say \"\"hi\"\"\"\nx,y\n\n\"multi\nline\",z",
        "a\tb\tc\r1\t2\t3\r",
        "\"unclosed;cell\n1;2",
        "\"a\"b,c\r\n,,\r\n",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

fn records(text: &str, separator: Separator) -> Vec<Vec<String>> {
    let mut reader = Reader::new(text, separator);
    let mut cells: Vec<Cow<str>> = Vec::new();
    let mut out = Vec::new();
    while let Some(record) = reader.next_record(text, &mut cells) {
        assert_eq!(record.row as usize, out.len() + 1);
        assert!(reader.position() <= text.len());
        out.push(cells.iter().map(|c| c.to_string()).collect());
    }
    out
}

/// Every record read is written and read again to the same cells.
fn read(input: &[u8]) -> Verdict {
    let result = decode(input.to_vec());
    if let Ok(text) = &result {
        let separator = Separator::detect(text);
        let read = records(text, separator);
        for cell in read.iter().flatten() {
            fold_key(cell);
        }
        let mut writer = Writer::new(separator, true);
        for record in &read {
            writer.record(record);
        }
        let written = writer.finish();
        assert_eq!(records(&written, separator), read, "written as {written:?}");
    }
    Verdict::from(&result)
}

pub fn all() -> Vec<Target> {
    vec![Target {
        name: "csv-text reader",
        reads: "`decode`, `Separator::detect`, `Reader` over any bytes; `fold_key` on each cell",
        cost: 1,
        samples,
        run: read,
    }]
}
