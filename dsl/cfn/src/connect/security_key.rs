// @generated from AWS::Connect::SecurityKey (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::SecurityKey` and its property types.

/// Resource Type definition for AWS::Connect::SecurityKey
///
/// CloudFormation type `AWS::Connect::SecurityKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityKey {
    props: ::forma_core::schema::Props,
}
impl SecurityKey {
    /// A new resource with its required properties: `InstanceId`, `Key`.
    #[track_caller]
    pub fn new(
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, key.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SecurityKey {
    type Attributes = SecurityKeyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::SecurityKey"
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
/// The attributes of a `AWS::Connect::SecurityKey` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityKeyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityKeyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecurityKeyAttributes {
    /// `Fn::GetAtt` `AssociationId`.
    pub fn association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationId")
    }
}

/// The schema of `AWS::Connect::SecurityKey`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::SecurityKey",
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
            name: "Key",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
    attributes: &["AssociationId"],
};
