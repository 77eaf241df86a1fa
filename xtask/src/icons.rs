//! The app icons a web app manifest needs (Chrome asks for 192 and 512 px
//! PNGs), drawn at build time from the same shapes as `public/favicon.svg`,
//! so no image tool is needed and the bytes are the same on every machine.

use std::io::Write;

/// The favicon's shapes in its 32-unit `viewBox`: a rounded square in the
/// brand colour and four white bars (the chart). A test checks that
/// `public/favicon.svg` still draws exactly these.
const VIEW: f64 = 32.0;
const CORNER: f64 = 6.0;
const BRAND: [u8; 3] = [0x0b, 0x4f, 0x8a];
/// x, y, width, height.
const BARS: [[f64; 4]; 4] = [
    [6.0, 24.0, 20.0, 2.0],
    [9.0, 14.0, 3.0, 9.0],
    [14.5, 10.0, 3.0, 13.0],
    [20.0, 6.0, 3.0, 17.0],
];

/// The sizes written next to the manifest, as `icon-<size>.png`.
pub const SIZES: [u32; 2] = [192, 512];

pub fn file_name(size: u32) -> String {
    format!("icon-{size}.png")
}

/// The icon as straight RGBA, row by row, each pixel sampled 4×4 times so
/// the rounded corners are smooth.
pub fn rgba(size: u32) -> Vec<u8> {
    const SAMPLES: u32 = 4;
    let scale = VIEW / f64::from(size);
    let mut pixels = Vec::with_capacity((size * size * 4) as usize);
    for py in 0..size {
        for px in 0..size {
            let (mut inside, mut white) = (0u32, 0u32);
            for sy in 0..SAMPLES {
                for sx in 0..SAMPLES {
                    let x = (f64::from(px) + (f64::from(sx) + 0.5) / f64::from(SAMPLES)) * scale;
                    let y = (f64::from(py) + (f64::from(sy) + 0.5) / f64::from(SAMPLES)) * scale;
                    if in_rounded_square(x, y) {
                        inside += 1;
                        if BARS
                            .iter()
                            .any(|&[bx, by, w, h]| x >= bx && x < bx + w && y >= by && y < by + h)
                        {
                            white += 1;
                        }
                    }
                }
            }
            if inside == 0 {
                pixels.extend_from_slice(&[0, 0, 0, 0]);
                continue;
            }
            // Colour over the covered samples only; coverage is the alpha.
            let mix = |brand: u8| ((u32::from(brand) * (inside - white) + 255 * white + inside / 2) / inside) as u8;
            let alpha = ((255 * inside + SAMPLES * SAMPLES / 2) / (SAMPLES * SAMPLES)) as u8;
            pixels.extend_from_slice(&[mix(BRAND[0]), mix(BRAND[1]), mix(BRAND[2]), alpha]);
        }
    }
    pixels
}

fn in_rounded_square(x: f64, y: f64) -> bool {
    if !(0.0..VIEW).contains(&x) || !(0.0..VIEW).contains(&y) {
        return false;
    }
    let cx = x.clamp(CORNER, VIEW - CORNER);
    let cy = y.clamp(CORNER, VIEW - CORNER);
    (x - cx).powi(2) + (y - cy).powi(2) <= CORNER * CORNER
}

/// The icon as a PNG file: 8-bit RGBA, no filtering, zlib at its best.
pub fn png(size: u32) -> Vec<u8> {
    let pixels = rgba(size);
    let row = (size * 4) as usize;
    let mut raw = Vec::with_capacity(pixels.len() + size as usize);
    for line in pixels.chunks(row) {
        raw.push(0); // filter type: none
        raw.extend_from_slice(line);
    }
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(&raw).expect("writing to memory");
    let data = zlib.finish().expect("writing to memory");

    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&size.to_be_bytes());
    // Bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace.
    header.extend_from_slice(&[8, 6, 0, 0, 0]);

    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"IDAT", &data);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.sum().to_be_bytes());
}

/// Writes every icon into `dir`.
pub fn write(dir: &std::path::Path) -> std::io::Result<()> {
    for size in SIZES {
        std::fs::write(dir.join(file_name(size)), png(size))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// The chunks of a PNG, each CRC checked.
    fn chunks(png: &[u8]) -> Vec<(String, Vec<u8>)> {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let mut rest = &png[8..];
        let mut out = Vec::new();
        while !rest.is_empty() {
            let len = u32::from_be_bytes(rest[..4].try_into().unwrap()) as usize;
            let kind = &rest[4..8];
            let data = &rest[8..8 + len];
            let mut crc = flate2::Crc::new();
            crc.update(kind);
            crc.update(data);
            assert_eq!(crc.sum().to_be_bytes(), rest[8 + len..12 + len], "CRC of {kind:?}");
            out.push((String::from_utf8(kind.to_vec()).unwrap(), data.to_vec()));
            rest = &rest[12 + len..];
        }
        out
    }

    #[test]
    fn the_favicon_draws_the_same_shapes() {
        let svg = include_str!("../../public/favicon.svg");
        assert!(svg.contains(r#"viewBox="0 0 32 32""#), "{svg}");
        assert!(
            svg.contains(r##"<rect width="32" height="32" rx="6" fill="#0b4f8a"/>"##),
            "{svg}"
        );
        assert!(
            svg.contains(r##"d="M6 24h20v2H6zM9 14h3v9H9zm5.5-4h3v13h-3zM20 6h3v17h-3z" fill="#fff""##),
            "favicon.svg changed: update BARS in xtask/src/icons.rs to match: {svg}"
        );
    }

    #[test]
    fn writes_a_valid_png_of_each_size() {
        for size in SIZES {
            let png = png(size);
            let chunks = chunks(&png);
            let names: Vec<&str> = chunks.iter().map(|(k, _)| k.as_str()).collect();
            assert_eq!(names, ["IHDR", "IDAT", "IEND"]);
            let header = &chunks[0].1;
            assert_eq!(u32::from_be_bytes(header[..4].try_into().unwrap()), size);
            assert_eq!(u32::from_be_bytes(header[4..8].try_into().unwrap()), size);
            assert_eq!(&header[8..], &[8, 6, 0, 0, 0]);
            let mut raw = Vec::new();
            flate2::read::ZlibDecoder::new(&chunks[1].1[..])
                .read_to_end(&mut raw)
                .unwrap();
            assert_eq!(raw.len(), (size * (size * 4 + 1)) as usize);
            assert_eq!(png, super::png(size), "the same bytes every time");
        }
    }

    #[test]
    fn draws_the_brand_square_with_white_bars() {
        let size = 192;
        let pixels = rgba(size);
        let at = |x: f64, y: f64| {
            // A point in the 32-unit view, as the pixel under it.
            let (px, py) = ((x * 6.0) as usize, (y * 6.0) as usize);
            let i = (py * size as usize + px) * 4;
            [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]]
        };
        assert_eq!(at(0.1, 0.1)[3], 0, "outside the rounded corner");
        assert_eq!(at(3.0, 16.0), [0x0b, 0x4f, 0x8a, 255], "the square");
        assert_eq!(at(21.5, 8.0), [255, 255, 255, 255], "the tallest bar");
        assert_eq!(at(16.0, 25.0), [255, 255, 255, 255], "the base line");
        assert_eq!(at(13.0, 12.0), [0x0b, 0x4f, 0x8a, 255], "between bars");
    }
}
