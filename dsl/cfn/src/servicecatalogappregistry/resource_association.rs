// @generated from AWS::ServiceCatalogAppRegistry::ResourceAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalogAppRegistry::ResourceAssociation` and its property types.

/// Resource Schema for AWS::ServiceCatalogAppRegistry::ResourceAssociation
///
/// CloudFormation type `AWS::ServiceCatalogAppRegistry::ResourceAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceAssociation {
    props: ::forma_core::schema::Props,
}
impl ResourceAssociation {
    /// A new resource with its required properties: `Application`, `Resource`, `ResourceType`.
    #[track_caller]
    pub fn new(
        application: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_type: impl ::forma_core::schema::EnumArg<ResourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, resource.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, resource_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ResourceAssociation {
    type Attributes = ResourceAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalogAppRegistry::ResourceAssociation"
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
/// The attributes of a `AWS::ServiceCatalogAppRegistry::ResourceAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourceAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourceAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourceAssociationAttributes {
    /// `Fn::GetAtt` `ApplicationArn`.
    pub fn application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationArn")
    }
    /// `Fn::GetAtt` `ResourceArn`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceArn")
    }
}

/// The values CloudFormation documents: `CFN_STACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `CFN_STACK`
    CfnStack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CfnStack => "CFN_STACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CFN_STACK"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The schema of `AWS::ServiceCatalogAppRegistry::ResourceAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ServiceCatalogAppRegistry::ResourceAssociation",
properties: &[
::forma_core::schema::Property { name: "Application", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("\\w+|[a-z0-9]{12}"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Resource", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("\\w+|arn:aws[-a-z]*:cloudformation:[a-z]{2}(-gov)?-[a-z]+-\\d:\\d{12}:stack/[a-zA-Z][-A-Za-z0-9]{0,127}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ResourceType", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["CFN_STACK"]) },
],
rules: &[],
attributes: &["ApplicationArn", "ResourceArn"],
};
