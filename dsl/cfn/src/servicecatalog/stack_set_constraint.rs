// @generated from AWS::ServiceCatalog::StackSetConstraint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::StackSetConstraint` and its property types.

/// Resource Type definition for AWS::ServiceCatalog::StackSetConstraint
///
/// CloudFormation type `AWS::ServiceCatalog::StackSetConstraint`.
#[derive(Debug, Clone, PartialEq)]
pub struct StackSetConstraint {
    props: ::forma_core::schema::Props,
}
impl StackSetConstraint {
    /// A new resource with its required properties: `AccountList`, `AdminRole`, `Description`, `ExecutionRole`, `PortfolioId`, `ProductId`, `RegionList`, `StackInstanceControl`.
    #[allow(clippy::too_many_arguments)]
    #[track_caller]
    pub fn new(
        account_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        admin_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        portfolio_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        product_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        region_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        stack_instance_control: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, account_list.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, admin_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, execution_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, portfolio_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, product_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, region_list.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, stack_instance_control.into().into_expr(), ::std::panic::Location::caller());
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
}
impl ::forma_core::CfnResource for StackSetConstraint {
    type Attributes = StackSetConstraintAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::StackSetConstraint"
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
/// The attributes of a `AWS::ServiceCatalog::StackSetConstraint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StackSetConstraintAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StackSetConstraintAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StackSetConstraintAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::ServiceCatalog::StackSetConstraint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::StackSetConstraint",
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
            name: "AccountList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AdminRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "ProductId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "RegionList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StackInstanceControl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
