//! Checks of the numbers constructs take, reported as diagnostics at the construct, and the
//! text helpers construct ids are made with. A refused number renders as the nearest allowed
//! one: synthesis fails on the construct's error anyway, and the schema's check of the
//! rendered value does not repeat it.

use std::ops::RangeInclusive;
use std::time::Duration;

use forma_core::{Scope, Severity};

/// `duration` in whole seconds; an error at `scope` when it has a fraction of a second or
/// falls outside `allowed` (seconds), naming `what`.
#[track_caller]
pub(crate) fn seconds(
    scope: &Scope,
    code: &'static str,
    what: &str,
    duration: Duration,
    allowed: RangeInclusive<u64>,
) -> i64 {
    let secs = duration.as_secs();
    if duration.subsec_nanos() != 0 {
        scope.report(
            Severity::Error,
            code,
            format!("{what} is {duration:?}; it must be whole seconds"),
            Some("use Duration::from_secs"),
        );
    } else if !allowed.contains(&secs) {
        scope.report(
            Severity::Error,
            code,
            format!("{what} is {secs} s; AWS allows {} to {} s", allowed.start(), allowed.end()),
            None,
        );
    }
    i64::try_from(secs.clamp(*allowed.start(), *allowed.end())).unwrap_or(i64::MAX)
}

/// `value`, an error at `scope` when outside `allowed`, naming `what`.
#[track_caller]
pub(crate) fn within(scope: &Scope, code: &'static str, what: &str, value: u32, allowed: RangeInclusive<u32>) -> i64 {
    if !allowed.contains(&value) {
        scope.report(
            Severity::Error,
            code,
            format!("{what} is {value}; AWS allows {} to {}", allowed.start(), allowed.end()),
            None,
        );
    }
    i64::from(value.clamp(*allowed.start(), *allowed.end()))
}

/// The ASCII letters and digits of `s`, for ids made from names.
pub(crate) fn alnum(s: &str) -> String {
    s.chars().filter(char::is_ascii_alphanumeric).collect()
}

/// `Get` for `GET` or `get`: the first letter upper-case, the rest lower-case, for ids.
pub(crate) fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase(),
        None => String::new(),
    }
}

/// `base`, or `base2`, `base3`, ... when taken: an id unique among `taken`, which it joins.
pub(crate) fn unique_id(taken: &mut Vec<String>, base: &str) -> String {
    let mut id = base.to_owned();
    let mut n = 1;
    while taken.contains(&id) {
        n += 1;
        id = format!("{base}{n}");
    }
    taken.push(id.clone());
    id
}
