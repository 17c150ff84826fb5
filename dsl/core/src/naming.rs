//! What AWS accepts as names and identifiers, beyond what the registry schemas say: bucket,
//! queue, table, index and task-family names, Lambda environment variable names, tag keys and
//! values, regions, account ids and resource type names.
//!
//! Each rule is a function from the name to why AWS refuses it (`None` when it accepts it),
//! one line that reads after the property path: `"my..logs" has two dots in a row`. Synthesis
//! applies them to every literal value, whichever construct, builder or escape hatch set it;
//! constructs may call them to refuse a name early.

/// Longest template `Description` CloudFormation accepts, in bytes.
pub const MAX_DESCRIPTION_BYTES: usize = 1024;

/// Most tags a resource (or a stack) takes, not counting the `aws:` ones AWS adds.
pub const MAX_TAGS: usize = 50;

/// The tags forma puts on every stack it deploys (`forma:fingerprint`), which CloudFormation
/// copies onto each resource with the stack's own.
pub const FORMA_STACK_TAGS: usize = 1;

/// Most tags a stack may be given: [`MAX_TAGS`], less forma's own.
pub const MAX_STACK_TAGS: usize = MAX_TAGS - FORMA_STACK_TAGS;

/// Longest tag key, in characters.
pub const MAX_TAG_KEY_LEN: usize = 128;

/// Longest tag value, in characters.
pub const MAX_TAG_VALUE_LEN: usize = 256;

/// Largest total of a Lambda function's environment variables, in bytes: Lambda measures
/// them as the JSON object `{"KEY":"value",...}`.
pub const MAX_LAMBDA_ENVIRONMENT_BYTES: usize = 4096;

/// Environment variables the Lambda runtime sets, which a function's configuration may not
/// (`AWS_LAMBDA_EXEC_WRAPPER` and the like stay free: the prefix alone is not reserved).
pub const RESERVED_LAMBDA_VARIABLES: [&str; 18] = [
    "_HANDLER",
    "_X_AMZN_TRACE_ID",
    "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_DEFAULT_REGION",
    "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
    "AWS_LAMBDA_FUNCTION_NAME",
    "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE",
    "AWS_LAMBDA_LOG_GROUP_NAME",
    "AWS_LAMBDA_LOG_STREAM_NAME",
    "AWS_LAMBDA_RUNTIME_API",
    "AWS_REGION",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "LAMBDA_RUNTIME_DIR",
    "LAMBDA_TASK_ROOT",
];

/// Tag key prefixes a user may not use: AWS's own (any case), and forma's, which the deployer
/// writes (`forma:fingerprint`).
pub const RESERVED_TAG_PREFIXES: [&str; 2] = ["aws:", "forma:"];

/// `name` quoted for a message: its first 40 characters and its length, when it is over 100.
pub fn show(name: &str) -> String {
    match name.char_indices().nth(40) {
        Some((cut, _)) if name.chars().count() > 100 => {
            format!("{:?}... ({} characters)", &name[..cut], name.chars().count())
        }
        _ => format!("{name:?}"),
    }
}

/// The first character of `name` outside `allowed`, as a problem.
fn bad_char(name: &str, allowed: impl Fn(char) -> bool) -> Option<String> {
    name.chars().find(|c| !allowed(*c)).map(|c| format!("{} contains {c:?}", show(name)))
}

/// `lo` to `hi` characters, as a problem.
fn length(name: &str, lo: usize, hi: usize) -> Option<String> {
    let n = name.chars().count();
    (n < lo || n > hi).then(|| format!("{} is {n} characters long; AWS accepts {lo} to {hi}", show(name)))
}

/// An S3 general purpose bucket name: 3 to 63 lower-case letters, digits, `.` and `-`,
/// starting and ending with a letter or digit, no `..`, not an IP address, none of S3's
/// reserved prefixes and suffixes.
pub fn bucket_name(name: &str) -> Option<String> {
    length(name, 3, 63)
        .or_else(|| {
            bad_char(name, |c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
                .map(|p| format!("{p}; a bucket name takes lower case letters, digits, dots and hyphens only"))
        })
        .or_else(|| {
            let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            (!edge(name.chars().next()) || !edge(name.chars().last()))
                .then(|| format!("{} does not start and end with a letter or digit", show(name)))
        })
        .or_else(|| name.contains("..").then(|| format!("{} has two dots in a row", show(name))))
        .or_else(|| is_ipv4(name).then(|| format!("{} is formatted as an IP address", show(name))))
        .or_else(|| {
            ["xn--", "sthree-", "amzn-s3-demo-"]
                .iter()
                .find(|p| name.starts_with(*p))
                .map(|p| format!("{} starts with {p:?}, which S3 reserves", show(name)))
        })
        .or_else(|| {
            ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"]
                .iter()
                .find(|s| name.ends_with(*s))
                .map(|s| format!("{} ends with {s:?}, which S3 reserves", show(name)))
        })
}

/// Four dot-separated decimal numbers, `192.168.5.4`.
fn is_ipv4(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() == 4 && parts.iter().all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// An SQS queue name: 1 to 80 letters, digits, `-` and `_`; a FIFO queue's ends in `.fifo`
/// (counted in the 80), a standard queue's may not.
pub fn queue_name(name: &str, fifo: bool) -> Option<String> {
    let stem = match (fifo, name.strip_suffix(".fifo")) {
        (true, Some(stem)) => stem,
        (true, None) => return Some(format!("the FIFO queue's name {} does not end in .fifo", show(name))),
        (false, Some(_)) => return Some(format!("the name {} ends in .fifo, but the queue is not FIFO", show(name))),
        (false, None) => name,
    };
    length(name, 1, 80)
        .or_else(|| stem.is_empty().then(|| format!("{} has nothing before .fifo", show(name))))
        .or_else(|| bad_char(stem, |c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
}

/// A DynamoDB table or index name: 3 to 255 letters, digits, `_`, `-` and `.`.
pub fn table_name(name: &str) -> Option<String> {
    length(name, 3, 255).or_else(|| bad_char(name, |c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
}

/// An ECS task definition family: 1 to 255 letters, digits, `-` and `_`.
pub fn task_family(name: &str) -> Option<String> {
    length(name, 1, 255).or_else(|| bad_char(name, |c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
}

/// A Lambda environment variable name: a letter, then at least one letter, digit or `_`; not
/// one the runtime sets ([`RESERVED_LAMBDA_VARIABLES`]).
pub fn lambda_variable(name: &str) -> Option<String> {
    if RESERVED_LAMBDA_VARIABLES.contains(&name) {
        return Some(format!("{} is reserved: the Lambda runtime sets it", show(name)));
    }
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Some(format!("{} does not start with a letter", show(name)));
    }
    if name.len() < 2 {
        return Some(format!("{} is one character; Lambda takes two or more", show(name)));
    }
    bad_char(name, |c| c.is_ascii_alphanumeric() || c == '_')
}

/// A tag key a user may set: 1 to 128 characters, none of the reserved prefixes (`aws:` in
/// any case, `forma:`).
pub fn tag_key(key: &str) -> Option<String> {
    if key.is_empty() {
        return Some("a tag key is empty".into());
    }
    // Bytes bound characters from above: most keys need no count.
    let n = if key.len() <= MAX_TAG_KEY_LEN { key.len() } else { key.chars().count() };
    if n > MAX_TAG_KEY_LEN {
        return Some(format!(
            "the tag key {} is {n} characters long; AWS accepts at most {MAX_TAG_KEY_LEN}",
            show(key)
        ));
    }
    RESERVED_TAG_PREFIXES
        .iter()
        .find(|p| key.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p)))
        .map(|p| format!("the tag key {} starts with {p:?}, which is reserved", show(key)))
}

/// A tag value: at most 256 characters.
pub fn tag_value(key: &str, value: &str) -> Option<String> {
    if value.len() <= MAX_TAG_VALUE_LEN {
        return None;
    }
    let n = value.chars().count();
    (n > MAX_TAG_VALUE_LEN).then(|| {
        format!("the value of tag {} is {n} characters long; AWS accepts at most {MAX_TAG_VALUE_LEN}", show(key))
    })
}

/// An AWS region code: `us-east-1`, `eu-central-2`, `us-gov-west-1`, `cn-north-1`,
/// `us-isob-east-1`.
pub fn region(region: &str) -> Option<String> {
    let parts: Vec<&str> = region.split('-').collect();
    let lower = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase());
    let shaped = match parts.as_slice() {
        [area, rest @ .., number] if (1..=2).contains(&rest.len()) => {
            area.len() == 2
                && lower(area)
                && rest.iter().all(lower)
                && !number.is_empty()
                && number.len() <= 2
                && number.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    };
    (!shaped).then(|| format!("{} is not a region code like us-east-1", show(region)))
}

/// An AWS account id: twelve digits.
pub fn account(account: &str) -> Option<String> {
    (account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{} is not an account id: twelve digits", show(account)))
}

/// A resource type name: `Org::Service::Type` (`AWS::S3::Bucket`), a module
/// `Org::Service::Name::MODULE`, or a custom resource `Custom::Name` (up to 60 letters,
/// digits and `_@-`).
pub fn resource_type(type_name: &str) -> Option<String> {
    let parts: Vec<&str> = type_name.split("::").collect();
    let word = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric());
    let shaped = match parts.as_slice() {
        ["Custom", name] => {
            !name.is_empty()
                && name.len() <= 60
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'@' | b'-'))
        }
        [_, _, _] => parts.iter().all(word),
        [_, _, _, "MODULE"] => parts.iter().all(word),
        _ => false,
    };
    (!shaped)
        .then(|| format!("{} is not a resource type name shaped like Service::Type (AWS::S3::Bucket)", show(type_name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_names() {
        for ok in ["logs", "my.logs-2024", "a1b", &"a".repeat(63)] {
            assert_eq!(bucket_name(ok), None, "{ok}");
        }
        for (bad, why) in [
            ("ab", "2 characters long"),
            (&"a".repeat(64), "64 characters long"),
            ("My-Logs", "contains 'M'"),
            ("logs_2024", "contains '_'"),
            ("-logs", "does not start and end"),
            ("logs.", "does not start and end"),
            ("my..logs", "two dots in a row"),
            ("192.168.5.4", "IP address"),
            ("xn--logs", "starts with \"xn--\""),
            ("sthree-logs", "starts with \"sthree-\""),
            ("sthree-configurator-x", "starts with \"sthree-\""),
            ("amzn-s3-demo-logs", "amzn-s3-demo-"),
            ("logs-s3alias", "ends with \"-s3alias\""),
            ("logs--ol-s3", "--ol-s3"),
            ("logs.mrap", ".mrap"),
            ("logs--x-s3", "--x-s3"),
            ("logs--table-s3", "--table-s3"),
        ] {
            let problem = bucket_name(bad).unwrap_or_else(|| panic!("{bad} accepted"));
            assert!(problem.contains(why), "{bad}: {problem}");
        }
        assert_eq!(bucket_name("192.168.5.4a"), None, "not an address");
    }

    #[test]
    fn queue_table_family_and_variable_names() {
        assert_eq!(queue_name("jobs-1_a", false), None);
        assert_eq!(queue_name("jobs.fifo", true), None);
        assert_eq!(queue_name(&format!("{}.fifo", "a".repeat(75)), true), None);
        assert!(queue_name(&format!("{}.fifo", "a".repeat(76)), true).is_some_and(|p| p.contains("81 characters")));
        assert!(queue_name("jobs", true).is_some_and(|p| p.contains("does not end in .fifo")));
        assert!(queue_name("jobs.fifo", false).is_some_and(|p| p.contains("not FIFO")));
        assert!(queue_name("my jobs", false).is_some_and(|p| p.contains("' '")));
        assert!(queue_name("", false).is_some());
        assert!(queue_name(".fifo", true).is_some());
        assert_eq!(table_name("Orders.v2_x-y"), None);
        assert!(table_name("ab").is_some_and(|p| p.contains("3 to 255")));
        assert!(table_name("Orders/2").is_some_and(|p| p.contains("'/'")));
        assert_eq!(task_family("web-api_2"), None);
        assert!(task_family("web.api").is_some_and(|p| p.contains("'.'")));
        assert!(task_family(&"f".repeat(256)).is_some());
        assert_eq!(lambda_variable("TABLE_NAME"), None);
        assert_eq!(lambda_variable("AWS_LAMBDA_EXEC_WRAPPER"), None);
        for bad in ["1ST", "_X", "X", "TABLE-NAME", "AWS_REGION", "AWS_LAMBDA_FUNCTION_NAME", "_HANDLER"] {
            assert!(lambda_variable(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn tags_regions_accounts_and_type_names() {
        assert_eq!(tag_key("team"), None);
        for bad in ["", "aws:cost", "AWS:cost", "Aws:x", "forma:fingerprint", &"k".repeat(129)] {
            assert!(tag_key(bad).is_some(), "{bad:?}");
        }
        assert_eq!(tag_value("k", &"v".repeat(256)), None);
        assert!(tag_value("k", &"v".repeat(257)).is_some());
        for ok in ["us-east-1", "eu-central-2", "us-gov-west-1", "cn-north-1", "ap-southeast-4", "us-isob-east-1"] {
            assert_eq!(region(ok), None, "{ok}");
        }
        for bad in ["us-east", "US-EAST-1", "useast1", "us-east-1a", "", "europe-west-1"] {
            assert!(region(bad).is_some(), "{bad}");
        }
        assert_eq!(account("123456789012"), None);
        for bad in ["12345678901", "1234567890123", "12345678901a", ""] {
            assert!(account(bad).is_some(), "{bad}");
        }
        for ok in ["AWS::S3::Bucket", "Custom::Seeder", "MyOrg::Thing::Widget", "Org::Svc::Name::MODULE"] {
            assert_eq!(resource_type(ok), None, "{ok}");
        }
        for bad in
            ["S3Bucket", "AWS::S3", "AWS::S3::Bucket::Policy", "AWS::S3:Bucket", "AWS::S3::", "Custom::", "aws s3"]
        {
            assert!(resource_type(bad).is_some(), "{bad}");
        }
    }
}
