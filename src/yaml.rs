//! YAML text to a tree of nodes that remember where they came from.
//!
//! Records are read in two steps: this module turns text into a generic tree
//! (every key and value with its span), and `record::read` turns the tree into a
//! typed record. The split lets ncreg report *every* unknown key, bad value and
//! duplicate key of a file at once, where deserialising straight into structs
//! would stop at the first.
//!
//! serde-saphyr does the parsing: it is maintained, panic-free, gives spans
//! for every node, and bounds alias expansion, node count and nesting depth
//! (alias bombs and 20,000-deep nesting end in a located error, not a hang).

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use serde_saphyr::options::DuplicateKeyPolicy;

use crate::span::{LineIndex, Span};

#[derive(Debug, Clone)]
pub struct Node {
    pub kind: NodeKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Null,
    /// A scalar as written: numbers and booleans keep their source text, so an
    /// unquoted `clause: 9.10` reads as `9.10`, not the float `9.1`.
    Scalar(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

/// Why a text is not a YAML document ncreg can read.
#[derive(Debug)]
pub struct YamlError {
    pub message: String,
    pub span: Span,
}

/// A key that appears a second time in the same mapping.
pub struct DuplicateKey<'a> {
    pub entry: &'a Entry,
    pub first: Span,
}

pub fn parse(text: &str) -> Result<Node, YamlError> {
    let index = LineIndex::new(text);
    let options = serde_saphyr::options! {
        strict_booleans: true,
        // Duplicates are passed to our visitor and reported by `duplicate_keys`,
        // so one repeated key does not hide the rest of the file's findings.
        duplicate_keys: DuplicateKeyPolicy::PassThrough,
    };
    match serde_saphyr::from_str_with_options::<Spanned<RawNode>>(text, options) {
        Ok(raw) => Ok(convert(raw, text, &index)),
        Err(err) => Err(error(&err, &index)),
    }
}

/// Every duplicated key in the tree, in document order.
pub fn duplicate_keys(node: &Node) -> Vec<DuplicateKey<'_>> {
    let mut found = Vec::new();
    collect_duplicates(node, &mut found);
    found
}

fn collect_duplicates<'a>(node: &'a Node, found: &mut Vec<DuplicateKey<'a>>) {
    match &node.kind {
        NodeKind::Map(entries) => {
            for (i, entry) in entries.iter().enumerate() {
                if let Some(first) = entries[..i].iter().find(|e| e.key == entry.key) {
                    found.push(DuplicateKey {
                        entry,
                        first: first.key_span,
                    });
                }
                collect_duplicates(&entry.value, found);
            }
        }
        NodeKind::Seq(items) => items.iter().for_each(|n| collect_duplicates(n, found)),
        NodeKind::Null | NodeKind::Scalar(_) => {}
    }
}

fn error(err: &serde_saphyr::Error, index: &LineIndex) -> YamlError {
    let inner = err.without_snippet();
    let span = match inner.location() {
        Some(loc) => {
            let start = loc.span().byte_offset().map_or_else(
                || index.offset(loc.line() as usize, loc.column() as usize),
                |o| o as usize,
            );
            index.span(start, start)
        }
        None => index.span(0, 0),
    };
    let message = message(inner);
    // The scanner reports a stray tab near the scalar it was reading; the
    // tab itself is what the person has to find.
    let line_start = index.offset(span.line, 1);
    let span = match text_after(index, line_start).find('\t') {
        Some(i) if message.contains("tab") => index.span(line_start + i, line_start + i + 1),
        _ => span,
    };
    YamlError { message, span }
}

fn text_after<'t>(index: &LineIndex<'t>, offset: usize) -> &'t str {
    let text = index.text();
    text.get(offset..).unwrap_or("")
}

/// The parser's message without its "line L column C:" prefix (ncreg prints
/// the location itself) and without advice about parser options.
fn message(err: &serde_saphyr::Error) -> String {
    let text = err.to_string();
    let text = text.strip_prefix("error: ").unwrap_or(&text);
    let text = match text.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") && head.contains(" column ") => rest,
        _ => text,
    };
    let text = text.split(", set ").next().unwrap_or(text);
    let text = text.lines().next().unwrap_or(text).trim();
    // Some scanner messages repeat the position, which ncreg shows anyway.
    let text = text.split(" at line ").next().unwrap_or(text);
    if text.contains("budget breached") || text.contains("recursion limit") {
        format!("{text} (the document is too deeply nested or expands too many aliases)")
    } else {
        text.to_string()
    }
}

fn convert(raw: Spanned<RawNode>, text: &str, index: &LineIndex) -> Node {
    let span = span_of(&raw.referenced, index);
    let kind = match raw.value {
        RawNode::Null => NodeKind::Null,
        RawNode::Str(s) => NodeKind::Scalar(s),
        // Numbers and booleans are plain scalars: their source text is the value.
        RawNode::Other => NodeKind::Scalar(text[span.start..span.end].to_string()),
        RawNode::Seq(items) => {
            NodeKind::Seq(items.into_iter().map(|n| convert(n, text, index)).collect())
        }
        RawNode::Map(entries) => NodeKind::Map(
            entries
                .into_iter()
                .map(|(k, v)| Entry {
                    key_span: span_of(&k.referenced, index),
                    key: k.value,
                    value: convert(v, text, index),
                })
                .collect(),
        ),
    };
    Node { kind, span }
}

fn span_of(loc: &serde_saphyr::Location, index: &LineIndex) -> Span {
    let s = loc.span();
    let start = s.byte_offset().map_or_else(
        || index.offset(loc.line() as usize, loc.column() as usize),
        |o| o as usize,
    );
    let len = s.byte_len().unwrap_or(0) as usize;
    index.span(start, start + len)
}

/// What serde-saphyr hands us, before spans become our own `Span`.
enum RawNode {
    Null,
    Str(String),
    Other,
    Seq(Vec<Spanned<RawNode>>),
    Map(Vec<(Spanned<String>, Spanned<RawNode>)>),
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = RawNode;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_unit<E>(self) -> Result<RawNode, E> {
        Ok(RawNode::Null)
    }
    fn visit_none<E>(self) -> Result<RawNode, E> {
        Ok(RawNode::Null)
    }
    fn visit_bool<E>(self, _: bool) -> Result<RawNode, E> {
        Ok(RawNode::Other)
    }
    fn visit_i64<E>(self, _: i64) -> Result<RawNode, E> {
        Ok(RawNode::Other)
    }
    fn visit_u64<E>(self, _: u64) -> Result<RawNode, E> {
        Ok(RawNode::Other)
    }
    fn visit_i128<E>(self, _: i128) -> Result<RawNode, E> {
        Ok(RawNode::Other)
    }
    fn visit_u128<E>(self, _: u128) -> Result<RawNode, E> {
        Ok(RawNode::Other)
    }
    fn visit_f64<E>(self, _: f64) -> Result<RawNode, E> {
        Ok(RawNode::Other)
    }
    fn visit_str<E>(self, v: &str) -> Result<RawNode, E> {
        Ok(RawNode::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<RawNode, E> {
        Ok(RawNode::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawNode, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(RawNode::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawNode, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key()? {
            entries.push((key, map.next_value()?));
        }
        Ok(RawNode::Map(entries))
    }
}

impl<'de> Deserialize<'de> for RawNode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawNode, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(node: &Node, key: &str) -> (String, Span) {
        let NodeKind::Map(entries) = &node.kind else {
            panic!("not a map")
        };
        let e = entries.iter().find(|e| e.key == key).unwrap();
        match &e.value.kind {
            NodeKind::Scalar(s) => (s.clone(), e.value.span),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn numbers_keep_their_source_text_and_position() {
        let node = parse("id: NC-1\nclause: 9.10\nupdate: yes\n").unwrap();
        let (text, span) = scalar(&node, "clause");
        assert_eq!(text, "9.10");
        assert_eq!((span.line, span.column, span.end_column), (2, 9, 13));
        assert_eq!(scalar(&node, "update").0, "yes");
    }

    #[test]
    fn bom_and_crlf_are_ordinary_input() {
        let node = parse("\u{feff}id: NC-1\r\ntitle: x\r\n").unwrap();
        let (text, span) = scalar(&node, "title");
        assert_eq!(text, "x");
        assert_eq!((span.line, span.column), (2, 8));
    }

    #[test]
    fn duplicate_keys_are_all_found() {
        let node = parse("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n").unwrap();
        let dups: Vec<_> = duplicate_keys(&node)
            .iter()
            .map(|d| (d.entry.key.clone(), d.entry.key_span.line, d.first.line))
            .collect();
        assert_eq!(dups, [("c".into(), 4, 3), ("a".into(), 5, 1)]);
    }

    #[test]
    fn syntax_errors_are_located() {
        let err = parse("a:\n\tb: 1\n").unwrap_err();
        assert_eq!(err.span.line, 2);
        assert!(err.message.contains("tab"), "{}", err.message);
    }

    #[test]
    fn alias_bombs_and_deep_nesting_are_refused() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (name, prev) in ["b", "c", "d", "e", "f", "g", "h"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g"])
        {
            bomb += &format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 9].join(",")
            );
        }
        assert!(parse(&bomb).unwrap_err().message.contains("budget"));
        let deep = "[".repeat(20_000) + &"]".repeat(20_000);
        assert!(parse(&deep).is_err());
    }
}

/// Every scalar of a tree by its path (`status`, `actions[2].done`), in
/// document order: what `history` compares between versions and what
/// `--base` compares to find edits. Null values read as empty text.
pub fn flatten(node: &Node) -> Vec<(String, String, Span)> {
    let mut out = Vec::new();
    flatten_into(node, String::new(), &mut out);
    out
}

fn flatten_into(node: &Node, path: String, out: &mut Vec<(String, String, Span)>) {
    match &node.kind {
        NodeKind::Map(entries) => {
            for e in entries {
                let p = if path.is_empty() {
                    e.key.clone()
                } else {
                    format!("{path}.{}", e.key)
                };
                flatten_into(&e.value, p, out);
            }
        }
        NodeKind::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten_into(item, format!("{path}[{}]", i + 1), out);
            }
        }
        NodeKind::Scalar(s) => out.push((path, s.clone(), node.span)),
        NodeKind::Null => out.push((path, String::new(), node.span)),
    }
}

#[cfg(test)]
mod flatten_tests {
    use super::*;

    #[test]
    fn paths_name_every_scalar() {
        let node = parse("id: NC-1\nactions:\n  - due: 2026-01-01\n  - done:\n").unwrap();
        let flat: Vec<_> = flatten(&node)
            .into_iter()
            .map(|(p, v, _)| format!("{p}={v}"))
            .collect();
        assert_eq!(
            flat,
            ["id=NC-1", "actions[1].due=2026-01-01", "actions[2].done="]
        );
    }
}
