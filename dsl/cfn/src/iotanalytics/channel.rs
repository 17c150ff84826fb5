// @generated from AWS::IoTAnalytics::Channel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTAnalytics::Channel` and its property types.

/// Resource Type definition for AWS::IoTAnalytics::Channel
///
/// CloudFormation type `AWS::IoTAnalytics::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ChannelName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn channel_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ChannelStorage`.
    #[track_caller]
    pub fn channel_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<ChannelStorage>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RetentionPeriod`.
    #[track_caller]
    pub fn retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<RetentionPeriod>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Channel {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Channel {
    type Attributes = ChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTAnalytics::Channel"
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
/// The attributes of a `AWS::IoTAnalytics::Channel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChannelAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `ChannelStorage` property type of `AWS::IoTAnalytics::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelStorage {
    props: ::forma_core::schema::Props,
}
impl ChannelStorage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomerManagedS3`.
    pub fn customer_managed_s3(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomerManagedS3>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ServiceManagedS3`.
    pub fn service_managed_s3(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ChannelStorage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ChannelStorage> for ::forma_core::Value<ChannelStorage> {
    fn from(v: ChannelStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHANNEL_STORAGE_TYPE.properties))
    }
}

/// The `RetentionPeriod` property type of `AWS::IoTAnalytics::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionPeriod {
    props: ::forma_core::schema::Props,
}
impl RetentionPeriod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NumberOfDays`.
    ///
    /// Allowed: 1 to 2147483647.
    pub fn number_of_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Unlimited`.
    pub fn unlimited(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RetentionPeriod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetentionPeriod> for ::forma_core::Value<RetentionPeriod> {
    fn from(v: RetentionPeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETENTION_PERIOD_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTAnalytics::Channel`.
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

/// The `CustomerManagedS3` property type of `AWS::IoTAnalytics::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerManagedS3 {
    props: ::forma_core::schema::Props,
}
impl CustomerManagedS3 {
    /// A new value with its required properties: `Bucket`, `RoleArn`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(2, role_arn.into().into_expr());
        Self { props }
    }
    /// `KeyPrefix`.
    ///
    /// Allowed: length 1 to 255.
    pub fn key_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomerManagedS3> for ::forma_core::Value<CustomerManagedS3> {
    fn from(v: CustomerManagedS3) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMER_MANAGED_S3_TYPE.properties))
    }
}

/// The schema of `AWS::IoTAnalytics::Channel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTAnalytics::Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^(?!_{2}))(^[a-zA-Z0-9_]+$)"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHANNEL_STORAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETENTION_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CHANNEL_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Channel.ChannelStorage",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerManagedS3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMER_MANAGED_S3_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceManagedS3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static RETENTION_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Channel.RetentionPeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "NumberOfDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Unlimited",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Channel.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static CUSTOMER_MANAGED_S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Channel.CustomerManagedS3",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9.\\-_]*$"),
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9!_.*'()/{}:-]*/$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};
