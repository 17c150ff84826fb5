//! A YAML writer for templates that every YAML parser reads back the same.
//!
//! CloudFormation and cfn-lint read YAML 1.1, where `yes`, `on`, `no`, `off`, `y` are
//! booleans and `2010-09-09` or `0755` are not strings. A string is written plain only when
//! it cannot be taken for anything else; otherwise it is quoted. Multi-line strings (inline
//! code) are written as literal blocks, so they read as they are.

use serde_json::Value as Json;

/// `template` as YAML, ending with a newline.
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

fn indent(out: &mut String, n: usize) {
    const SPACES: &str = "                                ";
    let mut n = n;
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
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

/// Writes what follows `key:` or `-`.
fn write_value(out: &mut String, v: &Json, level: usize, in_seq: bool) {
    match v {
        Json::Object(m) if !m.is_empty() => {
            if in_seq {
                // `- Key: value` with the rest of the map aligned under the first key.
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
            // Sequences under a key are indented like the key's children.
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

    #[test]
    fn code_is_a_literal_block() {
        let text = to_string(&json!({"ZipFile": "def f():\n    return 1\n"}));
        assert_eq!(text, "ZipFile: |\n  def f():\n      return 1\n");
    }
}
