// @generated from AWS::NetworkFlowMonitor::Monitor (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkFlowMonitor::Monitor` and its property types.

/// Creates a monitor for specific network flows between local and remote resources to monitor network performance for workloads.
///
/// CloudFormation type `AWS::NetworkFlowMonitor::Monitor`.
#[derive(Debug, Clone, PartialEq)]
pub struct Monitor {
    props: ::forma_core::schema::Props,
}
impl Monitor {
    /// A new resource with its required properties: `LocalResources`, `MonitorName`.
    #[track_caller]
    pub fn new(
        local_resources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MonitorLocalResource>>>,
        monitor_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, local_resources.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, monitor_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The remote resources to monitor.
    #[track_caller]
    pub fn remote_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MonitorRemoteResource>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the scope for the monitor.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scope_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the monitor.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Monitor {
    type Attributes = MonitorAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkFlowMonitor::Monitor"
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
/// The attributes of a `AWS::NetworkFlowMonitor::Monitor` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MonitorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MonitorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MonitorAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `MonitorStatus`.
    pub fn monitor_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MonitorStatus")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
}

/// The values CloudFormation documents: `AWS::EC2::VPC`, `AWS::AvailabilityZone`, `AWS::EC2::Subnet`, `AWS::Region`, `AWS::EKS::Cluster`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `AWS::EC2::VPC`
    AwsEc2Vpc,
    /// `AWS::AvailabilityZone`
    AwsAvailabilityZone,
    /// `AWS::EC2::Subnet`
    AwsEc2Subnet,
    /// `AWS::Region`
    AwsRegion,
    /// `AWS::EKS::Cluster`
    AwsEksCluster,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsEc2Vpc => "AWS::EC2::VPC",
            Self::AwsAvailabilityZone => "AWS::AvailabilityZone",
            Self::AwsEc2Subnet => "AWS::EC2::Subnet",
            Self::AwsRegion => "AWS::Region",
            Self::AwsEksCluster => "AWS::EKS::Cluster",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS::EC2::VPC", "AWS::AvailabilityZone", "AWS::EC2::Subnet", "AWS::Region", "AWS::EKS::Cluster"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// A local resource is the host where the agent is installed.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitorLocalResource {
    props: ::forma_core::schema::Props,
}
impl MonitorLocalResource {
    /// A new value with its required properties: `Identifier`, `Type`.
    pub fn new(
        identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identifier.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<MonitorLocalResource> for ::forma_core::Value<MonitorLocalResource> {
    fn from(v: MonitorLocalResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITOR_LOCAL_RESOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS::EC2::VPC`, `AWS::AvailabilityZone`, `AWS::EC2::Subnet`, `AWS::AWSService`, `AWS::Region`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MonitorRemoteResourceType {
    /// `AWS::EC2::VPC`
    AwsEc2Vpc,
    /// `AWS::AvailabilityZone`
    AwsAvailabilityZone,
    /// `AWS::EC2::Subnet`
    AwsEc2Subnet,
    /// `AWS::AWSService`
    AwsAwsService,
    /// `AWS::Region`
    AwsRegion,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MonitorRemoteResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsEc2Vpc => "AWS::EC2::VPC",
            Self::AwsAvailabilityZone => "AWS::AvailabilityZone",
            Self::AwsEc2Subnet => "AWS::EC2::Subnet",
            Self::AwsAwsService => "AWS::AWSService",
            Self::AwsRegion => "AWS::Region",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS::EC2::VPC", "AWS::AvailabilityZone", "AWS::EC2::Subnet", "AWS::AWSService", "AWS::Region"]
    }
}
impl ::std::convert::From<MonitorRemoteResourceType> for ::forma_core::Value<MonitorRemoteResourceType> {
    fn from(v: MonitorRemoteResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MonitorRemoteResourceType {}

/// A remote resource is the other endpoint in a network flow.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitorRemoteResource {
    props: ::forma_core::schema::Props,
}
impl MonitorRemoteResource {
    /// A new value with its required properties: `Identifier`, `Type`.
    pub fn new(
        identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<MonitorRemoteResourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identifier.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<MonitorRemoteResource> for ::forma_core::Value<MonitorRemoteResource> {
    fn from(v: MonitorRemoteResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITOR_REMOTE_RESOURCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::NetworkFlowMonitor::Monitor`.
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

/// The schema of `AWS::NetworkFlowMonitor::Monitor`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkFlowMonitor::Monitor",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalResources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MONITOR_LOCAL_RESOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MonitorName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RemoteResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MONITOR_REMOTE_RESOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScopeArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "MonitorStatus", "CreatedAt", "ModifiedAt"],
};

static MONITOR_LOCAL_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFlowMonitor::Monitor.MonitorLocalResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Identifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AWS::EC2::VPC",
                "AWS::AvailabilityZone",
                "AWS::EC2::Subnet",
                "AWS::Region",
                "AWS::EKS::Cluster",
            ]),
        },
    ],
    rules: &[],
};

static MONITOR_REMOTE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFlowMonitor::Monitor.MonitorRemoteResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Identifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AWS::EC2::VPC",
                "AWS::AvailabilityZone",
                "AWS::EC2::Subnet",
                "AWS::AWSService",
                "AWS::Region",
            ]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFlowMonitor::Monitor.Tag",
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
