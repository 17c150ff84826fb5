// @generated from AWS::QBusiness::Permission (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QBusiness::Permission` and its property types.

/// Definition of AWS::QBusiness::Permission Resource Type
///
/// CloudFormation type `AWS::QBusiness::Permission`.
#[derive(Debug, Clone, PartialEq)]
pub struct Permission {
    props: ::forma_core::schema::Props,
}
impl Permission {
    /// A new resource with its required properties: `Actions`, `ApplicationId`, `Principal`, `StatementId`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        statement_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, principal.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, statement_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Conditions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Condition>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Permission {
    type Attributes = PermissionAttributes;
    fn type_name(&self) -> &str {
        "AWS::QBusiness::Permission"
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
/// The attributes of a `AWS::QBusiness::Permission` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PermissionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PermissionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `StringEquals`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConditionOperator {
    /// `StringEquals`
    StringEquals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConditionOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StringEquals => "StringEquals",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["StringEquals"]
    }
}
impl ::std::convert::From<ConditionOperator> for ::forma_core::Value<ConditionOperator> {
    fn from(v: ConditionOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConditionOperator {}

/// The `Condition` property type of `AWS::QBusiness::Permission`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value with its required properties: `ConditionKey`, `ConditionOperator`, `ConditionValues`.
    pub fn new(
        condition_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        condition_operator: impl ::forma_core::schema::EnumArg<ConditionOperator>,
        condition_values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, condition_key.into().into_expr());
        props.set(1, condition_operator.into_enum_expr());
        props.set(2, condition_values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_TYPE.properties))
    }
}

/// The schema of `AWS::QBusiness::Permission`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QBusiness::Permission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^qbusiness:[a-zA-Z]+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Conditions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws:iam::[0-9]{12}:role/[a-zA-Z0-9_/+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "StatementId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Permission.Condition",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConditionKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^aws:PrincipalTag/qbusiness-dataaccessor:[a-zA-Z]+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ConditionOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["StringEquals"]),
        },
        ::forma_core::schema::Property {
            name: "ConditionValues",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};
