//! Sharing a unit's target out among sub-units (giao chỉ tiêu) in whole
//! households, in proportion to a base, summing exactly to the total: the
//! largest-remainder (Hamilton) method.

use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Something to share but every weight is zero.
    NoBase,
    /// More to share than the sub-units can take (their caps).
    OverCapacity { total: u64, capacity: u64 },
}

/// Whole shares of `total` in proportion to `weights`, summing to `total`.
/// Remainders go to the largest fractional parts; ties to the larger
/// weight, then to the earlier row, so the result never depends on luck.
pub fn share_out(total: u64, weights: &[u64]) -> Result<Vec<u64>, ShareError> {
    let sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    if total == 0 {
        return Ok(vec![0; weights.len()]);
    }
    if sum == 0 {
        return Err(ShareError::NoBase);
    }
    let total_wide = u128::from(total);
    let mut shares: Vec<u64> = Vec::with_capacity(weights.len());
    let mut remainders: Vec<(usize, u128)> = Vec::with_capacity(weights.len());
    for (i, &w) in weights.iter().enumerate() {
        let exact = total_wide * u128::from(w);
        // floor(total × w / sum) ≤ total, so it fits in u64.
        shares.push((exact / sum) as u64);
        remainders.push((i, exact % sum));
    }
    let given: u64 = shares.iter().sum();
    remainders.sort_by(|a, b| match b.1.cmp(&a.1) {
        Ordering::Equal => weights[b.0].cmp(&weights[a.0]).then(a.0.cmp(&b.0)),
        other => other,
    });
    for &(i, _) in remainders.iter().take((total - given) as usize) {
        shares[i] += 1;
    }
    Ok(shares)
}

/// As [`share_out`], but no sub-unit gets more than its cap (a village
/// cannot lift more households out of poverty than it has able to escape).
/// What a capped row cannot take is shared again among the others.
pub fn share_out_capped(total: u64, weights: &[u64], caps: &[u64]) -> Result<Vec<u64>, ShareError> {
    let capacity: u64 = caps.iter().fold(0u64, |a, &c| a.saturating_add(c));
    if total > capacity {
        return Err(ShareError::OverCapacity { total, capacity });
    }
    let mut shares = vec![0u64; weights.len()];
    let mut open: Vec<bool> = caps.iter().map(|&c| c > 0).collect();
    let mut left = total;
    while left > 0 {
        let active: Vec<u64> = weights
            .iter()
            .zip(&open)
            .map(|(&w, &o)| if o { w } else { 0 })
            .collect();
        // Rows with room but no weight take what weighted rows cannot.
        let active = if active.iter().all(|&w| w == 0) {
            open.iter().map(|&o| u64::from(o)).collect()
        } else {
            active
        };
        let round = share_out(left, &active)?;
        for i in 0..shares.len() {
            let room = caps[i] - shares[i];
            let take = round[i].min(room);
            shares[i] += take;
            left -= take;
            if shares[i] == caps[i] {
                open[i] = false;
            }
        }
    }
    Ok(shares)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_sum_exactly_by_largest_remainder() {
        // 10 in proportion 1:1:1 → 3,33 each; the first row takes the extra one.
        assert_eq!(share_out(10, &[1, 1, 1]).unwrap(), vec![4, 3, 3]);
        // 7 over 50, 30, 20 → 3,5 2,1 1,4: remainders ,5 ,4 ,1 (one extra).
        assert_eq!(share_out(7, &[50, 30, 20]).unwrap(), vec![4, 2, 1]);
        assert_eq!(share_out(0, &[0, 0]).unwrap(), vec![0, 0]);
        assert_eq!(share_out(5, &[0, 0]), Err(ShareError::NoBase));
        assert_eq!(share_out(5, &[]), Err(ShareError::NoBase));
    }

    #[test]
    fn ties_go_to_the_larger_base_then_the_earlier_row() {
        assert_eq!(share_out(1, &[2, 2]).unwrap(), vec![1, 0]);
        assert_eq!(share_out(3, &[1, 2, 1]).unwrap(), vec![1, 1, 1]);
        assert_eq!(share_out(2, &[1, 3]).unwrap(), vec![0, 2]);
    }

    #[test]
    fn caps_are_respected_and_the_rest_goes_elsewhere() {
        // Village 1 has most poor, but only 2 able to escape.
        assert_eq!(
            share_out_capped(10, &[80, 10, 10], &[2, 20, 20]).unwrap(),
            vec![2, 4, 4]
        );
        assert_eq!(
            share_out_capped(50, &[1, 1], &[10, 20]),
            Err(ShareError::OverCapacity {
                total: 50,
                capacity: 30
            })
        );
        // A row with room but no weight still takes what must go somewhere.
        assert_eq!(share_out_capped(3, &[5, 0], &[1, 5]).unwrap(), vec![1, 2]);
    }
}
