//! Parameter constraints: reading them from a template, and checking a value against them
//! the way CloudFormation does. Synthesis checks defaults with it, the deployer the values
//! given on its command line.

use serde_json::Value as Json;

use crate::assembly::ParameterManifest;
use crate::pattern::AllowedPattern;

/// How CloudFormation applies a parameter's constraints, by its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `Number`: a number, within `MinValue`/`MaxValue`, one of `AllowedValues`.
    Number,
    /// `List<Number>`: comma-separated numbers, each one of `AllowedValues`.
    NumberList,
    /// `CommaDelimitedList`, `List<AWS::EC2::Subnet::Id>`, ...: each item one of
    /// `AllowedValues` and matching `AllowedPattern`.
    List,
    /// `AWS::SSM::Parameter::Value<..>`: the value names an SSM parameter; what it holds
    /// is only known to CloudFormation, so nothing is checked.
    Resolved,
    /// `String` and the single AWS-specific types: `AllowedValues`, `AllowedPattern`,
    /// `MinLength`/`MaxLength` on the whole value.
    Text,
}

fn shape(type_name: &str) -> Shape {
    match type_name {
        "Number" => Shape::Number,
        "List<Number>" => Shape::NumberList,
        "CommaDelimitedList" => Shape::List,
        t if t.starts_with("AWS::SSM::Parameter::Value<") => Shape::Resolved,
        t if t.starts_with("List<") => Shape::List,
        _ => Shape::Text,
    }
}

/// A number as a person writes it: `10`, not `10.0`.
pub(crate) fn show_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        format!("{}", x as i64)
    } else {
        x.to_string()
    }
}

/// A number CloudFormation accepts for a `Number` parameter.
fn parse_number(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// A template value as the text CloudFormation compares: strings as they are, numbers and
/// booleans as written.
fn text_of(v: &Json) -> Option<String> {
    match v {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        Json::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

impl ParameterManifest {
    /// The manifest entry of a parameter from its template declaration.
    pub fn from_template(p: &Json) -> ParameterManifest {
        let length = |key: &str| p.get(key).and_then(Json::as_u64).and_then(|n| u32::try_from(n).ok());
        ParameterManifest {
            type_name: p.get("Type").and_then(Json::as_str).unwrap_or_default().to_owned(),
            default: p.get("Default").cloned(),
            no_echo: p.get("NoEcho").and_then(Json::as_bool).unwrap_or(false),
            allowed_values: p
                .get("AllowedValues")
                .and_then(Json::as_array)
                .map(|vs| vs.iter().filter_map(text_of).collect())
                .unwrap_or_default(),
            allowed_pattern: p.get("AllowedPattern").and_then(Json::as_str).map(str::to_owned),
            min_length: length("MinLength"),
            max_length: length("MaxLength"),
            min_value: p.get("MinValue").and_then(Json::as_f64),
            max_value: p.get("MaxValue").and_then(Json::as_f64),
            constraint_description: p.get("ConstraintDescription").and_then(Json::as_str).map(str::to_owned),
        }
    }

    /// The default as the text CloudFormation checks, when there is a literal one.
    pub fn default_text(&self) -> Option<String> {
        self.default.as_ref().and_then(text_of)
    }

    /// Checks `value` against the parameter's constraints as CloudFormation applies them
    /// for its type; the error names the broken constraint (and adds the
    /// `ConstraintDescription`, when there is one). A `NoEcho` value is never repeated.
    /// An `AllowedPattern` that only Java understands is not checked.
    pub fn check(&self, value: &str) -> Result<(), String> {
        let shown = |v: &str| if self.no_echo { "the value".to_owned() } else { format!("{v:?}") };
        let result = match shape(&self.type_name) {
            Shape::Resolved => Ok(()),
            Shape::Text => self.check_text(value, &shown(value)),
            Shape::Number => self.check_number(value, &shown(value)),
            Shape::NumberList | Shape::List if value.is_empty() => Ok(()),
            s @ (Shape::NumberList | Shape::List) => value.split(',').try_for_each(|item| {
                // Lenient about spaces after the commas, whichever way CloudFormation reads them.
                let one = |item: &str| {
                    let what = match self.no_echo {
                        true => "an item of the value".to_owned(),
                        false => format!("item {item:?} of {value:?}"),
                    };
                    if s == Shape::NumberList {
                        self.check_number(item, &what)
                    } else {
                        self.check_allowed(item, &what).and_then(|()| self.check_pattern(item, &what))
                    }
                };
                one(item).or_else(|e| if item.trim() != item { one(item.trim()) } else { Err(e) })
            }),
        };
        result.map_err(|e| match &self.constraint_description {
            Some(d) => format!("{e}: {d}"),
            None => e,
        })
    }

    fn check_allowed(&self, value: &str, what: &str) -> Result<(), String> {
        let numeric = matches!(shape(&self.type_name), Shape::Number | Shape::NumberList);
        let number = |v: &str| parse_number(v).filter(|_| numeric);
        let same = |allowed: &String| {
            allowed == value || matches!((number(allowed), number(value)), (Some(a), Some(b)) if a == b)
        };
        if self.allowed_values.is_empty() || self.allowed_values.iter().any(same) {
            return Ok(());
        }
        Err(format!("{what} is not one of the AllowedValues: {}", self.allowed_values.join(", ")))
    }

    fn check_pattern(&self, value: &str, what: &str) -> Result<(), String> {
        match &self.allowed_pattern {
            Some(p) if !AllowedPattern::compile(p).matches(value) => {
                Err(format!("{what} does not match the AllowedPattern {p:?}"))
            }
            _ => Ok(()),
        }
    }

    fn check_text(&self, value: &str, what: &str) -> Result<(), String> {
        self.check_allowed(value, what)?;
        self.check_pattern(value, what)?;
        let len = value.chars().count();
        if let Some(min) = self.min_length.filter(|&m| len < m as usize) {
            return Err(format!("{what} is {len} characters long, shorter than the MinLength {min}"));
        }
        if let Some(max) = self.max_length.filter(|&m| len > m as usize) {
            return Err(format!("{what} is {len} characters long, longer than the MaxLength {max}"));
        }
        Ok(())
    }

    fn check_number(&self, value: &str, what: &str) -> Result<(), String> {
        let Some(x) = parse_number(value) else {
            return Err(format!("{what} is not a number (the parameter's type is {})", self.type_name));
        };
        self.check_allowed(value, what)?;
        if shape(&self.type_name) == Shape::Number {
            if let Some(min) = self.min_value.filter(|&m| x < m) {
                return Err(format!("{what} is less than the MinValue {}", show_number(min)));
            }
            if let Some(max) = self.max_value.filter(|&m| x > m) {
                return Err(format!("{what} is greater than the MaxValue {}", show_number(max)));
            }
        }
        Ok(())
    }

    /// Constraints no value can meet (a minimum above its maximum), and an `AllowedPattern`
    /// that is not a regular expression: a diagnostic code and a message for each.
    pub(crate) fn contradictions(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let (Some(min), Some(max)) = (self.min_length, self.max_length) {
            if min > max {
                out.push((
                    "contradictory-constraints",
                    format!("MinLength {min} is greater than MaxLength {max}: no value can meet both"),
                ));
            }
        }
        if let (Some(min), Some(max)) = (self.min_value, self.max_value) {
            if min > max {
                out.push((
                    "contradictory-constraints",
                    format!(
                        "MinValue {} is greater than MaxValue {}: no value can meet both",
                        show_number(min),
                        show_number(max)
                    ),
                ));
            }
        }
        if let Some(p) = &self.allowed_pattern {
            if let AllowedPattern::Invalid(why) = AllowedPattern::compile(p) {
                out.push((
                    "invalid-allowed-pattern",
                    format!("the AllowedPattern {p:?} is not a regular expression: {why}"),
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::ParameterManifest;

    fn param(p: serde_json::Value) -> ParameterManifest {
        ParameterManifest::from_template(&p)
    }

    #[test]
    fn text_values_meet_values_pattern_and_lengths() {
        let env = param(json!({"Type": "String", "AllowedValues": ["dev", "prod"]}));
        assert_eq!(env.check("dev"), Ok(()));
        assert_eq!(env.check("qa").unwrap_err(), r#""qa" is not one of the AllowedValues: dev, prod"#);
        let tag = param(json!({"Type": "String", "AllowedPattern": "[a-z0-9.-]+", "MinLength": 2, "MaxLength": 4,
                               "ConstraintDescription": "lower-case, 2 to 4 characters"}));
        assert_eq!(tag.check("v1.2"), Ok(()));
        assert_eq!(
            tag.check("V1").unwrap_err(),
            r#""V1" does not match the AllowedPattern "[a-z0-9.-]+": lower-case, 2 to 4 characters"#
        );
        assert!(tag.check("a").unwrap_err().starts_with(r#""a" is 1 characters long, shorter than the MinLength 2"#));
        assert!(tag.check("abcde").unwrap_err().contains("longer than the MaxLength 4"));
    }

    #[test]
    fn numbers_and_lists() {
        let n = param(json!({"Type": "Number", "MinValue": 1, "MaxValue": 10.5, "NoEcho": true}));
        assert_eq!(n.check("10"), Ok(()));
        assert_eq!(n.check("abc").unwrap_err(), "the value is not a number (the parameter's type is Number)");
        assert_eq!(n.check("0").unwrap_err(), "the value is less than the MinValue 1");
        assert_eq!(n.check("11").unwrap_err(), "the value is greater than the MaxValue 10.5");
        let sizes = param(json!({"Type": "List<Number>", "AllowedValues": [1, 2]}));
        assert_eq!(sizes.check("1,2.0"), Ok(()));
        assert_eq!(
            sizes.check("1,x").unwrap_err(),
            r#"item "x" of "1,x" is not a number (the parameter's type is List<Number>)"#
        );
        let zones = param(json!({"Type": "CommaDelimitedList", "AllowedValues": ["a", "b"]}));
        assert_eq!(zones.check("a, b"), Ok(()));
        assert_eq!(zones.check("a,c").unwrap_err(), r#"item "c" of "a,c" is not one of the AllowedValues: a, b"#);
        let ssm = param(json!({"Type": "AWS::SSM::Parameter::Value<String>", "AllowedValues": ["x"]}));
        assert_eq!(ssm.check("/any/name"), Ok(()), "SSM values are resolved by CloudFormation");
    }

    #[test]
    fn contradictions_and_broken_patterns() {
        let p = param(json!({"Type": "String", "MinLength": 5, "MaxLength": 3, "AllowedPattern": "[a-z"}));
        let c = p.contradictions();
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(
            c[0],
            ("contradictory-constraints", "MinLength 5 is greater than MaxLength 3: no value can meet both".into())
        );
        assert_eq!(c[1].0, "invalid-allowed-pattern");
        assert!(c[1].1.starts_with(r#"the AllowedPattern "[a-z" is not a regular expression: "#), "{}", c[1].1);
        assert!(param(json!({"Type": "String", "AllowedPattern": "(?<=a)b"})).contradictions().is_empty());
    }
}
