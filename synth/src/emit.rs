//! Writing template values as they are resolved, without building a JSON tree first.
//!
//! Resolution ([`crate::resolve`]) reports each value as a sequence of events — a string,
//! the start of a map, a key, ... — to an [`Emit`]. The writers here turn the events into
//! text: [`JsonText`] writes exactly what `serde_json::to_string_pretty` (or `to_string`)
//! writes for the same value, [`crate::yaml::YamlText`] what [`crate::yaml::to_string`]
//! writes, and [`JsonBuilder`] builds the `serde_json::Value` for the sections that are kept
//! as values until the template is written (all but the Resources). A template of 10,000
//! resources so costs its text, not a tree of a million small allocations.

use std::fmt::Write as _;

use serde_json::{Map, Number, Value as Json};

/// Receives a value as events. Maps and sequences open and close around their contents; in
/// a map each value follows its key.
pub(crate) trait Emit {
    fn null(&mut self);
    fn bool(&mut self, value: bool);
    fn number(&mut self, value: &Number);
    fn string(&mut self, value: &str);
    fn begin_map(&mut self);
    fn key(&mut self, key: &str);
    fn end_map(&mut self);
    fn begin_seq(&mut self);
    fn end_seq(&mut self);
}

/// Emits a JSON value.
pub(crate) fn json(value: &Json, out: &mut impl Emit) {
    match value {
        Json::Null => out.null(),
        Json::Bool(b) => out.bool(*b),
        Json::Number(n) => out.number(n),
        Json::String(s) => out.string(s),
        Json::Array(items) => {
            out.begin_seq();
            items.iter().for_each(|i| json(i, out));
            out.end_seq();
        }
        Json::Object(map) => {
            out.begin_map();
            entries(map, out);
            out.end_map();
        }
    }
}

/// Emits the entries of a JSON object, inside a map the caller opened.
pub(crate) fn entries(map: &Map<String, Json>, out: &mut impl Emit) {
    for (k, v) in map {
        out.key(k);
        json(v, out);
    }
}

/// A writer that can take a map's entries written apart (by a fragment writer,
/// [`JsonText::fragment`] or [`crate::yaml::YamlText::section_fragment`]), as if they had
/// been written in place.
pub(crate) trait Splice: Emit {
    /// Opens a map and writes `fragment`'s entries into it; the caller closes the map. The
    /// text so far moves in front of the entries, into `fragment`'s buffer, so that the
    /// entries need no second buffer.
    fn begin_map_with(&mut self, fragment: String, entries: usize);
}

/// An open map or sequence of a text writer.
#[derive(Debug, Clone, Copy)]
struct Open {
    /// Entries (or items) written so far.
    count: usize,
    seq: bool,
}

/// JSON text: pretty, with two spaces of indentation like `serde_json::to_string_pretty`,
/// or compact like `serde_json::to_string`.
pub(crate) struct JsonText {
    out: String,
    pretty: bool,
    /// The maps and sequences open, innermost last.
    open: Vec<Open>,
}

impl JsonText {
    pub(crate) fn new(pretty: bool) -> Self {
        JsonText { out: String::new(), pretty, open: Vec::new() }
    }

    /// A writer for the entries of a map nested `depth` deep (1: the template itself, 2: a
    /// section of it), for [`Splice::begin_map_with`]; it writes into `buffer`, emptied.
    pub(crate) fn fragment(pretty: bool, depth: usize, mut buffer: String) -> Self {
        buffer.clear();
        let open = vec![Open { count: 0, seq: false }; depth];
        JsonText { out: buffer, pretty, open }
    }

    pub(crate) fn into_string(self) -> String {
        self.out
    }

    /// Takes the text written so far, leaving the writer empty.
    pub(crate) fn take_text(&mut self) -> String {
        std::mem::take(&mut self.out)
    }

    fn newline_indent(&mut self, depth: usize) {
        const SPACES: &str = "\n                                                                ";
        match SPACES.get(..1 + 2 * depth) {
            Some(indent) => self.out.push_str(indent),
            None => {
                self.out.push_str(SPACES);
                (SPACES.len() - 1..2 * depth).for_each(|_| self.out.push(' '));
            }
        }
    }

    /// The separator before an entry of the innermost map or sequence.
    fn separate(&mut self) {
        let depth = self.open.len();
        let Some(top) = self.open.last_mut() else { return };
        let first = top.count == 0;
        top.count += 1;
        if !first {
            self.out.push(',');
        }
        if self.pretty {
            self.newline_indent(depth);
        }
    }

    /// Before a value: in a sequence, the separator (in a map, the key wrote it).
    fn before_value(&mut self) {
        if self.open.last().is_some_and(|o| o.seq) {
            self.separate();
        }
    }

    fn open(&mut self, bracket: char, seq: bool) {
        self.before_value();
        self.out.push(bracket);
        self.open.push(Open { count: 0, seq });
    }

    fn close(&mut self, bracket: char) {
        let depth = self.open.len();
        if self.open.pop().is_some_and(|o| o.count > 0) && self.pretty {
            self.newline_indent(depth - 1);
        }
        self.out.push(bracket);
    }
}

impl Emit for JsonText {
    fn null(&mut self) {
        self.before_value();
        self.out.push_str("null");
    }

    fn bool(&mut self, value: bool) {
        self.before_value();
        self.out.push_str(if value { "true" } else { "false" });
    }

    fn number(&mut self, value: &Number) {
        self.before_value();
        // `Number`'s Display is the text serde_json writes for it.
        let _ = write!(self.out, "{value}");
    }

    fn string(&mut self, value: &str) {
        self.before_value();
        push_quoted(&mut self.out, value);
    }

    fn begin_map(&mut self) {
        self.open('{', false);
    }

    fn key(&mut self, key: &str) {
        self.separate();
        push_quoted(&mut self.out, key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    fn end_map(&mut self) {
        self.close('}');
    }

    fn begin_seq(&mut self) {
        self.open('[', true);
    }

    fn end_seq(&mut self) {
        self.close(']');
    }
}

impl Splice for JsonText {
    fn begin_map_with(&mut self, mut fragment: String, entries: usize) {
        self.begin_map();
        fragment.insert_str(0, &self.out);
        self.out = fragment;
        if let Some(top) = self.open.last_mut() {
            top.count = entries;
        }
    }
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it: `"` and `\\`, and control
/// characters as `\n`, `\t`, ... or `\u00XX`; everything else as it is.
pub(crate) fn push_quoted(out: &mut String, s: &str) {
    fn escaped(b: u8) -> bool {
        b < 0x20 || b == b'"' || b == b'\\'
    }
    out.reserve(s.len() + 2);
    out.push('"');
    // Most strings need no escape: one pass without branches tells.
    if !s.bytes().fold(false, |any, b| any | escaped(b)) {
        out.push_str(s);
        out.push('"');
        return;
    }
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        if !escaped(b) {
            continue;
        }
        out.push_str(&s[start..i]);
        start = i + 1;
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            0x08 => out.push_str("\\b"),
            0x0C => out.push_str("\\f"),
            _ => {
                let _ = write!(out, "\\u{b:04x}");
            }
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Builds the `serde_json::Value` of what it is given.
#[derive(Default)]
pub(crate) struct JsonBuilder {
    /// Maps (with the key of the value being built) and sequences open, innermost last.
    open: Vec<(Json, Option<String>)>,
    done: Option<Json>,
}

impl JsonBuilder {
    /// The value built; `null` if none was given.
    pub(crate) fn finish(self) -> Json {
        self.done.unwrap_or(Json::Null)
    }

    fn value(&mut self, value: Json) {
        match self.open.last_mut() {
            Some((Json::Array(items), _)) => items.push(value),
            Some((Json::Object(map), key)) => {
                map.insert(key.take().unwrap_or_default(), value);
            }
            Some(_) | None => self.done = Some(value),
        }
    }

    fn close(&mut self) {
        if let Some((value, _)) = self.open.pop() {
            self.value(value);
        }
    }
}

impl Emit for JsonBuilder {
    fn null(&mut self) {
        self.value(Json::Null);
    }

    fn bool(&mut self, value: bool) {
        self.value(Json::Bool(value));
    }

    fn number(&mut self, value: &Number) {
        self.value(Json::Number(value.clone()));
    }

    fn string(&mut self, value: &str) {
        self.value(Json::String(value.to_owned()));
    }

    fn begin_map(&mut self) {
        self.open.push((Json::Object(Map::new()), None));
    }

    fn key(&mut self, key: &str) {
        if let Some((_, k)) = self.open.last_mut() {
            *k = Some(key.to_owned());
        }
    }

    fn end_map(&mut self) {
        self.close();
    }

    fn begin_seq(&mut self) {
        self.open.push((Json::Array(Vec::new()), None));
    }

    fn end_seq(&mut self) {
        self.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Json {
        json!({
            "A": [1, -2, 2.5, 1e300, true, false, null, "x", [], {}, [[]], [{}], {"k": []}],
            "B": {"C": [{"D": "e", "F": ["g", {"H": 1}]}, [["deep"]]], "Empty": {}},
            "Escapes": "quote \" backslash \\ nl \n tab \t cr \r bs \u{8} ff \u{c} nul \u{0} us \u{1f} del \u{7f} é ✓",
            "": "",
            "Unicode ✓": "日本",
        })
    }

    #[test]
    fn json_text_is_serde_jsons() {
        for value in [sample(), json!({}), json!([]), json!(1), json!("s"), json!([[1, [2, [3]]], {"a": {"b": {}}}])] {
            let mut pretty = JsonText::new(true);
            json(&value, &mut pretty);
            assert_eq!(pretty.into_string(), serde_json::to_string_pretty(&value).unwrap());
            let mut compact = JsonText::new(false);
            json(&value, &mut compact);
            assert_eq!(compact.into_string(), serde_json::to_string(&value).unwrap());
            let mut built = JsonBuilder::default();
            json(&value, &mut built);
            assert_eq!(built.finish(), value);
        }
    }

    #[test]
    fn every_control_character_is_escaped_as_serde_json_does() {
        let all: String = (0u8..0x80).map(char::from).collect();
        let mut out = String::new();
        push_quoted(&mut out, &all);
        assert_eq!(out, serde_json::to_string(&all).unwrap());
    }

    #[test]
    fn a_fragment_splices_as_if_written_in_place() {
        let value = sample();
        let Json::Object(map) = &value else { unreachable!() };
        for pretty in [true, false] {
            let mut fragment = JsonText::fragment(pretty, 2, String::new());
            entries(map, &mut fragment);
            let mut whole = JsonText::new(pretty);
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
            let expected = json!({"Before": "x", "Section": value, "After": []});
            let expected =
                if pretty { serde_json::to_string_pretty(&expected) } else { serde_json::to_string(&expected) };
            assert_eq!(whole.into_string(), expected.unwrap());
        }
    }
}
