//! What the registry's most common name patterns want, in words: a value that breaks one is
//! reported with the sentence as well as the regex. Keyed by the exact pattern string; a
//! pattern not listed is shown as a regex only.

/// `(pattern, what a value must be)`, the sentence finishing "it must be ...".
const WORDS: &[(&str, &str)] = &[
    // S3 bucket names (AWS::S3::Bucket.BucketName, and buckets named in other types).
    (
        r"^([a-z0-9][a-z0-9.-]*[a-z0-9])?$",
        "an S3 bucket name: lower case letters, digits, dots and hyphens, 3 to 63 characters, starting and ending \
         with a letter or digit",
    ),
    (
        r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
        "an S3 bucket name: lower case letters, digits, dots and hyphens, 3 to 63 characters, starting and ending \
         with a letter or digit",
    ),
    (
        r"^[a-z0-9][\.\-a-z0-9]{1,61}[a-z0-9]$",
        "an S3 bucket name: lower case letters, digits, dots and hyphens, 3 to 63 characters, starting and ending \
         with a letter or digit",
    ),
    (
        r"^([a-z0-9][a-z0-9\.\-]{1,61}[a-z0-9])$",
        "an S3 bucket name: lower case letters, digits, dots and hyphens, 3 to 63 characters, starting and ending \
         with a letter or digit",
    ),
    // Lambda function names.
    (
        r"^([a-zA-Z0-9_-]{1,64}|arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:function:[a-zA-Z0-9_-]{1,64})$",
        "a function name of 1 to 64 letters, digits, hyphens and underscores (no spaces), or a function's ARN",
    ),
    // IAM role, user, group, policy and instance profile names.
    (r"^[\w+=,.@-]+$", "letters, digits and the characters + = , . @ _ - (no spaces)"),
    (r"^([\w+=,.@-]+)?$", "letters, digits and the characters + = , . @ _ - (no spaces)"),
    // CloudWatch Logs log group names, where other types name them (AWS::Logs::LogGroup's own
    // pattern ends in Java's `\Z`, which forma leaves unchecked).
    (r"^[\.\-_/#A-Za-z0-9]+$", "letters, digits and the characters . - _ / # (no spaces)"),
    // Kinesis stream names, and many others.
    (r"^[a-zA-Z0-9_.-]+$", "letters, digits, underscores, dots and hyphens (no spaces)"),
    (r"^[0-9a-zA-Z._-]+$", "letters, digits, underscores, dots and hyphens (no spaces)"),
    // EventBridge rule names.
    (r"^[\.\-_A-Za-z0-9]+$", "letters, digits, dots, hyphens and underscores (no spaces)"),
    // Names of many services.
    (r"^[a-zA-Z0-9_-]+$", "letters, digits, hyphens and underscores (no spaces)"),
    (r"^[a-zA-Z0-9-_]+$", "letters, digits, hyphens and underscores (no spaces)"),
    (r"^[a-zA-Z0-9-_]*$", "letters, digits, hyphens and underscores (no spaces)"),
    (r"^[\w\-]+$", "letters, digits, hyphens and underscores (no spaces)"),
    (r"^[a-zA-Z0-9-]+$", "letters, digits and hyphens (no spaces or underscores)"),
    (r"^[a-zA-Z0-9]+$", "letters and digits only"),
    (
        r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$",
        "1 to 63 letters, digits and hyphens, starting and ending with a letter or digit",
    ),
    (r"^[a-zA-Z0-9](-*[a-zA-Z0-9])*$", "letters, digits and hyphens, starting and ending with a letter or digit"),
    // ECR repository names.
    (
        r"^(?=.{2,256}$)([a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*)$",
        "2 to 256 lower case letters and digits, in words joined by '.', '_', '__', '-' or '/' (no upper case, no \
         separator at either end)",
    ),
    // KMS alias names.
    (r"^(alias/)[a-zA-Z0-9:/_-]+$", "alias/ followed by letters, digits and the characters : / _ -"),
    // Account ids.
    (r"^[0-9]{12}$", "an AWS account id: twelve digits"),
];

/// What `pattern` wants, in words, when it is one of the common ones.
pub(crate) fn in_words(pattern: &str) -> Option<&'static str> {
    WORDS.iter().find(|(p, _)| *p == pattern).map(|(_, words)| *words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::AllowedPattern;

    /// Every listed pattern compiles as the schema check reads it, and refuses a value with a
    /// space, as its words say.
    #[test]
    fn every_listed_pattern_is_checked_and_refuses_a_space() {
        for (pattern, words) in WORDS {
            let compiled = AllowedPattern::compile_search(pattern);
            assert!(!matches!(compiled, AllowedPattern::Unchecked | AllowedPattern::Invalid(_)), "{pattern}");
            assert!(!compiled.matches("my name"), "{pattern} takes a space ({words})");
        }
    }

    #[test]
    fn a_bucket_pattern_reads_as_lower_case_letters() {
        let words = in_words(r"^([a-z0-9][a-z0-9.-]*[a-z0-9])?$").expect("listed");
        assert!(words.contains("lower case letters, digits, dots and hyphens, 3 to 63 characters"), "{words}");
        assert_eq!(in_words(r"^[a-z]+$"), None);
    }
}
