//! table-grid: a file's cells as a grid, header rows with merged group
//! cells read as group + column, the header's signature.

use csv_text::Separator;
use table_grid::{ColumnLabel, Grid, HeaderSignature, Merge, header_labels};

use crate::target::{Target, Verdict, text};

fn samples() -> Vec<Vec<u8>> {
    [
        "Thôn;Dân cư (Hộ);Hộ nghèo;Tỷ lệ %;Cơ cấu hộ nghèo;;Chỉ tiêu giảm hộ nghèo;;\n\
         ;;;;HN DTTS;Tỷ lệ %;Số hộ;Hộ nghèo cuối năm;Tỷ lệ %\nThôn 1;212;31;14.62;29;13.68;6;25;11.79\n",
        "Nhóm,,,Ghi chú\nA,B,,\n1,2,3,4\n",
        "BIỂU\n\n\"Thôn\nbản\"\tNhóm\t\n\tA\tB\n",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

/// Merges as a workbook might give them, drawn from the input's first bytes,
/// some past the grid's edge.
fn merges(input: &[u8]) -> Vec<Merge> {
    input
        .chunks_exact(4)
        .take(3)
        .map(|b| Merge {
            row: usize::from(b[0] % 4),
            column: usize::from(b[1] % 16),
            rows: usize::from(b[2] % 4),
            columns: if b[3] == 0xff {
                usize::MAX
            } else {
                usize::from(b[3] % 24)
            },
        })
        .collect()
}

fn read(input: &[u8]) -> Verdict {
    let text = text(input);
    let mut grid = Grid::from_csv(&text, Separator::detect(&text), 10_000);
    assert!(grid.rows.len() <= 10_000);
    let mut read_any = false;
    for with_merges in [false, true] {
        if with_merges {
            grid.merges = merges(input);
        }
        for start in 0..3 {
            for len in 1..=3 {
                let labels = header_labels(&grid, start..start + len);
                for (i, label) in labels.iter().enumerate() {
                    assert_eq!(label.column, i);
                    assert!(label.parts.iter().all(|p| !p.is_empty() && p.trim() == p));
                    assert_eq!(
                        label.groups().len() + usize::from(!label.parts.is_empty()),
                        label.parts.len()
                    );
                    let _ = label.text();
                }
                let again: Vec<ColumnLabel> = header_labels(&grid, start..start + len);
                assert_eq!(HeaderSignature::of(&labels), HeaderSignature::of(&again));
                read_any |= labels.iter().any(|l| !l.parts.is_empty());
            }
        }
    }
    Verdict::accepted_if(read_any)
}

pub fn all() -> Vec<Target> {
    vec![Target {
        name: "table grid headers",
        reads: "`Grid::from_csv`, with merges drawn from the input; `header_labels` over 1 to 3 header rows; `HeaderSignature::of`",
        cost: 4,
        samples,
        run: read,
    }]
}
