//! A stack's template text, written while the stack is synthesized: everything before its
//! Outputs as soon as the stack's elements are resolved, while they are fresh in memory,
//! and the Outputs once every stack is resolved and so the exports are known.
//!
//! A YAML template is written twice in one pass: in YAML (the file), and as compact JSON,
//! from which [`crate::Template`] parses the JSON value when someone asks for it. A JSON
//! template is its own JSON text.

use serde_json::{Map, Number, Value as Json};

use crate::emit::{self, Emit, JsonText, Splice};
use crate::yaml::YamlText;
use crate::Format;

/// Template text in the template's format.
pub(crate) enum Body {
    Json(JsonText),
    Yaml(YamlText),
}

/// Calls the same method of whichever writer it is.
macro_rules! either {
    ($self:ident, $w:ident => $call:expr) => {
        match $self {
            Body::Json($w) => $call,
            Body::Yaml($w) => $call,
        }
    };
}

impl Body {
    fn new(format: Format) -> Self {
        match format {
            Format::Json => Body::Json(JsonText::new(true)),
            Format::Yaml => Body::Yaml(YamlText::new()),
        }
    }

    /// A writer for the entries of a section, into `buffer`.
    fn section(format: Format, buffer: String) -> Self {
        match format {
            Format::Json => Body::Json(JsonText::fragment(true, 2, buffer)),
            Format::Yaml => Body::Yaml(YamlText::section_fragment(buffer)),
        }
    }

    fn into_string(self) -> String {
        either!(self, w => w.into_string())
    }

    fn take_text(&mut self) -> String {
        either!(self, w => w.take_text())
    }
}

impl Emit for Body {
    fn null(&mut self) {
        either!(self, w => w.null())
    }

    fn bool(&mut self, value: bool) {
        either!(self, w => w.bool(value))
    }

    fn number(&mut self, value: &Number) {
        either!(self, w => w.number(value))
    }

    fn string(&mut self, value: &str) {
        either!(self, w => w.string(value))
    }

    fn begin_map(&mut self) {
        either!(self, w => w.begin_map())
    }

    fn key(&mut self, key: &str) {
        either!(self, w => w.key(key))
    }

    fn end_map(&mut self) {
        either!(self, w => w.end_map())
    }

    fn begin_seq(&mut self) {
        either!(self, w => w.begin_seq())
    }

    fn end_seq(&mut self) {
        either!(self, w => w.end_seq())
    }
}

impl Splice for Body {
    fn begin_map_with(&mut self, fragment: String, entries: usize) {
        either!(self, w => w.begin_map_with(fragment, entries))
    }
}

/// The Resources section of the stack being synthesized, written resource by resource; its
/// text becomes the template's, with the head put in front.
pub(crate) struct Resources {
    format: Format,
    body: Body,
    /// For a YAML template.
    compact: Option<JsonText>,
    /// Resources written.
    count: usize,
}

impl Resources {
    pub(crate) fn new(format: Format) -> Self {
        Resources { format, body: Body::section(format, String::new()), compact: compact_fragment(format, 0), count: 0 }
    }

    /// Where the next resource goes: the caller writes its logical id as a key, then its
    /// definition.
    pub(crate) fn next(&mut self) -> Both<'_> {
        self.count += 1;
        Both { body: &mut self.body, compact: self.compact.as_mut() }
    }

    /// Takes the section written — its text, its compact JSON and how many resources it
    /// holds — and starts an empty one for the next stack, with room for as much.
    fn take(&mut self) -> (String, Option<String>, usize) {
        let (body, compact) = (self.body.take_text(), self.compact.as_mut().map(JsonText::take_text));
        self.body = Body::section(self.format, String::with_capacity(body.len()));
        self.compact = compact_fragment(self.format, compact.as_ref().map_or(0, String::len));
        (body, compact, std::mem::take(&mut self.count))
    }
}

/// The compact JSON writer of a section, for a YAML template.
fn compact_fragment(format: Format, capacity: usize) -> Option<JsonText> {
    match format {
        Format::Json => None,
        Format::Yaml => Some(JsonText::fragment(false, 2, String::with_capacity(capacity))),
    }
}

/// The template's text and, for a YAML template, its compact JSON, given the same events.
pub(crate) struct Both<'a> {
    body: &'a mut Body,
    compact: Option<&'a mut JsonText>,
}

impl Emit for Both<'_> {
    fn null(&mut self) {
        self.body.null();
        self.compact.iter_mut().for_each(|c| c.null());
    }

    fn bool(&mut self, value: bool) {
        self.body.bool(value);
        self.compact.iter_mut().for_each(|c| c.bool(value));
    }

    fn number(&mut self, value: &Number) {
        self.body.number(value);
        self.compact.iter_mut().for_each(|c| c.number(value));
    }

    fn string(&mut self, value: &str) {
        self.body.string(value);
        self.compact.iter_mut().for_each(|c| c.string(value));
    }

    fn begin_map(&mut self) {
        self.body.begin_map();
        self.compact.iter_mut().for_each(|c| c.begin_map());
    }

    fn key(&mut self, key: &str) {
        self.body.key(key);
        self.compact.iter_mut().for_each(|c| c.key(key));
    }

    fn end_map(&mut self) {
        self.body.end_map();
        self.compact.iter_mut().for_each(|c| c.end_map());
    }

    fn begin_seq(&mut self) {
        self.body.begin_seq();
        self.compact.iter_mut().for_each(|c| c.begin_seq());
    }

    fn end_seq(&mut self) {
        self.body.end_seq();
        self.compact.iter_mut().for_each(|c| c.end_seq());
    }
}

/// The sections of a template before its Resources.
pub(crate) struct Head<'a> {
    /// The macro CloudFormation expands the template with (SAM's), if any.
    pub transform: Option<&'a str>,
    /// SAM's `Globals`.
    pub globals: &'a Map<String, Json>,
    pub description: Option<&'a str>,
    pub metadata: &'a Map<String, Json>,
    pub parameters: &'a Map<String, Json>,
    pub rules: &'a Map<String, Json>,
    pub mappings: &'a Map<String, Json>,
    pub conditions: &'a Map<String, Json>,
}

/// A template written up to its Outputs.
pub(crate) struct Pending {
    body: Body,
    compact: Option<JsonText>,
}

impl Pending {
    /// Writes the template up to its Outputs: `head`, then the `resources` written so far,
    /// which it takes.
    pub(crate) fn start(head: &Head<'_>, resources: &mut Resources) -> Pending {
        let mut body = Body::new(resources.format);
        let (body_resources, compact_resources, count) = resources.take();
        write_head(&mut body, head, body_resources, count);
        let compact = compact_resources.map(|section| {
            let mut compact = JsonText::new(false);
            write_head(&mut compact, head, section, count);
            compact
        });
        Pending { body, compact }
    }

    /// Writes `outputs` and closes the template: its text, ending with a newline, and, for
    /// a YAML template, its compact JSON.
    pub(crate) fn finish(self, outputs: &Map<String, Json>) -> (String, Option<String>) {
        let Pending { mut body, compact } = self;
        write_outputs(&mut body, outputs);
        let compact = compact.map(|mut compact| {
            write_outputs(&mut compact, outputs);
            compact.into_string()
        });
        let mut body = body.into_string();
        if !body.ends_with('\n') {
            body.push('\n');
        }
        (body, compact)
    }
}

/// Opens the template and writes everything before its Outputs.
fn write_head(out: &mut impl Splice, head: &Head<'_>, resources: String, count: usize) {
    out.begin_map();
    out.key("AWSTemplateFormatVersion");
    out.string("2010-09-09");
    if let Some(t) = head.transform {
        out.key("Transform");
        out.string(t);
    }
    if let Some(d) = head.description {
        out.key("Description");
        out.string(d);
    }
    for (name, section) in [
        ("Globals", head.globals),
        ("Metadata", head.metadata),
        ("Parameters", head.parameters),
        ("Rules", head.rules),
        ("Mappings", head.mappings),
        ("Conditions", head.conditions),
    ] {
        if !section.is_empty() {
            out.key(name);
            out.begin_map();
            emit::entries(section, out);
            out.end_map();
        }
    }
    if count > 0 {
        out.key("Resources");
        out.begin_map_with(resources, count);
        out.end_map();
    }
}

/// Writes the Outputs, if there are any, and closes the template.
fn write_outputs(out: &mut impl Emit, outputs: &Map<String, Json>) {
    if !outputs.is_empty() {
        out.key("Outputs");
        out.begin_map();
        emit::entries(outputs, out);
        out.end_map();
    }
    out.end_map();
}
