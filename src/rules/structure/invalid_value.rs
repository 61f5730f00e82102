//! S004: a value of the wrong kind or outside its set (reported by `reader`).

use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::suggest::nearest;

super::super::rule!(
    "S004",
    "invalid-value",
    Error,
    "a value outside its enum or type (the nearest valid value is suggested)"
);

/// Text that should name a rule (in a waiver or in `rules:` of the config)
/// but names none.
pub fn not_a_rule_code(span: Span, text: &str) -> Diagnostic {
    let codes = super::super::RULES.iter().map(|r| r.code);
    let help = match nearest(text, codes) {
        Some(code) => format!("did you mean `{code}`? `ncreg rules` lists every rule"),
        None => "`ncreg rules` lists every rule".into(),
    };
    Diagnostic::new(&RULE, span, format!("`{text}` is not a rule code")).help(help)
}
