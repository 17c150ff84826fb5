// @generated from AWS::CodeGuruProfiler::ProfilingGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeGuruProfiler::ProfilingGroup` and its property types.

/// This resource schema represents the Profiling Group resource in the Amazon CodeGuru Profiler service.
///
/// CloudFormation type `AWS::CodeGuruProfiler::ProfilingGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfilingGroup {
    props: ::forma_core::schema::Props,
}
impl ProfilingGroup {
    /// A new resource with its required properties: `ProfilingGroupName`.
    #[track_caller]
    pub fn new(profiling_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, profiling_group_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The agent permissions attached to this profiling group.
    #[track_caller]
    pub fn agent_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AgentPermissions>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for Notification Channels for Anomaly Detection feature in CodeGuru Profiler which enables customers to detect anomalies in the application profile for those methods that represent the highest proportion of CPU time or latency
    #[track_caller]
    pub fn anomaly_detection_notification_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Channel>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The compute platform of the profiling group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn compute_platform(mut self, value: impl ::forma_core::schema::EnumArg<ComputePlatform>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with a profiling group.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ProfilingGroup {
    type Attributes = ProfilingGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeGuruProfiler::ProfilingGroup"
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
/// The attributes of a `AWS::CodeGuruProfiler::ProfilingGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProfilingGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProfilingGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProfilingGroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `Default`, `AWSLambda`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComputePlatform {
    /// `Default`
    Default,
    /// `AWSLambda`
    AwsLambda,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComputePlatform {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "Default",
            Self::AwsLambda => "AWSLambda",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Default", "AWSLambda"]
    }
}
impl ::std::convert::From<ComputePlatform> for ::forma_core::Value<ComputePlatform> {
    fn from(v: ComputePlatform) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComputePlatform {}

/// The agent permissions attached to this profiling group.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentPermissions {
    props: ::forma_core::schema::Props,
}
impl AgentPermissions {
    /// A new value with its required properties: `Principals`.
    pub fn new(
        principals: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, principals.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AgentPermissions> for ::forma_core::Value<AgentPermissions> {
    fn from(v: AgentPermissions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_PERMISSIONS_TYPE.properties))
    }
}

/// Notification medium for users to get alerted for events that occur in application profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new value with its required properties: `channelUri`.
    pub fn new(channel_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, channel_uri.into().into_expr());
        Self { props }
    }
    /// Unique identifier for each Channel in the notification configuration of a Profiling Group
    pub fn channel_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Channel> for ::forma_core::Value<Channel> {
    fn from(v: Channel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHANNEL_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::CodeGuruProfiler::ProfilingGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeGuruProfiler::ProfilingGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentPermissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGENT_PERMISSIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AnomalyDetectionNotificationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CHANNEL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComputePlatform",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Default", "AWSLambda"]),
        },
        ::forma_core::schema::Property {
            name: "ProfilingGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static AGENT_PERMISSIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeGuruProfiler::ProfilingGroup.AgentPermissions",
    properties: &[::forma_core::schema::Property {
        name: "Principals",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws([-\\w]*):iam::([0-9]{12}):[\\S]+$"),
                min_length: None,
                max_length: None,
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static CHANNEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeGuruProfiler::ProfilingGroup.Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "channelId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "channelUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws([-\\w]*):[a-z-]+:(([a-z]+-)+[0-9]+)?:([0-9]{12}):[^.]+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeGuruProfiler::ProfilingGroup.Tag",
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
