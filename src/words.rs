//! English for messages and reports.

use std::fmt::Display;

/// A count with its noun: "1 day", "5 days".
pub fn counted(n: impl Display, noun: &str) -> String {
    let n = n.to_string();
    let plural = if n == "1" { "" } else { "s" };
    format!("{n} {noun}{plural}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_is_singular() {
        assert_eq!(super::counted(1usize, "day"), "1 day");
        assert_eq!(super::counted(0, "day"), "0 days");
        assert_eq!(super::counted(-2i64, "day"), "-2 days");
    }
}
