// @generated from AWS::CodeStarNotifications::NotificationRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeStarNotifications::NotificationRule` and its property types.

/// Resource Type definition for AWS::CodeStarNotifications::NotificationRule
///
/// CloudFormation type `AWS::CodeStarNotifications::NotificationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationRule {
    props: ::forma_core::schema::Props,
}
impl NotificationRule {
    /// A new resource with its required properties: `DetailType`, `EventTypeIds`, `Name`, `Resource`, `Targets`.
    #[track_caller]
    pub fn new(
        detail_type: impl ::forma_core::schema::EnumArg<DetailType>,
        event_type_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Target>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, detail_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, event_type_ids.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, resource.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, targets.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CreatedBy`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn created_by(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EventTypeId`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn event_type_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Status`.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TargetAddress`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn target_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NotificationRule {
    type Attributes = NotificationRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeStarNotifications::NotificationRule"
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
/// The attributes of a `AWS::CodeStarNotifications::NotificationRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NotificationRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NotificationRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NotificationRuleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `BASIC`, `FULL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DetailType {
    /// `BASIC`
    Basic,
    /// `FULL`
    Full,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DetailType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Full => "FULL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "FULL"]
    }
}
impl ::std::convert::From<DetailType> for ::forma_core::Value<DetailType> {
    fn from(v: DetailType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DetailType {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The `Target` property type of `AWS::CodeStarNotifications::NotificationRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    props: ::forma_core::schema::Props,
}
impl Target {
    /// A new value with its required properties: `TargetAddress`, `TargetType`.
    pub fn new(
        target_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_address.into().into_expr());
        props.set(1, target_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Target> for ::forma_core::Value<Target> {
    fn from(v: Target) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TYPE.properties))
    }
}

/// The schema of `AWS::CodeStarNotifications::NotificationRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeStarNotifications::NotificationRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreatedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DetailType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BASIC", "FULL"]),
        },
        ::forma_core::schema::Property {
            name: "EventTypeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventTypeIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(200),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9\\-_ ]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Resource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[^:\\s]*:[^:\\s]*:[^:\\s]*:[0-9]{12}:[^\\s]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "TargetAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeStarNotifications::NotificationRule.Target",
    properties: &[
        ::forma_core::schema::Property {
            name: "TargetAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
