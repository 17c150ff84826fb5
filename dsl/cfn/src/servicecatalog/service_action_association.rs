// @generated from AWS::ServiceCatalog::ServiceActionAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::ServiceActionAssociation` and its property types.

/// Resource Schema for AWS::ServiceCatalog::ServiceActionAssociation
///
/// CloudFormation type `AWS::ServiceCatalog::ServiceActionAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceActionAssociation {
    props: ::forma_core::schema::Props,
}
impl ServiceActionAssociation {
    /// A new resource with its required properties: `ProductId`, `ProvisioningArtifactId`, `ServiceActionId`.
    #[track_caller]
    pub fn new(
        product_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        provisioning_artifact_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_action_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, product_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, provisioning_artifact_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, service_action_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ServiceActionAssociation {
    type Attributes = ServiceActionAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::ServiceActionAssociation"
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
/// The attributes of a `AWS::ServiceCatalog::ServiceActionAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceActionAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceActionAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::ServiceCatalog::ServiceActionAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::ServiceActionAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProductId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]{1,99}\\Z"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningArtifactId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]{1,99}\\Z"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceActionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]{1,99}\\Z"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
