// @generated from AWS::ServiceCatalog::AcceptedPortfolioShare (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::AcceptedPortfolioShare` and its property types.

/// Resource Type definition for AWS::ServiceCatalog::AcceptedPortfolioShare
///
/// CloudFormation type `AWS::ServiceCatalog::AcceptedPortfolioShare`.
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptedPortfolioShare {
    props: ::forma_core::schema::Props,
}
impl AcceptedPortfolioShare {
    /// A new resource with its required properties: `PortfolioId`.
    #[track_caller]
    pub fn new(portfolio_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, portfolio_id.into().into_expr(), ::std::panic::Location::caller());
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
}
impl ::forma_core::CfnResource for AcceptedPortfolioShare {
    type Attributes = AcceptedPortfolioShareAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::AcceptedPortfolioShare"
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
/// The attributes of a `AWS::ServiceCatalog::AcceptedPortfolioShare` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AcceptedPortfolioShareAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AcceptedPortfolioShareAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::ServiceCatalog::AcceptedPortfolioShare`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::AcceptedPortfolioShare",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptLanguage",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(en|jp|zh)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PortfolioId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
