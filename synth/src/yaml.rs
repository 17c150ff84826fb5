//! A YAML writer for templates that every YAML parser reads back the same.
//!
//! CloudFormation and cfn-lint read YAML 1.1, where `yes`, `on`, `no`, `off`, `y` are
//! booleans and `2010-09-09` or `0755` are not strings. A string is written plain only when
//! it cannot be taken for anything else; otherwise it is quoted. Multi-line strings (inline
//! code) are written as literal blocks, so they read as they are. YAML 1.1 also reads
//! U+0085, U+2028 and U+2029 as line breaks and refuses DEL, the C0 and C1 controls and
//! U+FFFE/U+FFFF in a file: a string holding any of them is quoted, with escapes (`\N`,
//! `\L`, `\P`, `\x7F`, `\uFFFE`, ...), keys included.

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
        push_number(&mut self.out, value);
        self.out.push('\n');
    }

    fn string(&mut self, value: &str) {
        match self.start_value() {
            At::Root => push_quoted(&mut self.out, value),
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
        push_key(&mut self.out, key, level);
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
    push_quoted(out, s);
}

/// The longest key, in bytes as written, that every reader takes on one line (`key: value`):
/// YAML limits such implicit keys to 1,024 characters, and libyaml (serde_yaml) counts bytes.
const IMPLICIT_KEY_MAX: usize = 1024;

/// Writes a map key and its `:` — a longer key than [`IMPLICIT_KEY_MAX`] as an explicit
/// key, `? key` with the `:` on the next line (at `level`, the key's indentation).
fn push_key(out: &mut String, key: &str, level: usize) {
    let start = out.len();
    push_string(out, key, level, true);
    if out.len() - start > IMPLICIT_KEY_MAX {
        // Moves only the key just written.
        out.insert_str(start, "? ");
        out.push('\n');
        indent(out, level);
    }
    out.push(':');
}

/// Whether a multi-line string can be a literal block: no leading space on its first line
/// (the indentation would be misread), no trailing spaces, and nothing but newlines that
/// must be escaped (tabs, controls, YAML 1.1's other line breaks).
fn block_ok(s: &str) -> bool {
    !s.starts_with([' ', '\n'])
        && s.chars().all(|c| c == '\n' || !must_escape(c))
        && s.split('\n').all(|l| !l.ends_with(' '))
}

/// Whether `c` can only be written escaped, in a double-quoted string: the C0 controls (tab
/// and newline included, which a quoted string on one line cannot hold either), DEL and the
/// C1 controls, which YAML 1.1 refuses in a file — U+0085 among them, which it reads as a
/// line break, like U+2028 and U+2029 — U+FFFE and U+FFFF, refused too, and U+FEFF, a byte
/// order mark that a reader may drop.
fn must_escape(c: char) -> bool {
    matches!(c, '\0'..='\x1F' | '\x7F'..='\u{9F}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Appends `s` double-quoted, on one line: `"` and `\` escaped, the characters of
/// [`must_escape`] as JSON writes them where JSON has an escape (`\n`, `\t`, `\u001b`, ...)
/// and else with YAML's (`\N`, `\L`, `\P`, `\x7F`, `\x9B`, `\uFFFE`); everything else as it is.
fn push_quoted(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c != '"' && c != '\\' && !must_escape(c) {
            continue;
        }
        out.push_str(&s[start..i]);
        start = i + c.len_utf8();
        let _ = match c {
            '"' => out.write_str("\\\""),
            '\\' => out.write_str("\\\\"),
            '\n' => out.write_str("\\n"),
            '\t' => out.write_str("\\t"),
            '\r' => out.write_str("\\r"),
            '\x08' => out.write_str("\\b"),
            '\x0C' => out.write_str("\\f"),
            '\u{85}' => out.write_str("\\N"),
            '\u{2028}' => out.write_str("\\L"),
            '\u{2029}' => out.write_str("\\P"),
            '\0'..='\x1F' => write!(out, "\\u{:04x}", u32::from(c)),
            '\x7F'..='\u{FF}' => write!(out, "\\x{:02X}", u32::from(c)),
            _ => write!(out, "\\u{:04X}", u32::from(c)),
        };
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// `s` double-quoted ([`push_quoted`]).
#[cfg(test)]
fn quoted(s: &str) -> String {
    let mut out = String::new();
    push_quoted(&mut out, s);
    out
}

/// Appends a number as serde_json writes it, except that an exponent gets the `.0` and the
/// sign YAML 1.1 needs to read a float (`1e30` → `1.0e+30`): without them, it reads a string.
fn push_number(out: &mut String, value: &Number) {
    let start = out.len();
    // `Number`'s Display is serde_json's text for it.
    let _ = write!(out, "{value}");
    let Some(e) = out[start..].find(['e', 'E']).map(|e| start + e) else { return };
    let exponent = out.split_off(e + 1);
    out.truncate(e);
    if !out[start..].contains('.') {
        out.push_str(".0");
    }
    out.push('e');
    if !exponent.starts_with(['-', '+']) {
        out.push('+');
    }
    out.push_str(&exponent);
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
        use super::super::{indent, push_key, push_number, push_string, quoted};
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
                push_key(out, k, level);
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
                            push_key(out, k, level);
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
                Json::Number(n) => {
                    let mut out = String::new();
                    push_number(&mut out, n);
                    out
                }
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
    fn what_yaml_1_1_breaks_or_refuses_is_escaped() {
        for (s, written) in [
            ("a\u{85}b", r#""a\Nb""#),
            ("a\u{2028}b", r#""a\Lb""#),
            ("a\u{2029}b", r#""a\Pb""#),
            ("a\x7Fb", r#""a\x7Fb""#),
            ("\u{80}\u{9F}", r#""\x80\x9F""#),
            ("\u{FFFE}\u{FFFF}\u{FEFF}", r#""\uFFFE\uFFFF\uFEFF""#),
            ("\0\x1b\t\r\n\x08\x0C", r#""\u0000\u001b\t\r\n\b\f""#),
            ("q\"b\\", r#""q\"b\\""#),
            // As they are: printable, and no line break to YAML.
            ("\u{A0}é\u{FFFD}😀\u{10FFFF}", "\"\u{A0}é\u{FFFD}😀\u{10FFFF}\""),
        ] {
            assert_eq!(to_string(&json!({ "K": s })), format!("K: {written}\n"), "{s:?}");
            assert_eq!(to_string(&json!({ s: 1 })), format!("{written}: 1\n"), "as a key: {s:?}");
            roundtrip(json!({ s: s }));
        }
        // Not even in a literal block, where they would be raw.
        for c in ['\u{85}', '\u{2028}', '\u{2029}', '\x7F', '\u{9B}', '\u{FFFE}', '\u{FEFF}', '\r', '\x1b'] {
            let s = format!("line{c}\nnext\n");
            let text = to_string(&json!({ "Code": s }));
            assert!(text.starts_with("Code: \"line\\"), "{c:?}: {text}");
            roundtrip(json!({ "Code": s }));
        }
    }

    #[test]
    fn a_key_too_long_for_one_line_is_an_explicit_key() {
        let fits = "k".repeat(IMPLICIT_KEY_MAX);
        assert_eq!(to_string(&json!({ &fits: 1 })), format!("{fits}: 1\n"));
        // Quoted, the quotes count.
        let quoted_fits = format!("{}\n", "k".repeat(IMPLICIT_KEY_MAX - 4));
        assert_eq!(to_string(&json!({ &quoted_fits: 1 })), format!("{}: 1\n", quoted(&quoted_fits)));
        let long = "k".repeat(IMPLICIT_KEY_MAX + 1);
        assert_eq!(to_string(&json!({ &long: 1 })), format!("? {long}\n: 1\n"));
        let wide = "é".repeat(IMPLICIT_KEY_MAX / 2 + 1);
        assert_eq!(
            to_string(&json!({ "A": [{ &wide: { "B": [1] }, "C": 2 }] })),
            format!("A:\n  - ? {}\n    :\n      B:\n        - 1\n    C: 2\n", quoted(&wide))
        );
        roundtrip(json!({ &fits: 1, &quoted_fits: [1], &long: { &wide: "x", "y": [{ &long: "z\n" }] } }));
    }

    #[test]
    fn an_exponent_is_written_as_yaml_1_1_reads_a_float() {
        let text = to_string(&json!({ "A": 1e30, "B": 1.5e-7, "C": 2.5, "D": -3, "E": 1e-7 }));
        assert_eq!(text, "A: 1.0e+30\nB: 1.5e-7\nC: 2.5\nD: -3\nE: 1.0e-7\n");
        roundtrip(json!({ "A": 1e30, "B": 1.5e-7, "E": 1e-7, "F": f64::MAX, "G": f64::MIN_POSITIVE }));
    }

    #[test]
    fn code_is_a_literal_block() {
        let text = to_string(&json!({"ZipFile": "def f():\n    return 1\n"}));
        assert_eq!(text, "ZipFile: |\n  def f():\n      return 1\n");
    }
}
