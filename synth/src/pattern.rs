//! `AllowedPattern`: a Java regular expression that CloudFormation matches against the whole
//! value. forma checks it with Rust's `regex` where the two dialects agree, with
//! `fancy-regex` (backtracking) where the pattern also uses lookaround or backreferences, and
//! leaves alone what only Java understands, so a pattern CloudFormation accepts is never
//! reported.

use regex::Regex;
use regex_syntax::ast::{self, Ast, ErrorKind};

/// An `AllowedPattern` as forma can use it.
#[derive(Debug, Clone)]
pub(crate) enum AllowedPattern {
    /// Compiled and anchored at both ends, as CloudFormation matches it.
    Checked(Regex),
    /// The same, for a pattern with lookaround or backreferences.
    Backtracking(fancy_regex::Regex),
    /// Java syntax that Rust's regex lacks or reads differently (lookaround,
    /// backreferences, possessive or `\Q..\E` quoting, POSIX-looking classes, ...): values
    /// are not checked against it.
    Unchecked,
    /// Not a regular expression in Java either: why.
    Invalid(String),
}

impl AllowedPattern {
    /// Reads `pattern`, which must match the whole value (an `AllowedPattern`).
    pub(crate) fn compile(pattern: &str) -> AllowedPattern {
        AllowedPattern::read(pattern, true)
    }

    /// Reads a schema's `pattern`, which, as JSON Schema reads it, may match anywhere in the
    /// value (`^` and `$` anchor it where the schema wants).
    pub(crate) fn compile_search(pattern: &str) -> AllowedPattern {
        AllowedPattern::read(pattern, false)
    }

    fn read(pattern: &str, whole: bool) -> AllowedPattern {
        let parsed = match ast::parse::Parser::new().parse(pattern) {
            Ok(parsed) => parsed,
            Err(e) => {
                return match e.kind() {
                    // Broken in Java too.
                    ErrorKind::GroupUnclosed
                    | ErrorKind::GroupUnopened
                    | ErrorKind::ClassUnclosed
                    | ErrorKind::ClassRangeInvalid
                    | ErrorKind::RepetitionCountInvalid
                    | ErrorKind::RepetitionCountUnclosed
                    | ErrorKind::RepetitionMissing
                    | ErrorKind::EscapeUnexpectedEof => {
                        let at = e.span().start.offset;
                        AllowedPattern::Invalid(format!("{} (at character {})", e.kind(), at + 1))
                    }
                    // Lookaround and backreferences (fancy-regex has them); `\Q`, `\Z`, `\h`,
                    // `(?>..)`, Java flags, ... (unchecked).
                    _ => backtracking(pattern, whole),
                };
            }
        };
        if ast::visit(&parsed, Dialects).is_err() {
            return AllowedPattern::Unchecked;
        }
        match Regex::new(&anchored(pattern, whole)) {
            Ok(re) => AllowedPattern::Checked(re),
            // Valid syntax Rust cannot compile: a Unicode class it has no table for, a
            // pattern too large for its limits.
            Err(_) => AllowedPattern::Unchecked,
        }
    }

    /// Whether `value` matches; `true` when the pattern is not checked (or backtracking
    /// gave up on it).
    pub(crate) fn matches(&self, value: &str) -> bool {
        match self {
            AllowedPattern::Checked(re) => re.is_match(value),
            AllowedPattern::Backtracking(re) => re.is_match(value).unwrap_or(true),
            AllowedPattern::Unchecked | AllowedPattern::Invalid(_) => true,
        }
    }
}

/// A pattern with lookaround or backreferences: compiled with `fancy-regex` when everything
/// else in it reads the same in Java and in Rust (checked on a copy with each lookaround
/// made a plain group and each backreference a literal), unchecked otherwise.
fn backtracking(pattern: &str, whole: bool) -> AllowedPattern {
    let plain = without_lookaround(pattern);
    let same_elsewhere = match ast::parse::Parser::new().parse(&plain) {
        Ok(parsed) => ast::visit(&parsed, Dialects).is_ok(),
        Err(_) => false,
    };
    if !same_elsewhere {
        return AllowedPattern::Unchecked;
    }
    match fancy_regex::Regex::new(&anchored(pattern, whole)) {
        Ok(re) => AllowedPattern::Backtracking(re),
        Err(_) => AllowedPattern::Unchecked,
    }
}

/// `pattern` as compiled: anchored at both ends when it must match the whole value.
fn anchored(pattern: &str, whole: bool) -> String {
    match whole {
        true => format!(r"\A(?:{pattern})\z"),
        false => pattern.to_owned(),
    }
}

/// `pattern` with `(?=`, `(?!`, `(?<=`, `(?<!` turned into `(?:` and backreferences (`\1`,
/// `\k<name>`) into a literal, outside character classes.
fn without_lookaround(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('1'..='9') if !in_class => {
                    out.push('x');
                    while chars.next_if(char::is_ascii_digit).is_some() {}
                }
                Some('k') if !in_class && chars.peek() == Some(&'<') => {
                    out.push('x');
                    for n in chars.by_ref() {
                        if n == '>' {
                            break;
                        }
                    }
                }
                Some(e) => {
                    out.push('\\');
                    out.push(e);
                }
                None => out.push('\\'),
            },
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' => {
                in_class = false;
                out.push(c);
            }
            '(' if !in_class => {
                let rest: String = chars.clone().take(3).collect();
                let skip = if rest.starts_with("?=") || rest.starts_with("?!") {
                    2
                } else if rest.starts_with("?<=") || rest.starts_with("?<!") {
                    3
                } else {
                    0
                };
                if skip > 0 {
                    chars.nth(skip - 1);
                    out.push_str("(?:");
                } else {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Finds what Rust's regex parses but Java reads otherwise: `Err` for the first one.
struct Dialects;

impl ast::Visitor for Dialects {
    type Output = ();
    type Err = ();

    fn finish(self) -> Result<(), ()> {
        Ok(())
    }

    fn visit_pre(&mut self, ast: &Ast) -> Result<(), ()> {
        let flags = match ast {
            Ast::Flags(set) => Some(&set.flags),
            Ast::Group(g) => match &g.kind {
                ast::GroupKind::NonCapturing(flags) => Some(flags),
                _ => None,
            },
            // Java's `\v` is any vertical whitespace, Rust's the vertical tab alone.
            Ast::Literal(lit) => return vertical_tab(lit),
            _ => None,
        };
        // Comments (`(?x)`) would swallow the anchoring wrapper's closing parenthesis.
        match flags.is_some_and(|f| f.flag_state(ast::Flag::IgnoreWhitespace) == Some(true)) {
            true => Err(()),
            false => Ok(()),
        }
    }

    fn visit_class_set_item_pre(&mut self, item: &ast::ClassSetItem) -> Result<(), ()> {
        match item {
            // `[[:alpha:]]` is a POSIX class to Rust, the characters `:alph` to Java.
            ast::ClassSetItem::Ascii(_) => Err(()),
            ast::ClassSetItem::Literal(lit) => vertical_tab(lit),
            _ => Ok(()),
        }
    }

    fn visit_class_set_binary_op_pre(&mut self, op: &ast::ClassSetBinaryOp) -> Result<(), ()> {
        // `--` and `~~` are set operations to Rust, literal characters to Java.
        match op.kind {
            ast::ClassSetBinaryOpKind::Intersection => Ok(()),
            ast::ClassSetBinaryOpKind::Difference | ast::ClassSetBinaryOpKind::SymmetricDifference => Err(()),
        }
    }
}

fn vertical_tab(lit: &ast::Literal) -> Result<(), ()> {
    match lit.kind {
        ast::LiteralKind::Special(ast::SpecialLiteralKind::VerticalTab) => Err(()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::AllowedPattern;

    fn kind(p: &str) -> &'static str {
        match AllowedPattern::compile(p) {
            AllowedPattern::Checked(_) | AllowedPattern::Backtracking(_) => "checked",
            AllowedPattern::Unchecked => "unchecked",
            AllowedPattern::Invalid(_) => "invalid",
        }
    }

    #[test]
    fn java_only_features_are_unchecked_and_broken_patterns_invalid() {
        for p in ["[a-z]+", r"\d{3}-\d{4}", "(?i)prod|dev", "a|ab", "[a-z&&[^x]]", "(?<name>a)b"] {
            assert_eq!(kind(p), "checked", "{p}");
        }
        for p in ["(?=a)a", "(?<!x)y", r"(a)\1", r"^(?!aws:)[a-z]+$", r"(?<n>a)\k<n>", "[(?=]x(?=y)y"] {
            assert_eq!(kind(p), "checked", "{p}");
        }
        for p in [
            r"(?=a)\h",
            r"(?!x)[[:alpha:]]",
            r"\Qa.b\E",
            r"a\Z",
            r"\h+",
            "(?>a)",
            "[[:alpha:]]",
            r"\v",
            "[a--b]",
            "(?x)a # comment",
            r"\p{javaLowerCase}",
        ] {
            assert_eq!(kind(p), "unchecked", "{p}");
        }
        for p in ["[a-z", "(ab", "ab)", "a{3,1}", "a{2", "*a", r"a\", "[z-a]"] {
            assert_eq!(kind(p), "invalid", "{p}");
        }
    }

    #[test]
    fn the_whole_value_must_match() {
        let p = AllowedPattern::compile("a|ab");
        assert!(p.matches("ab"), "alternatives are tried until the whole value matches");
        assert!(!p.matches("abc"));
        assert!(!AllowedPattern::compile("[a-z]+").matches("abc1"));
        // A schema's pattern is a JSON Schema one: it may match anywhere unless anchored.
        assert!(AllowedPattern::compile_search("^[^:]").matches("AWS/SQS"));
        assert!(!AllowedPattern::compile_search("^[^:]").matches(":x"));
        assert!(AllowedPattern::compile_search("[0-9]").matches("abc1"));
        assert!(!AllowedPattern::compile_search("^[a-z]+$").matches("abc1"));
        assert!(AllowedPattern::compile(r"(?=a)\h").matches("anything"), "unchecked");
        let no_prefix = AllowedPattern::compile("(?!aws:)[a-z:]+");
        assert!(no_prefix.matches("mytag"));
        assert!(!no_prefix.matches("aws:reserved"), "lookahead is checked");
        let doubled = AllowedPattern::compile(r"([a-z])\1");
        assert!(doubled.matches("aa") && !doubled.matches("ab"), "backreferences are checked");
    }
}

/// How forma treats a schema or `AllowedPattern` regular expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PatternSupport {
    /// Values are checked against it.
    Checked,
    /// Java syntax neither Rust's regex nor fancy-regex reads the same way: values are not
    /// checked.
    Unchecked,
    /// Not a regular expression in Java either.
    Invalid,
}

/// How forma treats `pattern` (for tests and reports).
pub fn pattern_support(pattern: &str) -> PatternSupport {
    match AllowedPattern::compile(pattern) {
        AllowedPattern::Checked(_) | AllowedPattern::Backtracking(_) => PatternSupport::Checked,
        AllowedPattern::Unchecked => PatternSupport::Unchecked,
        AllowedPattern::Invalid(_) => PatternSupport::Invalid,
    }
}
