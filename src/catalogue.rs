//! Catalogues of valid clause and control ids per standard (rule S010).
//!
//! ISO/IEC 27001:2022 and :2013, ISO/IEC 27701:2019, ISO/IEC 42001:2023 and
//! ISO 9001:2015 are built in (`src/catalogues/*.txt`, each naming its source and edition in
//! its header); the config's `standards:` adds others from files in the same
//! format: one id a line, `#` starts a comment.

use std::collections::{BTreeSet, HashMap};

pub struct Catalogue {
    pub name: String,
    pub ids: BTreeSet<String>,
}

pub struct Catalogues {
    by_key: HashMap<String, Catalogue>,
}

pub const ISO27001_2022: &str = "ISO/IEC 27001:2022";
pub const ISO27001_2013: &str = "ISO/IEC 27001:2013";
pub const ISO27701_2019: &str = "ISO/IEC 27701:2019";
pub const ISO42001_2023: &str = "ISO/IEC 42001:2023";
pub const ISO9001_2015: &str = "ISO 9001:2015";

impl Catalogues {
    pub fn builtin() -> Self {
        let mut c = Catalogues {
            by_key: HashMap::new(),
        };
        c.add(ISO27001_2022, include_str!("catalogues/iso27001-2022.txt"));
        c.add(ISO27001_2013, include_str!("catalogues/iso27001-2013.txt"));
        c.add(ISO27701_2019, include_str!("catalogues/iso27701-2019.txt"));
        c.add(ISO42001_2023, include_str!("catalogues/iso42001-2023.txt"));
        c.add(ISO9001_2015, include_str!("catalogues/iso9001-2015.txt"));
        c
    }

    pub fn add(&mut self, name: &str, text: &str) {
        let ids = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        let catalogue = Catalogue {
            name: name.to_string(),
            ids,
        };
        self.by_key.insert(key(name), catalogue);
    }

    /// The catalogue of a standard as people write its name: "ISO/IEC
    /// 27001:2022", "ISO 27001:2022" and "iso27001:2022" are the same.
    pub fn get(&self, standard: &str) -> Option<&Catalogue> {
        self.by_key.get(&key(standard))
    }
}

pub fn key(standard: &str) -> String {
    let s: String = standard
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ':')
        .flat_map(char::to_lowercase)
        .collect();
    s.strip_prefix("isoiec")
        .or_else(|| s.strip_prefix("iso"))
        .unwrap_or(&s)
        .to_string()
}

/// The canonical spelling of a clause id written loosely: "Clause 9.2" ->
/// "9.2", "A5.18" / "a.5.18" / "Annex A 5.18" -> "A.5.18"; ISO/IEC 27701's
/// Annex B controls likewise ("b.8.2.1" -> "B.8.2.1").
pub fn canonical(clause: &str) -> String {
    let lower = clause.trim().to_lowercase();
    if let Some(rest) = lower
        .strip_prefix("annex b")
        .or_else(|| lower.strip_prefix('b'))
    {
        return format!(
            "B.{}",
            rest.trim_start_matches(['.', ' ', '-'])
                .trim()
                .trim_end_matches('.')
        );
    }
    let rest = lower
        .strip_prefix("clause")
        .or_else(|| lower.strip_prefix("annex a"))
        .map(|r| (lower.starts_with("annex"), r))
        .unwrap_or((false, &lower));
    let (annex, rest) = match rest {
        (true, r) => (true, r.trim()),
        (false, r) => match r.trim().strip_prefix('a') {
            Some(r) => (true, r),
            None => (false, r.trim()),
        },
    };
    let digits = rest
        .trim_start_matches(['.', ' ', '-'])
        .trim()
        .trim_end_matches('.');
    if annex {
        format!("A.{digits}")
    } else {
        digits.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalogues_have_the_published_counts() {
        let c = Catalogues::builtin();
        let annex = |name| {
            c.get(name)
                .unwrap()
                .ids
                .iter()
                .filter(|i| i.starts_with("A."))
                .count()
        };
        assert_eq!(annex("ISO/IEC 27001:2022"), 93);
        assert_eq!(annex("ISO 27001:2013"), 114);
        assert!(c.get("iso27001:2022").unwrap().ids.contains("6.3"));
        assert!(!c.get(ISO27001_2013).unwrap().ids.contains("6.3"));
        assert_eq!(annex("ISO/IEC 42001:2023"), 38);
        assert!(c.get("ISO 42001:2023").unwrap().ids.contains("6.1.4"));
        assert!(c.get("ISO 9001:2015").unwrap().ids.contains("8.5.1"));
        assert!(!c.get("ISO 9001:2015").unwrap().ids.contains("A.5.1"));
        let privacy = c.get("ISO/IEC 27701:2019").unwrap();
        let count = |prefix: &str| privacy.ids.iter().filter(|i| i.starts_with(prefix)).count();
        assert_eq!((count("A."), count("B.")), (31, 18));
        assert!(privacy.ids.contains("6.6.2.1") && privacy.ids.contains("5.8.1"));
        assert!(c.get("ISO/IEC 27017:2015").is_none());
    }

    #[test]
    fn loose_spellings_become_canonical() {
        assert_eq!(canonical("Clause 9.2"), "9.2");
        assert_eq!(canonical("A5.18"), "A.5.18");
        assert_eq!(canonical("a.5.18"), "A.5.18");
        assert_eq!(canonical("Annex A 8.2"), "A.8.2");
        assert_eq!(canonical("9.2."), "9.2");
        assert_eq!(canonical("b.8.2.1"), "B.8.2.1");
        assert_eq!(canonical("Annex B 8.5.8"), "B.8.5.8");
    }
}
