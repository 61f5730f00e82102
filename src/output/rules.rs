//! `ncreg rules` and `ncreg explain`: the registry, for people.

use crate::rules::{self, RULES};
use crate::suggest::nearest;

/// One line a rule: code, name, default severity, when it fires.
pub fn table() -> String {
    let width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(0);
    RULES
        .iter()
        .map(|r| {
            format!(
                "{}  {:width$}  {:7}  {}\n",
                r.code,
                r.name,
                r.severity.as_str(),
                r.summary
            )
        })
        .collect()
}

/// A rule's documentation, or why there is none.
pub fn explain(code: &str) -> Result<String, String> {
    let by_name = RULES.iter().copied().find(|r| r.name == code);
    match rules::find(code).or(by_name) {
        Some(rule) => Ok(rule.docs.to_string()),
        None => {
            let names = RULES.iter().flat_map(|r| [r.code, r.name]);
            Err(match nearest(code, names) {
                Some(near) => {
                    format!("no rule `{code}`; did you mean `{near}`? `ncreg rules` lists them all")
                }
                None => format!("no rule `{code}`; `ncreg rules` lists them all"),
            })
        }
    }
}
