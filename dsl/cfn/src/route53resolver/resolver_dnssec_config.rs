// @generated from AWS::Route53Resolver::ResolverDNSSECConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53Resolver::ResolverDNSSECConfig` and its property types.

/// Resource schema for AWS::Route53Resolver::ResolverDNSSECConfig.
///
/// CloudFormation type `AWS::Route53Resolver::ResolverDNSSECConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolverDnssecConfig {
    props: ::forma_core::schema::Props,
}
impl ResolverDnssecConfig {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// ResourceId
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ResolverDnssecConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ResolverDnssecConfig {
    type Attributes = ResolverDnssecConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53Resolver::ResolverDNSSECConfig"
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
/// The attributes of a `AWS::Route53Resolver::ResolverDNSSECConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResolverDnssecConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResolverDnssecConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResolverDnssecConfigAttributes {
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ValidationStatus`.
    pub fn validation_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ValidationStatus")
    }
}

/// The schema of `AWS::Route53Resolver::ResolverDNSSECConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53Resolver::ResolverDNSSECConfig",
    properties: &[::forma_core::schema::Property {
        name: "ResourceId",
        required: false,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
    attributes: &["OwnerId", "Id", "ValidationStatus"],
};
