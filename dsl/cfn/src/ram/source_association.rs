// @generated from AWS::RAM::SourceAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RAM::SourceAssociation` and its property types.

/// Associates a specified source account with a resource share.
///
/// CloudFormation type `AWS::RAM::SourceAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceAssociation {
    props: ::forma_core::schema::Props,
}
impl SourceAssociation {
    /// A new resource with its required properties: `ResourceShareArn`, `SourceId`.
    #[track_caller]
    pub fn new(
        resource_share_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, resource_share_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, source_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SourceAssociation {
    type Attributes = SourceAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::RAM::SourceAssociation"
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
/// The attributes of a `AWS::RAM::SourceAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SourceAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SourceAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SourceAssociationAttributes {
    /// `Fn::GetAtt` `SourceType`.
    pub fn source_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceType")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The schema of `AWS::RAM::SourceAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RAM::SourceAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceShareArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["SourceType", "Status", "CreationTime", "LastUpdatedTime"],
};
