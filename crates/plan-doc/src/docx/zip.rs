//! A ZIP archive of stored (uncompressed) entries: all an OOXML package
//! needs, in a few lines. Times are fixed at 1980-01-01, so the same plan
//! gives the same bytes.

use super::crc32::crc32;

/// MS-DOS date 1980-01-01 (the epoch of the format).
const DOS_DATE: u16 = (1 << 5) | 1;

/// Sizes and offsets beyond 4 GiB cannot be written in plain ZIP; a wasm
/// page never holds that much, so they saturate instead of panicking.
fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn u16_of(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

pub fn zip(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = u32_of(out.len());
        let crc = crc32(data);
        let size = u32_of(data.len());
        let name_len = u16_of(name.len());
        // Shared by the local header and the central directory entry.
        let mut common = Vec::with_capacity(26);
        common.extend(20u16.to_le_bytes()); // version needed: 2.0
        common.extend(0u16.to_le_bytes()); // flags
        common.extend(0u16.to_le_bytes()); // method: stored
        common.extend(0u16.to_le_bytes()); // time
        common.extend(DOS_DATE.to_le_bytes());
        common.extend(crc.to_le_bytes());
        common.extend(size.to_le_bytes()); // compressed
        common.extend(size.to_le_bytes()); // uncompressed
        common.extend(name_len.to_le_bytes());
        common.extend(0u16.to_le_bytes()); // extra field length

        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(&common);
        out.extend(name.as_bytes());
        out.extend(data);

        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // made by: 2.0, MS-DOS
        central.extend(&common);
        central.extend(0u16.to_le_bytes()); // comment length
        central.extend(0u16.to_le_bytes()); // disk
        central.extend(0u16.to_le_bytes()); // internal attributes
        central.extend(0u32.to_le_bytes()); // external attributes
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let central_offset = u32_of(out.len());
    let count = u16_of(entries.len());
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend(0u16.to_le_bytes()); // this disk
    out.extend(0u16.to_le_bytes()); // disk of the central directory
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend(u32_of(central.len()).to_le_bytes());
    out.extend(central_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes()); // comment length
    out
}
