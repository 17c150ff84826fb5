// @generated from AWS::Route53::HostedZone (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::HostedZone` and its property types.

/// Creates a new public or private hosted zone.
///
/// CloudFormation type `AWS::Route53::HostedZone`.
#[derive(Debug, Clone, PartialEq)]
pub struct HostedZone {
    props: ::forma_core::schema::Props,
}
impl HostedZone {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DelegationSetId`.
    ///
    /// Allowed: length 0 to 32.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn delegation_set_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A complex type that contains an optional comment.
    #[track_caller]
    pub fn hosted_zone_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HostedZoneConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The features configuration for the hosted zone, including accelerated recovery settings and status information.
    #[track_caller]
    pub fn hosted_zone_features(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HostedZoneFeatures>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Adds, edits, or deletes tags for a health check or a hosted zone.
    #[track_caller]
    pub fn hosted_zone_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HostedZoneTag>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the domain.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates a configuration for DNS query logging.
    #[track_caller]
    pub fn query_logging_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QueryLoggingConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// *Private hosted zones:* A complex type that contains information about the VPCs that are associated with the specified hosted zone.
    #[track_caller]
    pub fn vp_cs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Vpc>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for HostedZone {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for HostedZone {
    type Attributes = HostedZoneAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::HostedZone"
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
/// The attributes of a `AWS::Route53::HostedZone` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HostedZoneAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HostedZoneAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HostedZoneAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `NameServers`.
    pub fn name_servers(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "NameServers")
    }
}

/// A complex type that contains an optional comment about your hosted zone.
#[derive(Debug, Clone, PartialEq)]
pub struct HostedZoneConfig {
    props: ::forma_core::schema::Props,
}
impl HostedZoneConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Any comments that you want to include about the hosted zone.
    ///
    /// Allowed: length 0 to 256.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HostedZoneConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HostedZoneConfig> for ::forma_core::Value<HostedZoneConfig> {
    fn from(v: HostedZoneConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOSTED_ZONE_CONFIG_TYPE.properties))
    }
}

/// Represents the features configuration for a hosted zone, including the status of various features and any associated failure reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct HostedZoneFeatures {
    props: ::forma_core::schema::Props,
}
impl HostedZoneFeatures {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EnableAcceleratedRecovery`.
    pub fn enable_accelerated_recovery(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HostedZoneFeatures {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HostedZoneFeatures> for ::forma_core::Value<HostedZoneFeatures> {
    fn from(v: HostedZoneFeatures) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOSTED_ZONE_FEATURES_TYPE.properties))
    }
}

/// A complex type that contains information about a tag that you want to add or edit for the specified health check or hosted zone.
#[derive(Debug, Clone, PartialEq)]
pub struct HostedZoneTag {
    props: ::forma_core::schema::Props,
}
impl HostedZoneTag {
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
impl ::std::convert::From<HostedZoneTag> for ::forma_core::Value<HostedZoneTag> {
    fn from(v: HostedZoneTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOSTED_ZONE_TAG_TYPE.properties))
    }
}

/// A complex type that contains information about a configuration for DNS query logging.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryLoggingConfig {
    props: ::forma_core::schema::Props,
}
impl QueryLoggingConfig {
    /// A new value with its required properties: `CloudWatchLogsLogGroupArn`.
    pub fn new(
        cloud_watch_logs_log_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_watch_logs_log_group_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QueryLoggingConfig> for ::forma_core::Value<QueryLoggingConfig> {
    fn from(v: QueryLoggingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_LOGGING_CONFIG_TYPE.properties))
    }
}

/// *Private hosted zones only:* A complex type that contains information about an Amazon VPC.
#[derive(Debug, Clone, PartialEq)]
pub struct Vpc {
    props: ::forma_core::schema::Props,
}
impl Vpc {
    /// A new value with its required properties: `VPCId`, `VPCRegion`.
    pub fn new(
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vpc_id.into().into_expr());
        props.set(1, vpc_region.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Vpc> for ::forma_core::Value<Vpc> {
    fn from(v: Vpc) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_TYPE.properties))
    }
}

/// The schema of `AWS::Route53::HostedZone`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::HostedZone",
    properties: &[
        ::forma_core::schema::Property {
            name: "DelegationSetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOSTED_ZONE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneFeatures",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOSTED_ZONE_FEATURES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HostedZoneTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOSTED_ZONE_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryLoggingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_LOGGING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VPCs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VPC_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id", "NameServers"],
};

static HOSTED_ZONE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::HostedZone.HostedZoneConfig",
    properties: &[::forma_core::schema::Property {
        name: "Comment",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static HOSTED_ZONE_FEATURES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::HostedZone.HostedZoneFeatures",
    properties: &[::forma_core::schema::Property {
        name: "EnableAcceleratedRecovery",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static HOSTED_ZONE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::HostedZone.HostedZoneTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static QUERY_LOGGING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::HostedZone.QueryLoggingConfig",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatchLogsLogGroupArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static VPC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::HostedZone.VPC",
    properties: &[
        ::forma_core::schema::Property {
            name: "VPCId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VPCRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
