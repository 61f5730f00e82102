//! `--format github`: GitHub Actions workflow commands, one per finding,
//! escaped as `actions/toolkit` escapes them.

use std::io::Write;

use crate::diagnostic::Severity;
use crate::lint::Report;

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    for (d, at) in report.located() {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let message = match &d.help {
            Some(help) => format!("{}\nhelp: {help}", d.message),
            None => d.message.clone(),
        };
        writeln!(
            out,
            "::{command} file={},line={},endLine={},col={},endColumn={},title={}::{}",
            property(&d.file),
            at.line,
            at.end_line,
            at.column,
            at.end_column,
            property(&format!("{} {}", d.code.as_str(), d.code.name())),
            data(&message),
        )?;
    }
    Ok(())
}

/// The message of a command: `%`, CR and LF escaped, and no control
/// character reaches the log.
fn data(text: &str) -> String {
    crate::escape::terminal(text)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as `data`, and `:` and `,` too.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_actions_toolkit() {
        assert_eq!(data("100% done\r\nnext"), "100%25 done%0D%0Anext");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
