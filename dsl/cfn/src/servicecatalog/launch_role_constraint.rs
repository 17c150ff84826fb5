// @generated from AWS::ServiceCatalog::LaunchRoleConstraint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ServiceCatalog::LaunchRoleConstraint` and its property types.

/// Resource Type definition for AWS::ServiceCatalog::LaunchRoleConstraint
///
/// CloudFormation type `AWS::ServiceCatalog::LaunchRoleConstraint`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchRoleConstraint {
    props: ::forma_core::schema::Props,
}
impl LaunchRoleConstraint {
    /// A new resource with its required properties: `PortfolioId`, `ProductId`.
    ///
    /// CloudFormation also needs exactly one of `LocalRoleName` or `RoleArn`.
    #[track_caller]
    pub fn new(
        portfolio_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        product_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, portfolio_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, product_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The language code for the constraint.
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
    /// The description of the launch role constraint.
    ///
    /// Allowed: length 0 to 2000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The local IAM role name to use in the launch constraint.
    #[track_caller]
    pub fn local_role_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the IAM role used for the launch constraint.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LaunchRoleConstraint {
    type Attributes = LaunchRoleConstraintAttributes;
    fn type_name(&self) -> &str {
        "AWS::ServiceCatalog::LaunchRoleConstraint"
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
/// The attributes of a `AWS::ServiceCatalog::LaunchRoleConstraint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LaunchRoleConstraintAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LaunchRoleConstraintAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LaunchRoleConstraintAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::ServiceCatalog::LaunchRoleConstraint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ServiceCatalog::LaunchRoleConstraint",
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
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "LocalRoleName",
            required: false,
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
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role)\\/.*"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["LocalRoleName"], &["RoleArn"]])],
    attributes: &["Id"],
};
