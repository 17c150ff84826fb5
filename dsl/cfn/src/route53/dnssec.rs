// @generated from AWS::Route53::DNSSEC (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::DNSSEC` and its property types.

/// Resource used to control (enable/disable) DNSSEC in a specific hosted zone.
///
/// CloudFormation type `AWS::Route53::DNSSEC`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dnssec {
    props: ::forma_core::schema::Props,
}
impl Dnssec {
    /// A new resource with its required properties: `HostedZoneId`.
    #[track_caller]
    pub fn new(hosted_zone_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, hosted_zone_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Dnssec {
    type Attributes = DnssecAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::DNSSEC"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Route53::DNSSEC` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DnssecAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DnssecAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Route53::DNSSEC`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::DNSSEC",
    properties: &[::forma_core::schema::Property {
        name: "HostedZoneId",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[A-Z0-9]{1,32}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
    attributes: &[],
};
