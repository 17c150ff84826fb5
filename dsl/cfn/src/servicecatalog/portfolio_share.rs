// @generated from AWS::ServiceCatalog::PortfolioShare (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::PortfolioShare` and its property types.

/// Resource Type definition for AWS::ServiceCatalog::PortfolioShare
///
/// CloudFormation type `AWS::ServiceCatalog::PortfolioShare`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioShare {
    props: ::forma_core::schema::Props,
}
impl PortfolioShare {
    /// A new resource with its required properties: `AccountId`, `PortfolioId`.
    #[track_caller]
    pub fn new(
        account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        portfolio_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, portfolio_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The language code.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables or disables TagOptions sharing when creating the portfolio share.
    #[track_caller]
    pub fn share_tag_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PortfolioShare {
    type Attributes = PortfolioShareAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::PortfolioShare"
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
/// The attributes of a `AWS::ServiceCatalog::PortfolioShare` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PortfolioShareAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PortfolioShareAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::ServiceCatalog::PortfolioShare`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::PortfolioShare",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptLanguage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "AccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PortfolioId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShareTagOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &[],
};
