//! What inputs are made of: the characters and tokens the formats give a
//! meaning to, and those that trip parsers up (Vietnamese letters, other
//! scripts, BOM, control characters, broken escapes, huge digit runs).

use crate::rng::Rng;

/// Tokens of every format read (numbers, CSV, links, stored texts, JSON),
/// and near misses of them.
const TOKENS: &[&str] = &[
    ",",
    ";",
    "\t",
    "\"",
    "\"\"",
    "\r",
    "\n",
    "\r\n",
    "\u{feff}",
    ".",
    "-",
    "+",
    "\u{2212}",
    " ",
    "\u{a0}",
    "\u{202f}",
    "\u{2009}",
    "%",
    "%25",
    "%C3",
    "%E1%BB%87",
    "%zz",
    "%+5",
    "%0",
    "~",
    "&",
    "=",
    "?",
    "|",
    "*",
    "0",
    "00",
    "1",
    "9",
    "000",
    "1.234",
    "1.234.567",
    "1,5",
    "3,04%",
    "-0",
    "999999999999999999999999999999",
    "79.228.162.514.264.337.593.543.950.335",
    "-79228162514264337593543950335",
    "0,0000000000000000000000000001",
    "9999999999999999999999999999",
    "18446744073709551615",
    "2147483647",
    "4294967295",
    "đ",
    "đồng",
    "VNĐ",
    "₫",
    "/",
    "29/02/2025",
    "31/12/9999",
    "2026-02-03T07:05:09.120Z",
    "{",
    "}",
    "[",
    "]",
    ":",
    "null",
    "true",
    "1e308",
    "-1",
    "18446744073709551616",
    "4294967296",
    "2147483648",
    "Thôn",
    "Bản",
    "Xã",
    "nghèo",
    "cận nghèo",
    "có",
    "không",
    "x",
    "nong-thon",
    "thanh-thi",
    "dtpt",
    "sn",
    "v=1",
    "v=2",
    "plan=1",
    "plan=2",
    "plan=3",
    "dimension=",
    "part=std|",
    "part=own|1|",
    "project=",
    "project-office=1|",
    "project-output=",
    "chuong-trinh=2026",
    "…/3/2027",
    "Phường",
    "end",
    "name=",
    "thon=",
    "tong=",
    "dong=",
    "du-an=",
    "danh-muc=",
    "dp-goc=",
    "dp-nt=",
    "dp-min=",
    "chuan=",
    "thieu=",
    "\0",
    "\u{1}",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "\u{200b}",
    "\u{301}",
    "\u{fffd}",
    "\u{10ffff}",
    "😀",
    "中文",
    "ก",
];

/// Letters of Vietnamese, precomposed and with combining marks.
const VIETNAMESE: &[&str] = &[
    "à",
    "á",
    "ả",
    "ã",
    "ạ",
    "ă",
    "ắ",
    "â",
    "ấ",
    "đ",
    "Đ",
    "è",
    "ê",
    "ế",
    "ể",
    "ì",
    "í",
    "ò",
    "ô",
    "ồ",
    "ơ",
    "ợ",
    "ù",
    "ư",
    "ữ",
    "ự",
    "ỳ",
    "ỹ",
    "ỵ",
    "Ư",
    "Ơ",
    "a\u{300}",
    "e\u{302}\u{301}",
];

pub fn token(rng: &mut Rng) -> &'static str {
    TOKENS[rng.below(TOKENS.len())]
}

/// One random piece of text, as bytes.
pub fn piece(rng: &mut Rng) -> Vec<u8> {
    match rng.below(10) {
        0..=3 => token(rng).as_bytes().to_vec(),
        4 => rng.pick(VIETNAMESE).as_bytes().to_vec(),
        5 => vec![b'0' + rng.below(10) as u8],
        6 => vec![b'a' + rng.below(26) as u8],
        7 => digit_run(rng),
        8 => {
            let c = char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}');
            c.to_string().into_bytes()
        }
        _ => vec![rng.below(256) as u8],
    }
}

/// Digits, sometimes thousands of them, sometimes grouped the Vietnamese way.
fn digit_run(rng: &mut Rng) -> Vec<u8> {
    let most = if rng.one_in(8) { 5_000 } else { 40 };
    let len = 1 + rng.below(most);
    let grouped = rng.one_in(3);
    let mut out = Vec::with_capacity(len + len / 3);
    for i in 0..len {
        if grouped && i > 0 && (len - i).is_multiple_of(3) {
            out.push(b'.');
        }
        out.push(b'0' + rng.below(10) as u8);
    }
    out
}

/// A text of random pieces, or now and then bytes with no structure at all.
pub fn random_input(rng: &mut Rng) -> Vec<u8> {
    let most = if rng.one_in(10) { 400 } else { 24 };
    let count = rng.below(most);
    if rng.one_in(8) {
        return (0..count).map(|_| rng.below(256) as u8).collect();
    }
    let mut out = Vec::new();
    for _ in 0..count {
        out.extend(piece(rng));
    }
    out
}
