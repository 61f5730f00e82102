//! YAML text to a tree of nodes that remember where they came from.
//!
//! Records are read in two steps: this module turns text into a generic tree
//! (every key and value with its span), and `record::read` turns the tree into a
//! typed record. The split lets ncreg report *every* unknown key, bad value and
//! duplicate key of a file at once, where deserialising straight into structs
//! would stop at the first.
//!
//! The events come from granit-parser (the maintained, panic-free parser
//! under serde-saphyr); the tree is built here, without serde, because
//! building it through serde's span machinery cost more than half of the
//! time of `lint` on a large register. Building it here also bounds what a
//! hostile file can do: nesting depth, and the nodes that aliases expand to
//! ("alias bombs"), end in a located error, never a hang or a stack overflow.
//!
//! Files in the plain block style records are written in are read by `fast`,
//! without granit-parser, into the same tree; any other file, and every
//! error, is granit-parser's.

mod fast;

use std::borrow::Cow;
use std::collections::HashMap;

use granit_parser::{Event, Parser, ScalarStyle};

use crate::span::{LineIndex, Span};

/// Deeper than any record needs; deep enough for any config.
const MAX_DEPTH: usize = 64;
/// Nodes a document may hold once its aliases are expanded.
const MAX_NODES: usize = 250_000;

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    Null,
    /// A scalar as written: numbers and booleans keep their source text, so an
    /// unquoted `clause: 9.10` reads as `9.10`, not the float `9.1`.
    Scalar(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Debug, Clone, PartialEq)]
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

/// A collection being built, with the nodes it holds so far.
struct Frame {
    kind: FrameKind,
    span: Span,
    anchor: usize,
    size: usize,
}

enum FrameKind {
    Seq(Vec<Node>),
    /// Entries so far, and the key waiting for its value.
    Map(Vec<Entry>, Option<(String, Span)>),
}

struct Builder<'t> {
    index: LineIndex<'t>,
    stack: Vec<Frame>,
    /// Anchored nodes and how many nodes each holds.
    anchors: HashMap<usize, (Node, usize)>,
    nodes: usize,
    root: Option<Node>,
}

pub fn parse(text: &str) -> Result<Node, YamlError> {
    match fast::parse(text) {
        Some(node) => Ok(node),
        None => events(text),
    }
}

/// The tree built from granit-parser's events: any YAML, and every error.
fn events(text: &str) -> Result<Node, YamlError> {
    let mut b = Builder::new(text);
    let mut documents = 0;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            let m = e.marker();
            let at = m
                .byte_offset()
                .unwrap_or_else(|| b.index.offset(m.line(), m.col() + 1));
            error(&b.index, at, &e.info())
        })?;
        let span = b.span(&span);
        match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return Err(YamlError {
                        message: "the file holds more than one YAML document (`---`); a record file holds one".into(),
                        span,
                    });
                }
            }
            Event::Scalar(value, style, anchor, _) => {
                b.scalar(value, style == ScalarStyle::Plain, span, anchor)?
            }
            Event::SequenceStart(_, anchor, _) => {
                b.open(FrameKind::Seq(Vec::new()), span, anchor)?
            }
            Event::MappingStart(_, anchor, _) => {
                b.open(FrameKind::Map(Vec::new(), None), span, anchor)?
            }
            Event::SequenceEnd | Event::MappingEnd => b.close()?,
            Event::Alias(id) => {
                let Some(size) = b.anchors.get(&id).map(|a| a.1) else {
                    return Err(YamlError {
                        message: "an alias refers to an unknown anchor".into(),
                        span,
                    });
                };
                // Counted before the copy is made: a bomb is refused, not built.
                b.count(size, span)?;
                let node = Node {
                    span,
                    ..b.anchors[&id].0.clone()
                };
                b.add(node, 0, size)?;
            }
            Event::UnresolvedAlias(name) => {
                return Err(YamlError {
                    message: format!("the alias `*{name}` refers to no anchor"),
                    span,
                });
            }
            _ => {}
        }
    }
    Ok(b.root.unwrap_or(Node {
        kind: NodeKind::Null,
        span: b.index.span(0, 0),
    }))
}

impl<'t> Builder<'t> {
    fn new(text: &'t str) -> Self {
        Builder {
            index: LineIndex::new(text),
            stack: Vec::new(),
            anchors: HashMap::new(),
            nodes: 0,
            root: None,
        }
    }

    /// A scalar as written; a plain `~`, `null` or nothing is a null.
    fn scalar(
        &mut self,
        value: Cow<str>,
        plain: bool,
        span: Span,
        anchor: usize,
    ) -> Result<(), YamlError> {
        let plain_null = plain && matches!(value.as_ref(), "" | "~" | "null" | "Null" | "NULL");
        let kind = if plain_null {
            NodeKind::Null
        } else {
            NodeKind::Scalar(value.into_owned())
        };
        self.count(1, span)?;
        self.add(Node { kind, span }, anchor, 1)
    }

    fn span(&self, s: &granit_parser::Span) -> Span {
        let at = |m: &granit_parser::Marker| {
            m.byte_offset()
                .unwrap_or_else(|| self.index.offset(m.line(), m.col() + 1))
        };
        self.index.span(at(&s.start), at(&s.end))
    }

    fn open(&mut self, kind: FrameKind, span: Span, anchor: usize) -> Result<(), YamlError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(YamlError {
                message: format!("the document is nested more than {MAX_DEPTH} levels deep"),
                span,
            });
        }
        self.count(1, span)?;
        self.stack.push(Frame {
            kind,
            span,
            anchor,
            size: 1,
        });
        Ok(())
    }

    /// Counts nodes against the document's budget.
    fn count(&mut self, nodes: usize, span: Span) -> Result<(), YamlError> {
        self.nodes += nodes;
        if self.nodes > MAX_NODES {
            return Err(YamlError {
                message: format!(
                    "the document expands to more than {MAX_NODES} nodes (too many aliases)"
                ),
                span,
            });
        }
        Ok(())
    }

    fn close(&mut self) -> Result<(), YamlError> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let kind = match frame.kind {
            FrameKind::Seq(items) => NodeKind::Seq(items),
            FrameKind::Map(entries, _) => NodeKind::Map(entries),
        };
        self.add(
            Node {
                kind,
                span: frame.span,
            },
            frame.anchor,
            frame.size,
        )
    }

    /// Adds a finished node (already counted) to its parent; `size` is the
    /// nodes it holds, itself included.
    fn add(&mut self, node: Node, anchor: usize, size: usize) -> Result<(), YamlError> {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), size));
        }
        let Some(parent) = self.stack.last_mut() else {
            self.root = Some(node);
            return Ok(());
        };
        parent.size += size;
        match &mut parent.kind {
            FrameKind::Seq(items) => items.push(node),
            FrameKind::Map(entries, pending) => match pending.take() {
                Some((key, key_span)) => entries.push(Entry {
                    key,
                    key_span,
                    value: node,
                }),
                None => match node.kind {
                    NodeKind::Scalar(key) => *pending = Some((key, node.span)),
                    NodeKind::Null => *pending = Some((String::new(), node.span)),
                    _ => {
                        return Err(YamlError {
                            message: "a mapping key must be text, not a list or a mapping".into(),
                            span: node.span,
                        });
                    }
                },
            },
        }
        Ok(())
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

/// A parse error located for people: a stray tab is shown where it is.
fn error(index: &LineIndex, at: usize, info: &str) -> YamlError {
    let span = index.span(at, at);
    let line_start = index.offset(index.locate(span).line, 1);
    let message = info
        .split(" at line ")
        .next()
        .unwrap_or(info)
        .trim()
        .to_string();
    // The scanner reports a stray tab near the scalar it was reading; the
    // tab itself is what the person has to find.
    let span = match index.text().get(line_start..).and_then(|t| t.find('\t')) {
        Some(i) if message.contains("tab") => index.span(line_start + i, line_start + i + 1),
        _ => span,
    };
    YamlError { message, span }
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
        let source = "id: NC-1\nclause: 9.10\nupdate: yes\n";
        let node = parse(source).unwrap();
        let (text, span) = scalar(&node, "clause");
        assert_eq!(text, "9.10");
        let at = LineIndex::new(source).locate(span);
        assert_eq!((at.line, at.column, at.end_column), (2, 9, 13));
        assert_eq!(scalar(&node, "update").0, "yes");
    }

    #[test]
    fn bom_and_crlf_are_ordinary_input() {
        let source = "\u{feff}id: NC-1\r\ntitle: x\r\n";
        let node = parse(source).unwrap();
        let (text, span) = scalar(&node, "title");
        assert_eq!(text, "x");
        let at = LineIndex::new(source).locate(span);
        assert_eq!((at.line, at.column), (2, 8));
    }

    #[test]
    fn duplicate_keys_are_all_found() {
        let source = "a: 1\nb:\n  c: 1\n  c: 2\na: 3\n";
        let node = parse(source).unwrap();
        let index = LineIndex::new(source);
        let line = |s: Span| index.locate(s).line;
        let dups: Vec<_> = duplicate_keys(&node)
            .iter()
            .map(|d| (d.entry.key.clone(), line(d.entry.key_span), line(d.first)))
            .collect();
        assert_eq!(dups, [("c".into(), 4, 3), ("a".into(), 5, 1)]);
    }

    #[test]
    fn syntax_errors_are_located() {
        let err = parse("a:\n\tb: 1\n").unwrap_err();
        assert_eq!(LineIndex::new("a:\n\tb: 1\n").locate(err.span).line, 2);
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
        assert!(
            parse(&bomb)
                .unwrap_err()
                .message
                .contains("too many aliases")
        );
        let deep = "[".repeat(20_000) + &"]".repeat(20_000);
        assert!(parse(&deep).is_err());
    }
}
