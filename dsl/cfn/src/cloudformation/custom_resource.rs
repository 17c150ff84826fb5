// @generated from AWS::CloudFormation::CustomResource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::CustomResource` and its property types.

/// Resource Type definition for AWS::CloudFormation::CustomResource
///
/// CloudFormation type `AWS::CloudFormation::CustomResource`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomResource {
    props: ::forma_core::schema::Props,
}
impl CustomResource {
    /// A new resource with its required properties: `ServiceToken`.
    #[track_caller]
    pub fn new(service_token: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, service_token.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ServiceTimeout`.
    #[track_caller]
    pub fn service_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CustomResource {
    type Attributes = CustomResourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::CustomResource"
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
/// The attributes of a `AWS::CloudFormation::CustomResource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CustomResourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CustomResourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CustomResourceAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::CloudFormation::CustomResource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::CustomResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ServiceTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceToken",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
