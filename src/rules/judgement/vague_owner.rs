//! R006: an owner is a team, a role or everyone rather than a named person;
//! or, with a `people` directory, not in it or has left.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::reader::Sp;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let mut owners: Vec<(String, &Sp<String>)> =
        r.owner.iter().map(|o| ("owner".to_string(), o)).collect();
    if let Some(actions) = &r.actions {
        for a in &actions.value {
            if let Some(o) = &a.owner {
                owners.push((a.path("owner"), o));
            }
        }
    }
    for (path, owner) in owners {
        if super::placeholder_text::placeholder(&owner.value).is_some() {
            continue; // R005 reports it
        }
        if is_vague(&owner.value) {
            out.push(
                Diagnostic::new(Code::R006, owner.span, format!("`{path}` is \"{}\", a team or role, not a named person", owner.value))
                    .help("name one accountable person (\"J. Admin\"); a team cannot be asked why a date slipped"),
            );
            continue;
        }
        let people = &ctx.config.people;
        if people.is_empty() {
            continue;
        }
        match people
            .iter()
            .find(|p| crate::model::person::same(&p.name, &owner.value))
        {
            None => out.push(
                Diagnostic::new(
                    Code::R006,
                    owner.span,
                    format!(
                        "`{path}` \"{}\" is not in the register's `people` list",
                        owner.value
                    ),
                )
                .help(
                    "use the name as written in `people:` in ncreg.yaml, or add the person there",
                ),
            ),
            Some(p) => {
                if let Some(left) = p.left.filter(|l| *l <= ctx.as_of) {
                    out.push(
                        Diagnostic::new(Code::R006, owner.span, format!("`{path}` \"{}\" left on {left}", owner.value))
                            .help("hand the record or action to someone who is still here and record the change"),
                    );
                }
            }
        }
    }
}

/// A team, department, role or everyone: no named person.
pub fn is_vague(owner: &str) -> bool {
    const GROUP: &[&str] = &[
        "team",
        "teams",
        "department",
        "dept",
        "group",
        "staff",
        "everyone",
        "everybody",
        "all",
        "management",
        "committee",
        "board",
        "office",
        "function",
        "unit",
        "division",
        "owners",
        "users",
        "employees",
        "personnel",
        "leadership",
        "managers",
        "admins",
        "administrators",
        "engineers",
        "tbd",
    ];
    const ROLE: &[&str] = &[
        "it",
        "hr",
        "ciso",
        "cio",
        "cto",
        "ceo",
        "cfo",
        "coo",
        "dpo",
        "isms",
        "infosec",
        "security",
        "manager",
        "director",
        "head",
        "of",
        "the",
        "lead",
        "owner",
        "admin",
        "administrator",
        "supervisor",
        "helpdesk",
        "service",
        "desk",
        "servicedesk",
        "finance",
        "legal",
        "facilities",
        "operations",
        "ops",
        "devops",
        "sre",
        "procurement",
        "compliance",
        "audit",
        "support",
        "information",
        "officer",
        "and",
        "&",
        "/",
        "quality",
        "risk",
        "data",
        "protection",
        "network",
        "system",
        "systems",
        "engineering",
        "development",
        "sales",
        "marketing",
        "purchasing",
        "payroll",
        "accounts",
        "internal",
        "external",
        "chief",
        "vp",
        "senior",
    ];
    let words: Vec<String> = owner
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.iter().any(|w| GROUP.contains(&w.as_str())) {
        return true;
    }
    // Every word a role or department ("IT", "ISMS Manager", "Head of HR"):
    // an initial ("J.") or any other word makes it a name.
    words.iter().all(|w| ROLE.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::is_vague;

    #[test]
    fn teams_and_roles_are_vague_and_names_are_not() {
        for v in [
            "IT",
            "HR",
            "all staff",
            "Management",
            "IT team",
            "ISMS Manager",
            "Head of IT",
            "Service Desk",
            "CISO",
            "Everyone",
        ] {
            assert!(is_vague(v), "{v}");
        }
        for p in [
            "Q. Manager",
            "Jane Smith",
            "J. Admin",
            "Bob",
            "Jane Smith (CISO)",
            "H. Director",
        ] {
            assert!(!is_vague(p), "{p}");
        }
    }
}
