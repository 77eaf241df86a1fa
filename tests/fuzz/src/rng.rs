//! A small, seeded pseudo-random generator (xorshift64*): the same seed
//! gives the same cases on every machine, so a failure can be replayed.

#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// Any seed works; zero, which xorshift cannot leave, is moved off.
    pub fn new(seed: u64) -> Rng {
        Rng(splitmix(seed) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// 0 ≤ n < bound; `bound` must not be 0.
    pub fn below(&mut self, bound: usize) -> usize {
        // The high bits are the better ones; the tiny bias is of no matter here.
        (((self.next_u64() >> 32) * bound as u64) >> 32) as usize
    }

    /// True one time in `n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Spreads nearby seeds (a seed and a target's index) far apart.
pub fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_numbers_and_others_differ() {
        let draw = |seed| {
            let mut rng = Rng::new(seed);
            (0..8).map(|_| rng.next_u64()).collect::<Vec<_>>()
        };
        assert_eq!(draw(7), draw(7));
        assert_ne!(draw(7), draw(8));
        assert_ne!(draw(0), vec![0; 8]);
    }

    #[test]
    fn below_stays_in_range_and_reaches_both_ends() {
        let mut rng = Rng::new(1);
        let draws: Vec<usize> = (0..1_000).map(|_| rng.below(3)).collect();
        assert!(draws.iter().all(|&n| n < 3));
        assert!(draws.contains(&0) && draws.contains(&2));
    }
}
