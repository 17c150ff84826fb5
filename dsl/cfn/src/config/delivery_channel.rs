// @generated from AWS::Config::DeliveryChannel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Config::DeliveryChannel` and its property types.

/// Resource type definition for AWS::Config::DeliveryChannel
///
/// CloudFormation type `AWS::Config::DeliveryChannel`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryChannel {
    props: ::forma_core::schema::Props,
}
impl DeliveryChannel {
    /// A new resource with its required properties: `S3BucketName`.
    #[track_caller]
    pub fn new(s3_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, s3_bucket_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The options for how often AWS Config delivers configuration snapshots to the Amazon S3 bucket.
    #[track_caller]
    pub fn config_snapshot_delivery_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfigSnapshotDeliveryProperties>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the delivery channel.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The prefix for the specified Amazon S3 bucket.
    #[track_caller]
    pub fn s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the AWS Key Management Service (AWS KMS ) AWS KMS key (KMS key) used to encrypt objects delivered by AWS Config.
    #[track_caller]
    pub fn s3_kms_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon SNS topic to which AWS Config sends notifications about configuration changes.
    #[track_caller]
    pub fn sns_topic_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DeliveryChannel {
    type Attributes = DeliveryChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::Config::DeliveryChannel"
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
/// The attributes of a `AWS::Config::DeliveryChannel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeliveryChannelAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeliveryChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `One_Hour`, `Three_Hours`, `Six_Hours`, `Twelve_Hours`, `TwentyFour_Hours`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryFrequency {
    /// `One_Hour`
    OneHour,
    /// `Three_Hours`
    ThreeHours,
    /// `Six_Hours`
    SixHours,
    /// `Twelve_Hours`
    TwelveHours,
    /// `TwentyFour_Hours`
    TwentyFourHours,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeliveryFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneHour => "One_Hour",
            Self::ThreeHours => "Three_Hours",
            Self::SixHours => "Six_Hours",
            Self::TwelveHours => "Twelve_Hours",
            Self::TwentyFourHours => "TwentyFour_Hours",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["One_Hour", "Three_Hours", "Six_Hours", "Twelve_Hours", "TwentyFour_Hours"]
    }
}
impl ::std::convert::From<DeliveryFrequency> for ::forma_core::Value<DeliveryFrequency> {
    fn from(v: DeliveryFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeliveryFrequency {}

/// The `ConfigSnapshotDeliveryProperties` property type of `AWS::Config::DeliveryChannel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigSnapshotDeliveryProperties {
    props: ::forma_core::schema::Props,
}
impl ConfigSnapshotDeliveryProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The frequency with which AWS Config delivers configuration snapshots.
    pub fn delivery_frequency(mut self, value: impl ::forma_core::schema::EnumArg<DeliveryFrequency>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ConfigSnapshotDeliveryProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfigSnapshotDeliveryProperties> for ::forma_core::Value<ConfigSnapshotDeliveryProperties> {
    fn from(v: ConfigSnapshotDeliveryProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIG_SNAPSHOT_DELIVERY_PROPERTIES_TYPE.properties))
    }
}

/// The schema of `AWS::Config::DeliveryChannel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Config::DeliveryChannel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigSnapshotDeliveryProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIG_SNAPSHOT_DELIVERY_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnsTopicARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};

static CONFIG_SNAPSHOT_DELIVERY_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Config::DeliveryChannel.ConfigSnapshotDeliveryProperties",
        properties: &[::forma_core::schema::Property {
            name: "DeliveryFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "One_Hour",
                "Three_Hours",
                "Six_Hours",
                "Twelve_Hours",
                "TwentyFour_Hours",
            ]),
        }],
        rules: &[],
    };
