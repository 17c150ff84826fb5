// @generated from AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation` and its property types.

/// Resource Schema for AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation.
///
/// CloudFormation type `AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeGroupAssociation {
    props: ::forma_core::schema::Props,
}
impl AttributeGroupAssociation {
    /// A new resource with its required properties: `Application`, `AttributeGroup`.
    #[track_caller]
    pub fn new(
        application: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        attribute_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, attribute_group.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for AttributeGroupAssociation {
    type Attributes = AttributeGroupAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation"
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
/// The attributes of a `AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AttributeGroupAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AttributeGroupAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AttributeGroupAssociationAttributes {
    /// `Fn::GetAtt` `ApplicationArn`.
    pub fn application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationArn")
    }
    /// `Fn::GetAtt` `AttributeGroupArn`.
    pub fn attribute_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AttributeGroupArn")
    }
}

/// The schema of `AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Application",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\w+|[a-z0-9]{12}"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "AttributeGroup",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\w+|[a-z0-9]{12}"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &["ApplicationArn", "AttributeGroupArn"],
};
