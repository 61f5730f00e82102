//! The block style that record files are written in, read without
//! granit-parser: its scanner reads about 20 MB a second, most of the time
//! `lint` and `register` take on a large register.
//!
//! This reader knows only that style: block mappings with simple keys, block
//! sequences, one-line plain and quoted scalars, and literal and folded block
//! scalars. At the first thing outside it (a flow collection, an anchor, a
//! tag, a tab, an escape, a scalar over several lines, a document marker,
//! anything it is unsure of) it gives up, and granit-parser reads the file,
//! errors included. Where it gives a tree, the tree is the one granit-parser's
//! events build, spans included; the tests below hold it to that on every
//! file in the repository and on generated documents.

use std::borrow::Cow;

use super::{Builder, FrameKind, Node};

/// Deeper than any record; past it, granit-parser reads the file.
const MAX_DEPTH: usize = 16;

/// The tree of `text`, or `None` when the text is not in the style read here.
pub(super) fn parse(text: &str) -> Option<Node> {
    if !plain_text(text) {
        return None;
    }
    let mut reader = Reader {
        text,
        lines: lines(text),
        at: 0,
        b: Builder::new(text),
    };
    let first = reader.next_content()?;
    let line = reader.lines[first];
    if line.indent != 0 {
        return None;
    }
    reader.at = first;
    reader.mapping(line.start, 0)?;
    if reader.next_content().is_some() {
        return None;
    }
    reader.b.root.take()
}

/// Text without the characters whose handling this reader leaves to
/// granit-parser: tabs, carriage returns, other controls, byte order marks,
/// Unicode line separators. It ends with a line break, so every line does.
fn plain_text(text: &str) -> bool {
    let ascii_ok = |b: &u8| matches!(b, b'\n' | b' '..=b'~' | 0x80..);
    if !text.ends_with('\n') || !text.as_bytes().iter().all(ascii_ok) {
        return false;
    }
    text.is_ascii()
        || !text.chars().any(|c| {
            matches!(
                c,
                '\u{80}'
                    ..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
            )
        })
}

#[derive(Clone, Copy)]
struct Line {
    /// Byte offset of the line's first character.
    start: usize,
    /// Leading spaces.
    indent: usize,
    /// Byte offset of the line break.
    end: usize,
}

impl Line {
    fn content(self) -> usize {
        self.start + self.indent
    }

    /// Nothing but spaces (or nothing at all).
    fn blank(self) -> bool {
        self.content() == self.end
    }
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let indent = text.as_bytes()[start..end]
            .iter()
            .take_while(|&&b| b == b' ')
            .count();
        out.push(Line { start, indent, end });
        start = end + 1;
    }
    out
}

struct Reader<'t> {
    text: &'t str,
    lines: Vec<Line>,
    /// The next line to read.
    at: usize,
    b: Builder<'t>,
}

impl Reader<'_> {
    /// The next line from `at` that is neither blank nor a comment.
    fn next_content(&self) -> Option<usize> {
        (self.at..self.lines.len()).find(|&i| {
            let line = self.lines[i];
            !line.blank() && self.text.as_bytes()[line.content()] != b'#'
        })
    }

    /// Where the `- ` of a block sequence item at line `i` leads, if the
    /// line is one.
    fn dash(&self, i: usize) -> Option<usize> {
        let line = self.lines[i];
        let rest = &self.text[line.content()..line.end];
        rest.starts_with("- ").then(|| line.content() + 2)
    }

    /// The end of a simple key (`[A-Za-z0-9_][A-Za-z0-9_.-]*`) at `at`
    /// followed by `:` and a space or the line break.
    fn key_end(&self, at: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        if !bytes[at].is_ascii_alphanumeric() && bytes[at] != b'_' {
            return None;
        }
        let len = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
            .count();
        let colon = at + len;
        (bytes[colon] == b':' && matches!(bytes[colon + 1], b' ' | b'\n')).then_some(colon)
    }

    /// A block mapping whose first key is at `first`, on line `at`; its keys
    /// stand in the column of that key.
    fn mapping(&mut self, first: usize, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        let line = self.lines[self.at];
        let indent = first - line.start;
        let span = self.b.index.span(first, first);
        self.b
            .open(FrameKind::Map(Vec::new(), None), span, 0)
            .ok()?;
        let mut key = first;
        loop {
            self.entry(key, indent, depth)?;
            match self.next_content() {
                Some(i) if self.lines[i].indent == indent => {
                    self.at = i;
                    key = self.lines[i].content();
                }
                Some(i) if self.lines[i].indent > indent => return None,
                _ => break,
            }
        }
        self.b.close().ok()
    }

    /// `key: value` at `at`, on line `self.at`, in a mapping at `indent`.
    fn entry(&mut self, at: usize, indent: usize, depth: usize) -> Option<()> {
        let colon = self.key_end(at)?;
        let key = &self.text[at..colon];
        let span = self.b.index.span(at, colon);
        self.b.scalar(Cow::Borrowed(key), true, span, 0).ok()?;
        let line = self.lines[self.at];
        let value = colon + 1 + count_spaces(&self.text[colon + 1..line.end]);
        if value < line.end {
            return self.inline(value, indent, depth);
        }
        self.at += 1;
        match self.next_content() {
            Some(i) if self.dash(i).is_some() && self.lines[i].indent >= indent => {
                self.at = i;
                self.sequence(self.lines[i].indent == indent, depth + 1)
            }
            Some(i) if self.lines[i].indent > indent => {
                self.at = i;
                let first = self.lines[i].content();
                self.key_end(first)?;
                self.mapping(first, depth + 1)
            }
            _ => {
                let span = self.b.index.span(colon, colon);
                self.b.scalar(Cow::Borrowed(""), true, span, 0).ok()
            }
        }
    }

    /// A block sequence whose first `- ` is on line `self.at`. An indentless
    /// one (in the column of its mapping's keys) starts, for granit-parser,
    /// at its first item.
    fn sequence(&mut self, indentless: bool, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        let indent = self.lines[self.at].indent;
        let mut item = self.dash(self.at)?;
        let line = self.lines[self.at];
        item += count_spaces(&self.text[item..line.end]);
        let start = if indentless { item } else { line.content() };
        let span = self.b.index.span(start, start);
        self.b.open(FrameKind::Seq(Vec::new()), span, 0).ok()?;
        loop {
            let line = self.lines[self.at];
            if item == line.end {
                return None;
            }
            if self.key_end(item).is_some() {
                self.mapping(item, depth + 1)?;
            } else {
                self.inline(item, indent, depth)?;
            }
            match self.next_content() {
                Some(i) if self.lines[i].indent > indent => return None,
                Some(i) if self.lines[i].indent == indent && self.dash(i).is_some() => {
                    self.at = i;
                    item = self.dash(i)?;
                    item += count_spaces(&self.text[item..self.lines[i].end]);
                }
                _ => break,
            }
        }
        self.b.close().ok()
    }

    /// A scalar that starts at `at` on line `self.at`, in a node at `indent`.
    fn inline(&mut self, at: usize, indent: usize, depth: usize) -> Option<()> {
        let line = self.lines[self.at];
        let rest = &self.text[at..line.end];
        let (value, end, plain) = match rest.as_bytes()[0] {
            b'|' | b'>' => return self.block_scalar(at, indent, depth),
            b'[' => return self.flow_sequence(at, indent),
            b'"' => {
                let close = rest[1..].find('"')? + 1;
                let value = &rest[1..close];
                (!value.contains('\\')).then_some((Cow::Borrowed(value), close + 1, false))?
            }
            b'\'' => single_quoted(rest)?,
            b'-' | b'?' | b':' | b',' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'%'
            | b'@' | b'`' => return None,
            _ => {
                let cut = rest.find(" #").unwrap_or(rest.len());
                let value = rest[..cut].trim_end_matches(' ');
                if value.contains(": ") || value.ends_with(':') {
                    return None;
                }
                (Cow::Borrowed(value), value.len(), true)
            }
        };
        self.line_ends(&rest[end..], indent)?;
        let span = self.b.index.span(at, at + end);
        self.b.scalar(value, plain, span, 0).ok()
    }

    /// What follows a node on its line (`after`): nothing but spaces and
    /// perhaps a comment. Moves to the next line, where the node must not go
    /// on (a node at `indent` goes on in a line indented deeper).
    fn line_ends(&mut self, after: &str, indent: usize) -> Option<()> {
        let spaces = count_spaces(after);
        if !(after.len() == spaces || spaces > 0 && after.as_bytes()[spaces] == b'#') {
            return None;
        }
        self.at += 1;
        match self.lines[self.at..].iter().find(|l| !l.blank()) {
            Some(next) if next.indent > indent => None,
            _ => Some(()),
        }
    }

    /// `[a, b]` on one line, of plain scalars, at `at`.
    fn flow_sequence(&mut self, at: usize, indent: usize) -> Option<()> {
        let line = self.lines[self.at];
        let close = at + self.text[at..line.end].find(']')?;
        let span = self.b.index.span(at, at + 1);
        self.b.open(FrameKind::Seq(Vec::new()), span, 0).ok()?;
        let inside = &self.text[at + 1..close];
        if !inside.trim_start_matches(' ').is_empty() {
            let mut from = at + 1;
            for item in inside.split(',') {
                let start = from + count_spaces(item);
                let value = item.trim_matches(' ');
                let safe = |b: u8| !b"[]{}#'\"&*!|>%@`?-:".contains(&b);
                if !value.bytes().next().is_some_and(safe)
                    || value.contains(['[', '{', '}', '#'])
                    || value.contains(": ")
                    || value.ends_with(':')
                {
                    return None;
                }
                let span = self.b.index.span(start, start + value.len());
                self.b.scalar(Cow::Borrowed(value), true, span, 0).ok()?;
                from += item.len() + 1;
            }
        }
        self.b.close().ok()?;
        self.line_ends(&self.text[close + 1..line.end], indent)
    }

    /// A literal (`|`) or folded (`>`) block scalar whose header is at `at`,
    /// in a node at `indent`.
    fn block_scalar(&mut self, at: usize, indent: usize, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        let line = self.lines[self.at];
        let header = &self.text[at..line.end];
        let folded = header.starts_with('>');
        let chomp = header.as_bytes().get(1).copied();
        let rest = match chomp {
            Some(b'-' | b'+') => &header[2..],
            _ => &header[1..],
        };
        let spaces = count_spaces(rest);
        if !(rest.len() == spaces || spaces > 0 && rest.as_bytes()[spaces] == b'#') {
            return None;
        }
        self.at += 1;
        let first = *self.lines.get(self.at)?;
        let body = first.indent;
        if first.blank() || body <= indent {
            return None;
        }
        // The lines of the scalar: empty lines, and lines at least as
        // indented as the first; a line of spaces only is left to granit.
        let mut end = self.at;
        while let Some(l) = self.lines.get(end) {
            if l.start == l.end || l.indent >= body && !l.blank() {
                end += 1;
            } else if l.blank() {
                return None;
            } else {
                break;
            }
        }
        let content: Vec<&str> = self.lines[self.at..end]
            .iter()
            .map(|l| self.text.get(l.start + body..l.end).unwrap_or(""))
            .collect();
        let kept = content.iter().rposition(|c| !c.is_empty())? + 1;
        let mut value = String::new();
        for (i, c) in content[..kept].iter().enumerate() {
            if !folded {
                value.push_str(c);
                value.push('\n');
            } else if c.starts_with(' ') {
                // More indented lines keep their breaks in a folded scalar.
                return None;
            } else if c.is_empty() {
                value.push('\n');
            } else {
                if i > 0 && !content[i - 1].is_empty() {
                    value.push(' ');
                }
                value.push_str(c);
            }
        }
        if folded {
            value.push('\n');
        }
        match chomp {
            Some(b'-') => value.truncate(value.trim_end_matches('\n').len()),
            Some(b'+') => value.extend(std::iter::repeat_n('\n', content.len() - kept)),
            _ => {}
        }
        let stop = self.lines.get(end).map_or(self.text.len(), |l| l.content());
        self.at = end;
        let span = self.b.index.span(first.content(), stop);
        self.b.scalar(Cow::Owned(value), false, span, 0).ok()
    }
}

/// `'it''s'` at the start of `rest`: its value, its length, not plain.
fn single_quoted(rest: &str) -> Option<(Cow<'_, str>, usize, bool)> {
    let mut value = String::new();
    let mut from = 1;
    loop {
        let quote = rest[from..].find('\'')? + from;
        value.push_str(&rest[from..quote]);
        if rest.as_bytes().get(quote + 1) == Some(&b'\'') {
            value.push('\'');
            from = quote + 2;
        } else {
            return Some((Cow::Owned(value), quote + 1, false));
        }
    }
}

fn count_spaces(text: &str) -> usize {
    text.bytes().take_while(|&b| b == b' ').count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Where the fast reader gives a tree, granit-parser's events give the
    /// same one.
    fn agrees(text: &str) -> bool {
        match parse(text) {
            None => true,
            Some(fast) => {
                let slow = super::super::events(text);
                assert_eq!(Some(&fast), slow.as_ref().ok(), "{text:?}");
                true
            }
        }
    }

    fn yaml_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                yaml_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                out.push(path);
            }
        }
    }

    #[test]
    fn agrees_with_granit_on_every_file_in_the_repository() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        yaml_files(&root.join("tests"), &mut files);
        yaml_files(&root.join("example-register"), &mut files);
        assert!(files.len() > 50, "{}", files.len());
        let mut read = 0;
        for file in &files {
            let Ok(text) = std::fs::read_to_string(file) else {
                continue;
            };
            read += usize::from(parse(&text).is_some());
            agrees(&text);
        }
        assert!(read > files.len() / 2, "{read} of {}", files.len());
    }

    #[test]
    fn reads_every_record_of_the_example_register() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("example-register")
            .join("nonconformities");
        let mut files = Vec::new();
        yaml_files(&dir, &mut files);
        assert!(!files.is_empty());
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(parse(&text).is_some(), "{}", file.display());
        }
    }

    #[test]
    fn spans_and_values_of_each_kind_of_node() {
        let text = "id: NC-1 # c\ntitle:   x y  \nempty:\nn: ~\nq: \"a b\"\ns: 'it''s'\n\
                    d: |\n  one\n\n  two\n\nf: >-\n  a\n  b\n\n  c\nsrc:\n  type: x\n  ref:\n\
                    list:\n- a\n- b: 1\n  c: 2\nl2:\n  - x\n  - 'y'\nlast: v\n";
        let node = parse(text).expect("in the style read here");
        assert_eq!(Some(node), super::super::events(text).ok());
    }

    #[test]
    fn gives_up_outside_its_style() {
        for text in [
            "a: {b: 1}\n",
            "a: [1, [2]]\n",
            "a: &x 1\nb: *x\n",
            "a: !tag 1\n",
            "a:\tb\n",
            "a: b\r\n",
            "a: \"esc\\n\"\n",
            "a: two\n  lines\n",
            "---\na: 1\n",
            "a: 1",
            "a: |2\n   x\n",
            "a: b: c\n",
            "- a\n",
            "a:\n  -\n    b: 1\n",
            "\u{feff}a: 1\n",
        ] {
            assert!(parse(text).is_none(), "{text:?}");
        }
    }

    /// A node of a generated document.
    #[derive(Clone, Debug)]
    enum Gen {
        Scalar(&'static str),
        Block(&'static str, Vec<&'static str>),
        Flow(Vec<&'static str>),
        Map(Vec<(&'static str, Gen)>),
        Seq(Vec<Gen>),
    }

    fn node() -> impl Strategy<Value = Gen> {
        // Mostly what the style holds, sometimes what it leaves to granit.
        let scalar = prop_oneof![
            6 => prop::sample::select(vec![
                "v", "two words", "x #c", "x#y", "'q''s'", "\"dq\"", "~", "null", "yes", "9.10",
                "http://x", "a:b", "é ü", "tail  ", "''", "\"\"", "2026-01-31", "a # b # c",
            ]),
            1 => prop::sample::select(vec!["\"a\\\"b\"", "-5", "'open", "a: b", "x: ", "@x"]),
        ];
        let line = prop_oneof![
            6 => prop::sample::select(vec!["one", "two words", " indented", "# not a comment", "x: y", "- z", "tail "]),
            1 => Just(""),
        ];
        let header = prop_oneof![
            6 => prop::sample::select(vec!["|", "|-", "|+", ">", ">-", ">+", "| # c", "|-  "]),
            1 => prop::sample::select(vec!["|2", "|#", ">1-"]),
        ];
        let item = prop_oneof![
            6 => prop::sample::select(vec!["a", "b.pdf", "https://t.example/IT-1", "~", "a:b", "null", "x y"]),
            1 => prop::sample::select(vec!["x  y", "'q'", "", "[", "-x", "a: b", "x #y", "x# y"]),
        ];
        let key = prop::sample::select(vec![
            "id", "a", "b_c", "x.y", "k-2", "null", "7", "evidence",
        ]);
        let leaf = prop_oneof![
            4 => scalar.prop_map(Gen::Scalar),
            1 => (header, prop::collection::vec(line, 1..4)).prop_map(|(h, l)| Gen::Block(h, l)),
            1 => prop::collection::vec(item, 0..3).prop_map(Gen::Flow),
        ];
        leaf.prop_recursive(4, 24, 4, move |inner| {
            prop_oneof![
                prop::collection::vec((key.clone(), inner.clone()), 1..4).prop_map(Gen::Map),
                prop::collection::vec(inner, 1..3).prop_map(Gen::Seq),
            ]
        })
    }

    /// `node` as the value after `key:` or `- `, at `indent`, nested ones
    /// `step` deeper (sequences in a mapping as deep as its keys when
    /// `indentless`).
    fn render(node: &Gen, indent: usize, step: usize, indentless: bool, out: &mut String) {
        let pad = |n: usize| " ".repeat(n);
        match node {
            Gen::Scalar(s) => *out += &format!(" {s}\n"),
            Gen::Block(header, lines) => {
                *out += &format!(" {header}\n");
                for l in lines {
                    *out += &if l.is_empty() {
                        String::new()
                    } else {
                        format!("{}{l}", pad(indent + step))
                    };
                    out.push('\n');
                }
            }
            Gen::Flow(items) => *out += &format!(" [{}]\n", items.join(", ")),
            Gen::Map(entries) => {
                out.push('\n');
                for (k, v) in entries {
                    *out += &format!("{}{k}:", pad(indent + step));
                    render(v, indent + step, step, indentless, out);
                }
            }
            Gen::Seq(items) => {
                out.push('\n');
                let at = if indentless { indent } else { indent + step };
                for item in items {
                    *out += &format!("{}-", pad(at));
                    match item {
                        Gen::Map(entries) => {
                            for (i, (k, v)) in entries.iter().enumerate() {
                                if i == 0 {
                                    *out += &format!(" {k}:");
                                } else {
                                    *out += &format!("{}{k}:", pad(at + 2));
                                }
                                render(v, at + 2, step, indentless, out);
                            }
                        }
                        other => render(other, at, step, indentless, out),
                    }
                }
            }
        }
    }

    /// Record-like documents, with the awkward cases of the style and some
    /// noise: comment and blank lines, and trailing spaces.
    fn document() -> impl Strategy<Value = String> {
        let top = prop::collection::vec(
            (
                prop::sample::select(vec!["id", "title", "actions", "null", "x"]),
                node(),
            ),
            1..5,
        );
        let noise = prop::collection::vec(
            (
                0usize..40,
                prop::sample::select(vec!["", "  ", "# c", "    # c", " ", "  x", "\t", "---"]),
            ),
            0..2,
        );
        (
            top,
            prop::sample::select(vec![2usize, 4]),
            any::<bool>(),
            noise,
        )
            .prop_map(|(top, step, indentless, noise)| {
                let mut text = String::new();
                for (k, v) in &top {
                    text += &format!("{k}:");
                    render(v, 0, step, indentless, &mut text);
                }
                let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
                for (at, line) in noise {
                    let at = at.min(lines.len());
                    if line == " " {
                        if let Some(l) = lines.get_mut(at) {
                            l.push(' ');
                        }
                    } else {
                        lines.insert(at, line.to_string());
                    }
                }
                lines.join("\n") + "\n"
            })
    }

    /// The generated documents are mostly read by the fast reader, so that
    /// comparing the two readers on them tests something.
    #[test]
    fn generated_documents_are_mostly_in_the_style() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let read = (0..1000)
            .filter(|_| {
                let text = document().new_tree(&mut runner).unwrap().current();
                parse(&text).is_some()
            })
            .count();
        assert!(read > 200, "{read} of 1000");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn agrees_with_granit_on_generated_documents(text in document()) {
            prop_assert!(agrees(&text));
        }

        #[test]
        fn agrees_with_granit_on_mutated_records(cut in 0usize..2000, with in prop::sample::select(vec!["", " ", "  ", "\n", "- ", ": ", "#", "'", "\"", "|", "x"])) {
            let text = include_str!("../../example-register/nonconformities/NC-2026-002-leavers-keep-access.yaml");
            let at = (0..=cut.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let mutated = format!("{}{with}{}", &text[..at], &text[at..]);
            prop_assert!(agrees(&mutated));
        }
    }
}
