//! Logical ids derived from construct paths.
//!
//! A resource at `Stack/Data/Orders/Resource` gets `DataOrders` followed by 8 hex digits of
//! a hash of the whole path below the stack: `DataOrders1F2E3D4C`. The readable part keeps
//! logs and consoles legible; the hash keeps ids unique however the readable parts collide
//! (`A-B/C` and `AB/C` differ). An element directly under the stack keeps its id as is
//! (`Bucket`), minus any character CloudFormation does not accept. An L2 construct's main
//! child `Resource` is left out of the readable part, so wrapping a resource in a construct
//! reads naturally. Ids depend only on their own path, so unrelated edits never change them.

use sha2::{Digest, Sha256};

/// Longest logical id CloudFormation accepts.
pub const MAX_LOGICAL_ID_LEN: usize = 255;

const HASH_LEN: usize = 8;
const HIDDEN: &str = "Resource";

fn alnum(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(char::is_ascii_alphanumeric)
}

/// 8 upper-case hex digits of the SHA-256 of `text`.
pub fn short_hash(text: &str) -> String {
    let mut out = String::with_capacity(HASH_LEN);
    push_hex_head(&mut out, Sha256::digest(text.as_bytes()).as_slice());
    out
}

/// Appends the first [`HASH_LEN`] upper-case hex digits of `digest`.
fn push_hex_head(out: &mut String, digest: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in &digest[..HASH_LEN / 2] {
        out.push(DIGITS[usize::from(byte >> 4)] as char);
        out.push(DIGITS[usize::from(byte & 0xF)] as char);
    }
}

/// The logical id for an element whose path below its stack is `components`.
pub fn derive(components: &[&str]) -> String {
    if let [only] = components {
        let id: String = alnum(only).collect();
        if !id.is_empty() && id.len() <= MAX_LOGICAL_ID_LEN {
            return id;
        }
    }
    let mut human = String::with_capacity(components.iter().map(|c| c.len()).sum::<usize>() + HASH_LEN);
    let mut previous: Option<&str> = None;
    let last = components.len().saturating_sub(1);
    for (i, part) in components.iter().enumerate() {
        // `Resource` is hidden from the readable part unless it is all there is;
        // a component repeated right after itself (`Bucket/Bucket`) is read once.
        if (*part == HIDDEN && !(i == last && human.is_empty())) || previous == Some(part) {
            continue;
        }
        previous = Some(part);
        match part.bytes().all(|b| b.is_ascii_alphanumeric()) {
            true => human.push_str(part),
            false => human.extend(alnum(part)),
        }
    }
    if human.is_empty() {
        human.push_str("Element");
    }
    human.truncate(MAX_LOGICAL_ID_LEN - HASH_LEN);
    // The hash of `components.join("/")`, without building the joined string.
    let mut hasher = Sha256::new();
    for (i, part) in components.iter().enumerate() {
        if i > 0 {
            hasher.update(b"/");
        }
        hasher.update(part.as_bytes());
    }
    push_hex_head(&mut human, hasher.finalize().as_slice());
    human
}

/// `id` if it is short enough; otherwise its head and a hash of the whole.
pub fn bounded(id: &str) -> String {
    if id.len() <= MAX_LOGICAL_ID_LEN {
        return id.to_owned();
    }
    let mut out: String = id.chars().take(MAX_LOGICAL_ID_LEN - HASH_LEN).collect();
    out.push_str(&short_hash(id));
    out
}

/// Whether `id` is a logical id CloudFormation accepts.
pub fn is_valid(id: &str) -> bool {
    !id.is_empty() && id.len() <= MAX_LOGICAL_ID_LEN && id.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_ids_are_kept() {
        assert_eq!(derive(&["Bucket"]), "Bucket");
        assert_eq!(derive(&["my-bucket"]), "mybucket");
    }

    #[test]
    fn nested_ids_get_a_hash_of_the_full_path() {
        let id = derive(&["Data", "Orders", "Resource"]);
        assert!(id.starts_with("DataOrders"), "{id}");
        assert_eq!(id.len(), "DataOrders".len() + 8);
        assert_eq!(id, derive(&["Data", "Orders", "Resource"]), "stable");
        assert_eq!(&id["DataOrders".len()..], short_hash("Data/Orders/Resource"), "hash of the joined path");
        assert_eq!(short_hash(""), "E3B0C442");
        assert_ne!(derive(&["A-B", "C"]), derive(&["AB", "C"]));
        assert_eq!(&derive(&["A-B", "C"])[..3], "ABC");
    }

    #[test]
    fn hidden_and_repeated_components() {
        assert!(derive(&["Bucket", "Bucket"]).starts_with("Bucket"));
        assert_eq!(derive(&["Bucket", "Bucket"]).len(), 6 + 8);
        assert!(derive(&["Resource", "Resource"]).starts_with("Resource"));
    }

    #[test]
    fn long_paths_stay_within_the_limit() {
        let (a, b) = ("x".repeat(200), "y".repeat(200));
        let id = derive(&[&a, &b]);
        assert_eq!(id.len(), MAX_LOGICAL_ID_LEN);
        assert!(is_valid(&id));
        assert_eq!(bounded(&"y".repeat(300)).len(), MAX_LOGICAL_ID_LEN);
    }
}
