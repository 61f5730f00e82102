//! S010: the clause is not in the catalogue of the record's standard.

use crate::codes::Code;

use crate::catalogue::{self, ISO27001_2013, ISO27001_2022};
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};
use crate::suggest::nearest;

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(req) = &s.record.requirement else {
        return;
    };
    let Some(clause) = &req.value.clause else {
        return;
    };
    let standard = req
        .value
        .standard
        .as_ref()
        .map_or(ctx.config.default_standard.as_str(), |s| s.value.as_str());
    // A standard without a catalogue (a sector scheme) is not checked.
    let Some(cat) = ctx.catalogues.get(standard) else {
        return;
    };
    if cat.ids.contains(&clause.value) {
        return;
    }
    let canonical = catalogue::canonical(&clause.value);
    let other = [ISO27001_2022, ISO27001_2013]
        .into_iter()
        .filter_map(|name| ctx.catalogues.get(name))
        .find(|c| c.name != cat.name && c.ids.contains(&canonical));
    let help = if cat.ids.contains(&canonical) {
        format!("write it as `{canonical}`")
    } else if let Some(other) = other {
        format!(
            "`{canonical}` is a clause or control of {}, not of {}: map it to its {} equivalent, or set `requirement.standard: {}` if the finding was raised against that edition",
            other.name, cat.name, cat.name, other.name
        )
    } else if let Some(near) = nearest(&canonical, cat.ids.iter().map(String::as_str)) {
        format!("did you mean `{near}`? Clauses are written \"9.2\", Annex A controls \"A.5.18\"")
    } else {
        "clauses are written \"9.2\", Annex A controls \"A.5.18\"".to_string()
    };
    out.push(
        Diagnostic::new(
            Code::S010,
            clause.span,
            format!(
                "`{}` is not a clause or control of {}",
                clause.value, cat.name
            ),
        )
        .help(help),
    );
}
