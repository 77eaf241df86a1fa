//! Properties of the planning arithmetic, whatever the table.

use planning::{
    Counts, Issue, Place, RateBase, TypedRow, check, households_for_points, points_for_households, rate_percent,
    share_out, share_out_capped,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use vn_format::round_half_up;

/// A row whose breakdowns are consistent, with its printed rates right.
fn consistent_row() -> impl Strategy<Value = TypedRow> {
    (1u64..5_000, 0u64..=100, 0u64..=100, 0u64..=100, 0u64..=100, 0u64..=100).prop_map(
        |(households, poor_pct, near_pct, em_pct, social_pct, reduce_pct)| {
            let poor = households * poor_pct / 200;
            let near_poor = (households - poor) * near_pct / 100;
            let ethnic_minority = households * em_pct / 100;
            let ethnic_minority_poor = poor.min(ethnic_minority) * em_pct / 100;
            let social_protection_poor = poor * social_pct / 100;
            let able = poor - social_protection_poor;
            let reduction = able * reduce_pct / 100;
            let rate = |n| rate_percent(n, households).map(|r| round_half_up(r, 2));
            TypedRow {
                counts: Counts {
                    households,
                    ethnic_minority,
                    poor,
                    near_poor,
                    ethnic_minority_poor,
                    social_protection_poor,
                    poor_able_to_escape: able,
                },
                poor_rate: rate(poor),
                near_poor_rate: rate(near_poor),
                reduction: Some(reduction),
                reduction_points: rate(reduction),
                // Every printed figure as the annex prints it, on households.
                ethnic_minority_poor_rate: rate(ethnic_minority_poor),
                social_protection_poor_rate: rate(social_protection_poor),
                poor_able_to_escape_rate: rate(able),
                year_end_poor: Some(poor - reduction),
                year_end_rate: rate(poor - reduction),
            }
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn shares_sum_to_the_total_and_stay_within_one_of_their_quota(
        total in 0u64..10_000, weights in proptest::collection::vec(0u64..5_000, 1..40),
    ) {
        let sum: u64 = weights.iter().sum();
        match share_out(total, &weights) {
            Ok(shares) => {
                prop_assert_eq!(shares.iter().sum::<u64>(), total);
                for (s, w) in shares.iter().zip(&weights) {
                    // Hamilton: each share is its quota rounded down or up.
                    let quota_floor = (total * w).checked_div(sum).unwrap_or(0);
                    prop_assert!(*s == quota_floor || *s == quota_floor + 1);
                }
            }
            Err(_) => prop_assert!(sum == 0 && total > 0),
        }
    }

    #[test]
    fn capped_shares_sum_to_the_total_and_respect_every_cap(
        total in 0u64..2_000, rows in proptest::collection::vec((0u64..500, 0u64..200), 1..30),
    ) {
        let (weights, caps): (Vec<u64>, Vec<u64>) = rows.into_iter().unzip();
        let capacity: u64 = caps.iter().sum();
        match share_out_capped(total, &weights, &caps) {
            Ok(shares) => {
                prop_assert_eq!(shares.iter().sum::<u64>(), total);
                prop_assert!(shares.iter().zip(&caps).all(|(s, c)| s <= c));
            }
            Err(_) => prop_assert!(total > capacity),
        }
    }

    #[test]
    fn points_and_households_convert_back(households in 0u64..100_000, base in 1u64..1_000_000) {
        let points = points_for_households(households, base).unwrap();
        let back = households_for_points(points, base);
        prop_assert_eq!(round_half_up(back, 6), Decimal::from(households));
    }

    #[test]
    fn a_consistent_table_raises_nothing(rows in proptest::collection::vec(consistent_row(), 1..20)) {
        let total = TypedRow { counts: rows.iter().fold(Counts::default(), |a, r| a + r.counts), ..TypedRow::default() };
        let issues = check(&rows, Some(&total), RateBase::Row);
        // Rates on each row's own base can coincide with the unit base by chance.
        prop_assert!(issues.iter().all(|i| matches!(i, Issue::MixedBases { .. })), "{:?}", issues);
    }

    #[test]
    fn every_planted_inconsistency_is_found(
        mut rows in proptest::collection::vec(consistent_row(), 1..20), at in any::<prop::sample::Index>(), kind in 0u8..6,
    ) {
        let i = at.index(rows.len());
        let place = Place::Row(i);
        let row = &mut rows[i];
        let found = |issues: &[Issue], f: &dyn Fn(&Issue) -> bool| issues.iter().any(f);
        match kind {
            0 => row.poor_rate = row.poor_rate.map(|r| r + Decimal::new(1, 2)),
            1 => row.counts.ethnic_minority_poor = row.counts.poor + 1,
            2 => row.counts.social_protection_poor += 1,
            3 => row.reduction = Some(row.counts.poor + 1),
            4 => row.reduction_points = row.reduction_points.map(|p| p + Decimal::ONE),
            _ => row.counts.poor_able_to_escape += 1,
        }
        let row = rows[i].clone();
        let issues = check(&rows, None, RateBase::Row);
        let ok = match kind {
            0 => found(&issues, &|x| matches!(x, Issue::RateMismatch { place: p, .. } if *p == place)),
            1 => found(&issues, &|x| matches!(x, Issue::ExceedsGroup { place: p, .. } if *p == place)),
            2 | 5 => found(&issues, &|x| matches!(x, Issue::PartsDontAddUp { place: p, .. } | Issue::ExceedsGroup { place: p, .. } if *p == place)),
            3 => found(&issues, &|x| matches!(x, Issue::NegativeEnd { place: p, .. } if *p == place)),
            _ => found(&issues, &|x| matches!(x, Issue::PointsDisagree { place: p, .. } if *p == place)),
        };
        prop_assert!(ok, "kind {} in {:?} not found: {:?}", kind, row, issues);

        // A typed total that is off by one in any column is found too.
        let mut total = TypedRow { counts: rows.iter().fold(Counts::default(), |a, r| a + r.counts), ..TypedRow::default() };
        total.counts.households += 1;
        let issues = check(&rows, Some(&total), RateBase::Row);
        let total_flagged = issues.iter().any(|x| matches!(x, Issue::TotalMismatch { .. }));
        prop_assert!(total_flagged, "an off total was not flagged");
    }
}
