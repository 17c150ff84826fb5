// @generated from AWS::ServiceCatalog::TagOptionAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::TagOptionAssociation` and its property types.

/// Resource Type definition for AWS::ServiceCatalog::TagOptionAssociation
///
/// CloudFormation type `AWS::ServiceCatalog::TagOptionAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagOptionAssociation {
    props: ::forma_core::schema::Props,
}
impl TagOptionAssociation {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CloudformationProduct or Portfolio identifier.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The TagOption identifier.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tag_option_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for TagOptionAssociation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for TagOptionAssociation {
    type Attributes = TagOptionAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::TagOptionAssociation"
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
/// The attributes of a `AWS::ServiceCatalog::TagOptionAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TagOptionAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TagOptionAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::ServiceCatalog::TagOptionAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::TagOptionAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TagOptionId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
