//! What a user sees when a stack leaves out a required property: the constructor takes it,
//! so the compiler names the missing argument and shows the signature (trybuild compares the
//! whole message with `tests/ui/*.stderr`; `TRYBUILD=overwrite` rewrites them).

#[test]
fn a_missing_required_property_is_a_compile_error() {
    trybuild::TestCases::new().compile_fail("tests/ui/missing_required.rs");
}
