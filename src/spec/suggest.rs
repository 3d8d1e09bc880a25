//! Nearest-name suggestions ("did you mean …?") for unknown field names and enum values.
//!
//! Owns only the string distance and the rule for when a candidate is close enough; the wording of the
//! message lives in `messages`.

/// The candidate closest to `input`, if any is close enough to be worth suggesting.
///
/// Comparison ignores ASCII case, so `"zh-cn"` finds `"zh-CN"`. A candidate qualifies when its
/// Damerau distance is small for its length, or when one name is a prefix of the other (`"zh"` →
/// `"zh-CN"`, `"en-US"` → `"en"`): editors often type a shortened or regional form. Ties go to the
/// earlier candidate, so callers list the likelier names first.
pub fn nearest<'a>(input: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let input = input.to_ascii_lowercase();
    candidates
        .iter()
        .filter_map(|&candidate| {
            let lower = candidate.to_ascii_lowercase();
            let d = distance(&input, &lower);
            is_close(&input, &lower, d).then_some((d, candidate))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, candidate)| candidate)
}

fn is_close(input: &str, candidate: &str, d: usize) -> bool {
    let (a, b) = (input.chars().count(), candidate.chars().count());
    let longest = a.max(b);
    // The second test keeps more than half the letters, ruling out "pie" → "line" or "z" → "x".
    let near = d <= (a / 3).max(2) && 2 * d < longest;
    let prefix =
        (a >= 2 && candidate.starts_with(input)) || (b >= 2 && input.starts_with(candidate));
    near || prefix
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring characters ("titel" → "title" is one edit) each cost 1.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rolling rows: the swap rule looks two rows back.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: [&str; 8] =
        ["version", "locale", "title", "subtitle", "source", "source_url", "note", "charts"];

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("titel", "title"), 1);
        assert_eq!(distance("chrats", "charts"), 1);
        assert_eq!(distance("数据", "数剧"), 1);
    }

    #[test]
    fn suggests_typos_and_swaps() {
        assert_eq!(nearest("titel", &ROOT), Some("title"));
        assert_eq!(nearest("chart", &ROOT), Some("charts"));
        assert_eq!(nearest("sourceurl", &ROOT), Some("source_url"));
        assert_eq!(nearest("Version", &ROOT), Some("version"));
    }

    #[test]
    fn ignores_case_and_accepts_prefixes() {
        let locales = ["zh-CN", "en"];
        assert_eq!(nearest("zh-cn", &locales), Some("zh-CN"));
        assert_eq!(nearest("zh", &locales), Some("zh-CN"));
        assert_eq!(nearest("zh_CN", &locales), Some("zh-CN"));
        assert_eq!(nearest("en-US", &locales), Some("en"));
        assert_eq!(nearest("fr", &locales), None);
    }

    #[test]
    fn refuses_far_names() {
        assert_eq!(nearest("foo", &ROOT), None);
        assert_eq!(nearest("colour", &ROOT), None);
        assert_eq!(nearest("z", &["x", "y"]), None);
        assert_eq!(nearest("pie", &["kpi", "line", "bar"]), None);
        assert_eq!(nearest("id", &["x", "y"]), None);
    }

    #[test]
    fn ties_go_to_the_earlier_candidate() {
        assert_eq!(nearest("lin", &["kpi", "line", "bar"]), Some("line"));
        assert_eq!(nearest("bars", &["kpi", "line", "bar"]), Some("bar"));
        assert_eq!(nearest("ab", &["abx", "aby"]), Some("abx"));
    }
}
