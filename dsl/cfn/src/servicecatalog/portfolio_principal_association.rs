// @generated from AWS::ServiceCatalog::PortfolioPrincipalAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::PortfolioPrincipalAssociation` and its property types.

/// Resource Type definition for AWS::ServiceCatalog::PortfolioPrincipalAssociation
///
/// CloudFormation type `AWS::ServiceCatalog::PortfolioPrincipalAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioPrincipalAssociation {
    props: ::forma_core::schema::Props,
}
impl PortfolioPrincipalAssociation {
    /// A new resource with its required properties: `PrincipalType`.
    #[track_caller]
    pub fn new(principal_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, principal_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The language code.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The portfolio identifier.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn portfolio_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the principal (user, role, or group).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn principal_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PortfolioPrincipalAssociation {
    type Attributes = PortfolioPrincipalAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::PortfolioPrincipalAssociation"
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
/// The attributes of a `AWS::ServiceCatalog::PortfolioPrincipalAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PortfolioPrincipalAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PortfolioPrincipalAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::ServiceCatalog::PortfolioPrincipalAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::PortfolioPrincipalAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptLanguage",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PortfolioId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrincipalARN",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role|user|group)\\/.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PrincipalType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
