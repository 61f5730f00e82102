//! "Did you mean ...?" for misspelt keys, enum values and clause ids.

/// The candidate closest to `input`, if it is close enough to be a likely typo.
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::normalized_damerau_levenshtein(&input, &c.to_lowercase()),
                c,
            )
        })
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn finds_typos_and_ignores_unrelated_words() {
        let keys = ["root_cause", "actions", "owner"];
        assert_eq!(nearest("root_casue", keys), Some("root_cause"));
        assert_eq!(nearest("Owner", keys), Some("owner"));
        assert_eq!(nearest("banana", keys), None);
    }
}
