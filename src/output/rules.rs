//! `ncreg rules` and `ncreg explain`: the rule codes, for people.

use crate::analysis::Phrases;
use crate::codes::Code;
use crate::suggest::nearest;

/// One line a rule: code, name, default severity, when it fires.
pub fn table() -> String {
    let width = Code::ALL.iter().map(|c| c.name().len()).max().unwrap_or(0);
    Code::ALL
        .iter()
        .map(|c| {
            format!(
                "{}  {:width$}  {:7}  {}\n",
                c,
                c.name(),
                c.severity().as_str(),
                c.summary()
            )
        })
        .collect()
}

/// Every rule as JSON, for tools: `{"version", "rules": [{"code", "name",
/// "severity", "family", "waivable", "summary"}]}`.
pub fn json() -> String {
    let rules: Vec<serde_json::Value> = Code::ALL
        .iter()
        .map(|c| {
            serde_json::json!({
                "code": c.as_str(),
                "name": c.name(),
                "severity": c.severity().as_str(),
                "family": format!("{:?}", c.family()).to_lowercase(),
                "waivable": c.waivable(),
                "summary": c.summary(),
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&serde_json::json!({"version": 1, "rules": rules}))
        .expect("plain data always serialises");
    text.push('\n');
    text
}

/// A rule's documentation, or why there is none.
/// How R001 reads a root cause, or how R002 ranks an action, step by step.
pub fn explain_text(code: &str, text: &str, phrases: &Phrases) -> Result<String, String> {
    match Code::find(code) {
        Some(Code::R001) => {
            let j = phrases.explain_cause(text);
            let verdict = if j.shallow {
                "R001 fires: shallow"
            } else {
                "R001 does not fire"
            };
            Ok(format!("{}\n{verdict}\n", j.trace.join("\n")))
        }
        Some(Code::R002) => {
            let ranked = phrases.explain_action(text);
            let words = ranked
                .words
                .iter()
                .map(|w| format!("\"{w}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let trace: String = ranked.trace.iter().map(|l| format!("{l}\n")).collect();
            Ok(trace + &match ranked.tier {
                Some(t) => format!(
                    "tier: {} (decided by {words})\n{}\n",
                    t.as_str(),
                    if t.corrects() {
                        "reaches the detect tier: R002 does not fire on a record with this action"
                    } else {
                        "below the detect tier: R002 fires when no action of the record reaches it"
                    }
                ),
                None => "tier: none (nothing says what kind of action it is; R002 gives it the benefit of the doubt)\n".to_string(),
            })
        }
        Some(c) => Err(format!(
            "{} does not read text; --text works with R001 and R002",
            c.as_str()
        )),
        None => explain(code),
    }
}

pub fn explain(code: &str) -> Result<String, String> {
    match Code::find(code) {
        Some(c) => Ok(c.docs().to_string()),
        None => {
            let names = Code::ALL.iter().flat_map(|c| [c.as_str(), c.name()]);
            Err(match nearest(code, names) {
                Some(near) => {
                    format!("no rule `{code}`; did you mean `{near}`? `ncreg rules` lists them all")
                }
                None => format!("no rule `{code}`; `ncreg rules` lists them all"),
            })
        }
    }
}
