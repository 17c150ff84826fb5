// @generated from AWS::Chime::AppInstanceUser (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Chime::AppInstanceUser` and its property types.

/// Resource Type definition for AWS::Chime::AppInstanceUser
///
/// CloudFormation type `AWS::Chime::AppInstanceUser`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppInstanceUser {
    props: ::forma_core::schema::Props,
}
impl AppInstanceUser {
    /// A new resource with its required properties: `AppInstanceArn`, `AppInstanceUserId`.
    #[track_caller]
    pub fn new(
        app_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        app_instance_user_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, app_instance_user_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ExpirationSettings`.
    #[track_caller]
    pub fn expiration_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExpirationSettings>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Metadata`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AppInstanceUser {
    type Attributes = AppInstanceUserAttributes;
    fn type_name(&self) -> &str {
        "AWS::Chime::AppInstanceUser"
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
/// The attributes of a `AWS::Chime::AppInstanceUser` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AppInstanceUserAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AppInstanceUserAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AppInstanceUserAttributes {
    /// `Fn::GetAtt` `AppInstanceUserArn`.
    pub fn app_instance_user_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppInstanceUserArn")
    }
}

/// The values CloudFormation documents: `CREATED_TIMESTAMP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExpirationCriterion {
    /// `CREATED_TIMESTAMP`
    CreatedTimestamp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExpirationCriterion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedTimestamp => "CREATED_TIMESTAMP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATED_TIMESTAMP"]
    }
}
impl ::std::convert::From<ExpirationCriterion> for ::forma_core::Value<ExpirationCriterion> {
    fn from(v: ExpirationCriterion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExpirationCriterion {}

/// The `ExpirationSettings` property type of `AWS::Chime::AppInstanceUser`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpirationSettings {
    props: ::forma_core::schema::Props,
}
impl ExpirationSettings {
    /// A new value with its required properties: `ExpirationCriterion`, `ExpirationDays`.
    pub fn new(
        expiration_criterion: impl ::forma_core::schema::EnumArg<ExpirationCriterion>,
        expiration_days: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expiration_criterion.into_enum_expr());
        props.set(1, expiration_days.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExpirationSettings> for ::forma_core::Value<ExpirationSettings> {
    fn from(v: ExpirationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPIRATION_SETTINGS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Chime::AppInstanceUser`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Chime::AppInstanceUser`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Chime::AppInstanceUser",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppInstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
                ),
                min_length: Some(5),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "AppInstanceUserId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9]([A-Za-z0-9\\:\\-\\_\\.\\@]{0,62}[A-Za-z0-9])?$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExpirationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXPIRATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Metadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]*$",
                ),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["AppInstanceUserArn"],
};

static EXPIRATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::AppInstanceUser.ExpirationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExpirationCriterion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATED_TIMESTAMP"]),
        },
        ::forma_core::schema::Property {
            name: "ExpirationDays",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5475.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::AppInstanceUser.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
