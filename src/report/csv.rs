//! CSV as RFC 4180 writes it, safe to open in a spreadsheet.

/// One record: fields quoted where needed, CRLF at the end.
pub fn line(fields: impl IntoIterator<Item = String>) -> String {
    let mut out = fields
        .into_iter()
        .map(|f| field(&f))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

fn field(text: &str) -> String {
    // A leading = + - @ would make a spreadsheet evaluate the cell as a
    // formula: prefix an apostrophe, as OWASP advises for CSV injection.
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::line;

    #[test]
    fn quotes_and_neutralises_formulas() {
        let l = line([
            "plain".into(),
            "a, b".into(),
            "say \"hi\"".into(),
            "two\nlines".into(),
            "=1+1".into(),
        ]);
        assert_eq!(
            l,
            "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1\r\n"
        );
    }
}
