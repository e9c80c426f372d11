//! The arithmetic of item analysis, on plain numbers.
//!
//! Standard deviations are *sample* standard deviations (divided by n - 1), as in
//! Moodle's quiz statistics and in spreadsheets' `STDEV`: the learners who took
//! a quiz are a sample of those who will. Correlations do not depend on the
//! choice (it cancels), and Cronbach's alpha uses sample variances throughout,
//! so it does not either.

/// The mean of `values`; `None` when there are none.
pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some(values.iter().sum::<f64>() / values.len() as f64)
}

/// The sample variance of `values` (divided by n - 1); `None` below two values.
pub fn sample_variance(values: &[f64]) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let centre = mean(values)?;
    let squares: f64 = values.iter().map(|value| (value - centre).powi(2)).sum();
    Some(squares / (values.len() - 1) as f64)
}

/// The sample standard deviation of `values`; `None` below two values.
pub fn sample_sd(values: &[f64]) -> Option<f64> {
    sample_variance(values).map(f64::sqrt)
}

/// The median: the middle value, or the mean of the two middle values.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        Some(sorted[middle])
    } else {
        Some((sorted[middle - 1] + sorted[middle]) / 2.0)
    }
}

/// Pearson's correlation of paired values; `None` below two pairs or when
/// either side does not vary (everyone scored the same: nothing to correlate).
pub fn correlation(pairs: &[(f64, f64)]) -> Option<f64> {
    if pairs.len() < 2 {
        return None;
    }
    let count = pairs.len() as f64;
    let mean_x = pairs.iter().map(|pair| pair.0).sum::<f64>() / count;
    let mean_y = pairs.iter().map(|pair| pair.1).sum::<f64>() / count;
    let (mut xy, mut xx, mut yy) = (0.0, 0.0, 0.0);
    for (x, y) in pairs {
        let (dx, dy) = (x - mean_x, y - mean_y);
        xy += dx * dy;
        xx += dx * dx;
        yy += dy * dy;
    }
    // Sums of squares this small are rounding noise around a constant.
    if xx <= 1e-12 || yy <= 1e-12 {
        return None;
    }
    Some((xy / (xx * yy).sqrt()).clamp(-1.0, 1.0))
}

/// Cronbach's alpha of a table of item scores (one row per attempt, the same
/// number of items in each): `k / (k - 1) * (1 - sum of item variances /
/// variance of the row totals)`, with sample variances. `None` below two items
/// or two rows, or when the totals do not vary.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let items = rows.first()?.len();
    if items < 2 || rows.len() < 2 || rows.iter().any(|row| row.len() != items) {
        return None;
    }
    let totals: Vec<f64> = rows.iter().map(|row| row.iter().sum()).collect();
    let total_variance = sample_variance(&totals)?;
    if total_variance <= 1e-12 {
        return None;
    }
    let mut item_variances = 0.0;
    let mut column = Vec::with_capacity(rows.len());
    for item in 0..items {
        column.clear();
        column.extend(rows.iter().map(|row| row[item]));
        item_variances += sample_variance(&column)?;
    }
    let k = items as f64;
    Some(k / (k - 1.0) * (1.0 - item_variances / total_variance))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_samples_have_no_spread_or_correlation() {
        assert_eq!(mean(&[]), None);
        assert_eq!(sample_sd(&[1.0]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0, 10.0]), Some(2.5));
        assert_eq!(correlation(&[(1.0, 2.0), (1.0, 3.0)]), None);
        assert_eq!(cronbach_alpha(&[vec![1.0, 1.0], vec![1.0, 1.0]]), None);
    }
}
