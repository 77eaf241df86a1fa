//! Heading numbers as plans write them: I., II. for parts, 1., 2. inside
//! a part, a), b) below that.

const ROMAN: [(usize, &str); 13] = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

pub fn roman(mut n: usize) -> String {
    let mut out = String::new();
    for (value, letters) in ROMAN {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

/// a … z, then aa, ab, … (Vietnamese plans use the Latin letters).
pub fn letter(n: usize) -> String {
    let n = n.max(1) - 1;
    let tail = char::from(b'a' + (n % 26) as u8);
    if n < 26 {
        tail.to_string()
    } else {
        format!("{}{tail}", letter(n / 26))
    }
}

/// Counters for the three heading levels; a level resets those below it.
#[derive(Debug, Default)]
pub struct Numbering {
    counts: [usize; 3],
}

impl Numbering {
    /// The next number at `level` (1 to 3), with its punctuation.
    pub fn next(&mut self, level: u8) -> String {
        let i = usize::from(level.clamp(1, 3)) - 1;
        self.counts[i] += 1;
        for below in &mut self.counts[i + 1..] {
            *below = 0;
        }
        let n = self.counts[i];
        match i {
            0 => format!("{}.", roman(n)),
            1 => format!("{n}."),
            _ => format!("{})", letter(n)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_plans_write_them() {
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(14), "XIV");
        assert_eq!(letter(1), "a");
        assert_eq!(letter(27), "aa");
        let mut n = Numbering::default();
        assert_eq!(
            [
                n.next(1),
                n.next(2),
                n.next(3),
                n.next(3),
                n.next(2),
                n.next(1),
                n.next(2)
            ],
            ["I.", "1.", "a)", "b)", "2.", "II.", "1."]
        );
    }
}
