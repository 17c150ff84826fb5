// @generated from AWS::ServiceCatalog::PortfolioProductAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::PortfolioProductAssociation` and its property types.

/// Resource Type definition for AWS::ServiceCatalog::PortfolioProductAssociation
///
/// CloudFormation type `AWS::ServiceCatalog::PortfolioProductAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioProductAssociation {
    props: ::forma_core::schema::Props,
}
impl PortfolioProductAssociation {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
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
    /// The product identifier.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn product_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the source portfolio.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_portfolio_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for PortfolioProductAssociation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for PortfolioProductAssociation {
    type Attributes = PortfolioProductAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::PortfolioProductAssociation"
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
/// The attributes of a `AWS::ServiceCatalog::PortfolioProductAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PortfolioProductAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PortfolioProductAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::ServiceCatalog::PortfolioProductAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::PortfolioProductAssociation",
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
            name: "ProductId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourcePortfolioId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
