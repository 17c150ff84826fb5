// @generated from AWS::WorkSpaces::WorkspacesPool (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkSpaces::WorkspacesPool` and its property types.

/// Resource Type definition for AWS::WorkSpaces::WorkspacesPool
///
/// CloudFormation type `AWS::WorkSpaces::WorkspacesPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkspacesPool {
    props: ::forma_core::schema::Props,
}
impl WorkspacesPool {
    /// A new resource with its required properties: `BundleId`, `Capacity`, `DirectoryId`, `PoolName`.
    #[track_caller]
    pub fn new(
        bundle_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        capacity: impl ::std::convert::Into<::forma_core::Value<Capacity>>,
        directory_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        pool_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, bundle_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, capacity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, directory_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, pool_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ApplicationSettings`.
    #[track_caller]
    pub fn application_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationSettings>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RunningMode`.
    #[track_caller]
    pub fn running_mode(mut self, value: impl ::forma_core::schema::EnumArg<RunningMode>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TimeoutSettings`.
    #[track_caller]
    pub fn timeout_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeoutSettings>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WorkspacesPool {
    type Attributes = WorkspacesPoolAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkSpaces::WorkspacesPool"
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
/// The attributes of a `AWS::WorkSpaces::WorkspacesPool` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkspacesPoolAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkspacesPoolAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkspacesPoolAttributes {
    /// `Fn::GetAtt` `PoolId`.
    pub fn pool_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PoolId")
    }
    /// `Fn::GetAtt` `PoolArn`.
    pub fn pool_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PoolArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
}

/// The values CloudFormation documents: `ALWAYS_ON`, `AUTO_STOP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RunningMode {
    /// `ALWAYS_ON`
    AlwaysOn,
    /// `AUTO_STOP`
    AutoStop,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RunningMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AlwaysOn => "ALWAYS_ON",
            Self::AutoStop => "AUTO_STOP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALWAYS_ON", "AUTO_STOP"]
    }
}
impl ::std::convert::From<RunningMode> for ::forma_core::Value<RunningMode> {
    fn from(v: RunningMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RunningMode {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationSettingsStatus {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationSettingsStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<ApplicationSettingsStatus> for ::forma_core::Value<ApplicationSettingsStatus> {
    fn from(v: ApplicationSettingsStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationSettingsStatus {}

/// The `ApplicationSettings` property type of `AWS::WorkSpaces::WorkspacesPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationSettings {
    props: ::forma_core::schema::Props,
}
impl ApplicationSettings {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<ApplicationSettingsStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, status.into_enum_expr());
        Self { props }
    }
    /// `SettingsGroup`.
    ///
    /// Allowed: length 0 to 100.
    pub fn settings_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ApplicationSettings> for ::forma_core::Value<ApplicationSettings> {
    fn from(v: ApplicationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_SETTINGS_TYPE.properties))
    }
}

/// The `Capacity` property type of `AWS::WorkSpaces::WorkspacesPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct Capacity {
    props: ::forma_core::schema::Props,
}
impl Capacity {
    /// A new value with its required properties: `DesiredUserSessions`.
    pub fn new(desired_user_sessions: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, desired_user_sessions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Capacity> for ::forma_core::Value<Capacity> {
    fn from(v: Capacity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::WorkSpaces::WorkspacesPool`.
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

/// The `TimeoutSettings` property type of `AWS::WorkSpaces::WorkspacesPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeoutSettings {
    props: ::forma_core::schema::Props,
}
impl TimeoutSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DisconnectTimeoutInSeconds`.
    ///
    /// Allowed: 60 to 36000.
    pub fn disconnect_timeout_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IdleDisconnectTimeoutInSeconds`.
    ///
    /// Allowed: 0 to 36000.
    pub fn idle_disconnect_timeout_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MaxUserDurationInSeconds`.
    ///
    /// Allowed: 600 to 432000.
    pub fn max_user_duration_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimeoutSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimeoutSettings> for ::forma_core::Value<TimeoutSettings> {
    fn from(v: TimeoutSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMEOUT_SETTINGS_TYPE.properties))
    }
}

/// The schema of `AWS::WorkSpaces::WorkspacesPool`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WorkSpaces::WorkspacesPool",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BundleId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^wsb-[0-9a-z]{8,63}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Capacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_./() -]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DirectoryId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^wsd-[0-9a-z]{8,63}$"),
                min_length: Some(10),
                max_length: Some(65),
            }),
        },
        ::forma_core::schema::Property {
            name: "PoolName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RunningMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALWAYS_ON", "AUTO_STOP"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeoutSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIMEOUT_SETTINGS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["PoolId", "PoolArn", "CreatedAt"],
};

static APPLICATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::WorkspacesPool.ApplicationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "SettingsGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_./()!*'-]+$"),
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
    ],
    rules: &[],
};

static CAPACITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::WorkspacesPool.Capacity",
    properties: &[::forma_core::schema::Property {
        name: "DesiredUserSessions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: None,
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::WorkspacesPool.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static TIMEOUT_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpaces::WorkspacesPool.TimeoutSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisconnectTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(60.0),
                maximum: Some(36000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdleDisconnectTimeoutInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(36000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxUserDurationInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(600.0),
                maximum: Some(432000.0),
            }),
        },
    ],
    rules: &[],
};
