// @generated from AWS::ResourceExplorer2::DefaultViewAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResourceExplorer2::DefaultViewAssociation` and its property types.

/// Definition of AWS::ResourceExplorer2::DefaultViewAssociation Resource Type
///
/// CloudFormation type `AWS::ResourceExplorer2::DefaultViewAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultViewAssociation {
    props: ::forma_core::schema::Props,
}
impl DefaultViewAssociation {
    /// A new resource with its required properties: `ViewArn`.
    #[track_caller]
    pub fn new(view_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, view_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for DefaultViewAssociation {
    type Attributes = DefaultViewAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResourceExplorer2::DefaultViewAssociation"
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
/// The attributes of a `AWS::ResourceExplorer2::DefaultViewAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DefaultViewAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DefaultViewAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DefaultViewAssociationAttributes {
    /// `Fn::GetAtt` `AssociatedAwsPrincipal`.
    pub fn associated_aws_principal(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociatedAwsPrincipal")
    }
}

/// The schema of `AWS::ResourceExplorer2::DefaultViewAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ResourceExplorer2::DefaultViewAssociation",
    properties: &[::forma_core::schema::Property {
        name: "ViewArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
    attributes: &["AssociatedAwsPrincipal"],
};
