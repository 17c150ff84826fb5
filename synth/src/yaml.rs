//! A YAML writer for templates that every YAML parser reads back the same.
//!
//! CloudFormation and cfn-lint read YAML 1.1, where `yes`, `on`, `no`, `off`, `y` are
//! booleans and `2010-09-09` or `0755` are not strings. A string is written plain only when
//! it cannot be taken for anything else; otherwise it is quoted. Multi-line strings (inline
//! code) are written as literal blocks, so they read as they are.

use std::fmt::Write as _;

use serde_json::{Number, Value as Json};

use crate::emit::{Emit, Splice};

/// `template` as YAML, ending with a newline.
pub fn to_string(template: &Json) -> String {
    let mut out = YamlText::new();
    crate::emit::json(template, &mut out);
    out.into_string()
}

fn indent(out: &mut String, n: usize) {
    const SPACES: &str = "                                ";
    let mut n = n;
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

/// An open map or sequence of [`YamlText`].
#[derive(Debug, Clone, Copy)]
struct Open {
    /// The indentation of its entries.
    level: usize,
    seq: bool,
    /// An item of a sequence: a map's first key goes on the item's line (`- Key: value`).
    in_seq: bool,
    /// The template itself, whose entries start at the first line.
    root: bool,
    /// Entries written so far.
    count: usize,
}

/// Where a value goes.
#[derive(Debug, Clone, Copy)]
enum At {
    /// It is the template itself.
    Root,
    /// After `key:` or `-`: its indentation, and whether it is an item of a sequence.
    Value { level: usize, in_seq: bool },
}

/// YAML text, written as it is emitted ([`Emit`]): block style, two spaces of indentation,
/// sequences under a key indented like the key's children.
pub(crate) struct YamlText {
    out: String,
    /// The maps and sequences open, innermost last.
    open: Vec<Open>,
}

impl YamlText {
    pub(crate) fn new() -> Self {
        YamlText { out: String::new(), open: Vec::new() }
    }

    /// A writer for the entries of a section of the template, for
    /// [`Splice::begin_map_with`]; it writes into `buffer`, emptied.
    pub(crate) fn section_fragment(mut buffer: String) -> Self {
        buffer.clear();
        let template = Open { level: 0, seq: false, in_seq: false, root: true, count: 1 };
        let section = Open { level: 2, seq: false, in_seq: false, root: false, count: 0 };
        YamlText { out: buffer, open: vec![template, section] }
    }

    pub(crate) fn into_string(self) -> String {
        self.out
    }

    /// Takes the text written so far, leaving the writer empty.
    pub(crate) fn take_text(&mut self) -> String {
        std::mem::take(&mut self.out)
    }

    /// Starts a value: in a sequence, writes its `-` (on a new line, unless it is the
    /// template's first item).
    fn start_value(&mut self) -> At {
        let Some(top) = self.open.last_mut() else { return At::Root };
        if top.seq {
            if top.count == 0 && !top.root {
                self.out.push('\n');
            }
            top.count += 1;
            indent(&mut self.out, top.level);
            self.out.push('-');
        }
        At::Value { level: top.level + 2, in_seq: top.seq }
    }

    fn scalar(&mut self, text: &str) {
        if let At::Value { .. } = self.start_value() {
            self.out.push(' ');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn open(&mut self, seq: bool) {
        let open = match self.start_value() {
            At::Root => Open { level: 0, seq, in_seq: false, root: true, count: 0 },
            At::Value { level, in_seq } => Open { level, seq, in_seq, root: false, count: 0 },
        };
        self.open.push(open);
    }

    /// Closes a map or sequence; an empty one is written `{}` or `[]`.
    fn close(&mut self, empty: &str) {
        let Some(closed) = self.open.pop() else { return };
        if closed.count == 0 {
            if !closed.root {
                self.out.push(' ');
            }
            self.out.push_str(empty);
            self.out.push('\n');
        }
    }
}

impl Emit for YamlText {
    fn null(&mut self) {
        self.scalar("null");
    }

    fn bool(&mut self, value: bool) {
        self.scalar(if value { "true" } else { "false" });
    }

    fn number(&mut self, value: &Number) {
        if let At::Value { .. } = self.start_value() {
            self.out.push(' ');
        }
        // `Number`'s Display is serde_json's text for it.
        let _ = write!(self.out, "{value}");
        self.out.push('\n');
    }

    fn string(&mut self, value: &str) {
        match self.start_value() {
            At::Root => self.out.push_str(&quoted(value)),
            At::Value { level, .. } => {
                self.out.push(' ');
                push_string(&mut self.out, value, level, false);
            }
        }
        self.out.push('\n');
    }

    fn begin_map(&mut self) {
        self.open(false);
    }

    fn key(&mut self, key: &str) {
        let Some(map) = self.open.last_mut() else { return };
        let first = map.count == 0;
        map.count += 1;
        let Open { level, in_seq, root, .. } = *map;
        if first && !root {
            self.out.push(if in_seq { ' ' } else { '\n' });
        }
        // An item's first key stays on the item's line.
        if root || !in_seq || !first {
            indent(&mut self.out, level);
        }
        push_string(&mut self.out, key, level, true);
        self.out.push(':');
    }

    fn end_map(&mut self) {
        self.close("{}");
    }

    fn begin_seq(&mut self) {
        self.open(true);
    }

    fn end_seq(&mut self) {
        self.close("[]");
    }
}

impl Splice for YamlText {
    fn begin_map_with(&mut self, mut fragment: String, entries: usize) {
        self.begin_map();
        fragment.insert_str(0, &self.out);
        self.out = fragment;
        if let Some(map) = self.open.last_mut() {
            map.count = entries;
        }
    }
}

/// Words YAML 1.1 or 1.2 reads as booleans or null.
const RESERVED: &[&str] = &["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"];

/// The characters besides letters and digits a plain string may hold.
const PLAIN_PUNCTUATION: &[u8] = b" _-./:()@+=*$&%?!<>";

/// Whether `s` reads back as the same string when written plain: it starts with a letter,
/// is not a reserved word, does not end with ' ' or ':', holds no ": " or " #", and every
/// character is a letter, a digit or one of ` _-./:()@+=*$&%?!<>`. One pass over the bytes
/// and no allocation: this runs for every key and string of a template.
fn plain_ok(s: &str) -> bool {
    let bytes = s.as_bytes();
    let Some(first) = bytes.first() else { return false };
    if !first.is_ascii_alphabetic() || RESERVED.iter().any(|r| r.eq_ignore_ascii_case(s)) {
        return false;
    }
    if s.ends_with([' ', ':']) {
        return false;
    }
    let mut previous = 0u8;
    for &b in bytes {
        let allowed = b.is_ascii_alphanumeric() || PLAIN_PUNCTUATION.contains(&b);
        if !allowed || (previous == b':' && b == b' ') || (previous == b' ' && b == b'#') {
            return false;
        }
        previous = b;
    }
    true
}

/// Writes a string: plain when safe, a literal block when it spans lines, else quoted.
fn push_string(out: &mut String, s: &str, level: usize, is_key: bool) {
    if plain_ok(s) {
        out.push_str(s);
        return;
    }
    if !is_key && s.contains('\n') && block_ok(s) {
        let body = s.trim_end_matches('\n');
        let trailing = s.len() - body.len();
        let chomp = match trailing {
            0 => "-",
            1 => "",
            _ => "+",
        };
        out.push('|');
        out.push_str(chomp);
        for line in s.split('\n').take(body.split('\n').count() + trailing.saturating_sub(1)) {
            out.push('\n');
            if !line.is_empty() {
                indent(out, level);
                out.push_str(line);
            }
        }
        return;
    }
    out.push_str(&quoted(s));
}

/// Whether a multi-line string can be a literal block: printable, no leading space on its
/// first line (the indentation would be misread) and no trailing spaces.
fn block_ok(s: &str) -> bool {
    !s.starts_with([' ', '\n'])
        && s.chars().all(|c| c == '\n' || !c.is_control() || c == '\t')
        && !s.contains('\t')
        && s.split('\n').all(|l| !l.ends_with(' '))
}

/// A double-quoted string with JSON escapes, which YAML reads the same.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn roundtrip(v: Json) {
        let text = to_string(&v);
        let back: Json = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(back, v, "\n{text}");
    }

    #[test]
    fn ambiguous_strings_are_quoted() {
        for s in [
            "yes",
            "No",
            "on",
            "OFF",
            "y",
            "true",
            "null",
            "~",
            "2010-09-09",
            "0755",
            "1e3",
            "12",
            "-1",
            "",
            " x",
            "a: b",
            "x #y",
            "@x",
            "*",
            "a,b",
            "[x]",
        ] {
            let text = to_string(&json!({ "K": s }));
            assert!(text.contains('"'), "{s:?} must be quoted: {text}");
            roundtrip(json!({ "K": s }));
        }
        assert_eq!(to_string(&json!({"Type": "AWS::S3::Bucket"})), "Type: AWS::S3::Bucket\n");
    }

    #[test]
    fn plain_ok_follows_its_rule() {
        // The rule as first written, allocations and all.
        fn rule(s: &str) -> bool {
            let Some(first) = s.chars().next() else { return false };
            if !first.is_ascii_alphabetic() || RESERVED.contains(&s.to_ascii_lowercase().as_str()) {
                return false;
            }
            if s.ends_with([' ', ':']) || s.contains(": ") || s.contains(" #") {
                return false;
            }
            s.chars().all(|c| c.is_ascii_alphanumeric() || " _-./:()@+=*$&%?!<>".contains(c))
        }
        let pieces = ["a", "Z", "9", " ", ":", "#", "-", "é", "Yes", "off", "~", "\"", "\n", "{", "$", "::", "'"];
        let mut checked = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let s = format!("{a}{b}{c}");
                    for s in [&s[..a.len()], &s[..a.len() + b.len()], s.as_str()] {
                        assert_eq!(plain_ok(s), rule(s), "{s:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 10_000);
        assert!(plain_ok("AWS::SQS::Queue") && plain_ok("arn:aws:sqs:eu-west-1:123:q") && !plain_ok("a${B}"));
        assert!(!plain_ok("NO") && !plain_ok("a: b") && !plain_ok("a #b") && !plain_ok(""));
    }

    #[test]
    fn nested_structures_round_trip() {
        roundtrip(json!({
            "A": [1, 2.5, true, null, "x", [], {}],
            "B": {"C": [{"D": "e", "F": ["g", {"H": 1}]}, [["deep"]]]},
            "Code": "import os\n\ndef handler(event, ctx):\n    return 1\n",
            "NoNewline": "line one\nline two",
            "Many": "a\n\n\n",
            "Indented": "  starts with spaces\nx",
            "Tab": "a\tb\nc",
        }));
    }

    /// The writer as first written: recursive, over a `serde_json::Value`.
    mod first_written {
        use super::super::{indent, push_string, quoted};
        use serde_json::Value as Json;

        pub fn to_string(template: &Json) -> String {
            let mut out = String::new();
            match template {
                Json::Object(m) if !m.is_empty() => write_map(&mut out, m, 0),
                Json::Array(a) if !a.is_empty() => write_seq(&mut out, a, 0),
                other => {
                    out.push_str(&scalar(other));
                    out.push('\n');
                }
            }
            out
        }

        fn write_map(out: &mut String, map: &serde_json::Map<String, Json>, level: usize) {
            for (k, v) in map {
                indent(out, level);
                push_string(out, k, level, true);
                out.push(':');
                write_value(out, v, level + 2, false);
            }
        }

        fn write_seq(out: &mut String, items: &[Json], level: usize) {
            for v in items {
                indent(out, level);
                out.push('-');
                write_value(out, v, level + 2, true);
            }
        }

        fn write_value(out: &mut String, v: &Json, level: usize, in_seq: bool) {
            match v {
                Json::Object(m) if !m.is_empty() => {
                    if in_seq {
                        out.push(' ');
                        let mut first = true;
                        for (k, val) in m {
                            if !first {
                                indent(out, level);
                            }
                            first = false;
                            push_string(out, k, level, true);
                            out.push(':');
                            write_value(out, val, level + 2, false);
                        }
                    } else {
                        out.push('\n');
                        write_map(out, m, level);
                    }
                }
                Json::Array(a) if !a.is_empty() => {
                    out.push('\n');
                    write_seq(out, a, level);
                }
                Json::String(s) => {
                    out.push(' ');
                    push_string(out, s, level, false);
                    out.push('\n');
                }
                other => {
                    out.push(' ');
                    out.push_str(&scalar(other));
                    out.push('\n');
                }
            }
        }

        fn scalar(v: &Json) -> String {
            match v {
                Json::Null => "null".into(),
                Json::Bool(b) => b.to_string(),
                Json::Number(n) => n.to_string(),
                Json::String(s) => quoted(s),
                Json::Array(_) => "[]".into(),
                Json::Object(_) => "{}".into(),
            }
        }
    }

    fn samples() -> Vec<Json> {
        vec![
            json!({
                "A": [1, 2.5, -3, true, null, "x", [], {}, [[]], [{}], [[1, [2]]], {"k": []}],
                "B": {"C": [{"D": "e", "F": ["g", {"H": 1, "I": {"J": [{"K": "l", "M": {}}]}}]}, [["deep"]]]},
                "Code": "import os\n\ndef handler(event, ctx):\n    return 1\n",
                "InSeq": [{"Code": "a\nb\n", "Then": "yes"}, "line\nbreak"],
                "Empty": {},
                "": "",
                "yes": "no",
            }),
            json!({}),
            json!([]),
            json!([1, {"a": 1, "b": [2]}, [3]]),
            json!("yes"),
            json!("plain"),
            json!(7),
        ]
    }

    #[test]
    fn the_writer_writes_what_it_first_wrote() {
        for v in samples() {
            assert_eq!(to_string(&v), first_written::to_string(&v), "{v}");
        }
    }

    #[test]
    fn a_section_fragment_splices_as_if_written_in_place() {
        let section = samples().swap_remove(0);
        let Json::Object(map) = &section else { unreachable!() };
        let mut fragment = YamlText::section_fragment(String::new());
        crate::emit::entries(map, &mut fragment);
        let mut whole = YamlText::new();
        whole.begin_map();
        whole.key("Before");
        whole.string("x");
        whole.key("Section");
        whole.begin_map_with(fragment.into_string(), map.len());
        whole.end_map();
        whole.key("After");
        whole.begin_seq();
        whole.end_seq();
        whole.end_map();
        assert_eq!(
            whole.into_string(),
            first_written::to_string(&json!({"Before": "x", "Section": section, "After": []}))
        );
    }

    #[test]
    fn code_is_a_literal_block() {
        let text = to_string(&json!({"ZipFile": "def f():\n    return 1\n"}));
        assert_eq!(text, "ZipFile: |\n  def f():\n      return 1\n");
    }
}
