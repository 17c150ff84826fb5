// @generated from AWS::Connect::ApprovedOrigin (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::ApprovedOrigin` and its property types.

/// Resource Type definition for AWS::Connect::ApprovedOrigin
///
/// CloudFormation type `AWS::Connect::ApprovedOrigin`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovedOrigin {
    props: ::forma_core::schema::Props,
}
impl ApprovedOrigin {
    /// A new resource with its required properties: `InstanceId`, `Origin`.
    #[track_caller]
    pub fn new(
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        origin: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, origin.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ApprovedOrigin {
    type Attributes = ApprovedOriginAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::ApprovedOrigin"
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
/// The attributes of a `AWS::Connect::ApprovedOrigin` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApprovedOriginAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApprovedOriginAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Connect::ApprovedOrigin`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::ApprovedOrigin",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Origin",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(267),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
