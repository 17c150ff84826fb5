// @generated from AWS::ElastiCache::GlobalReplicationGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElastiCache::GlobalReplicationGroup` and its property types.

/// The AWS::ElastiCache::GlobalReplicationGroup resource creates an Amazon ElastiCache Global Replication Group.
///
/// CloudFormation type `AWS::ElastiCache::GlobalReplicationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalReplicationGroup {
    props: ::forma_core::schema::Props,
}
impl GlobalReplicationGroup {
    /// A new resource with its required properties: `Members`.
    #[track_caller]
    pub fn new(
        members: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GlobalReplicationGroupMember>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, members.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// AutomaticFailoverEnabled
    #[track_caller]
    pub fn automatic_failover_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The cache node type of the Global Datastore
    #[track_caller]
    pub fn cache_node_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Cache parameter group name to use for the new engine version.
    #[track_caller]
    pub fn cache_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The engine of the Global Datastore.
    #[track_caller]
    pub fn engine(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The engine version of the Global Datastore.
    #[track_caller]
    pub fn engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates the number of node groups in the Global Datastore.
    #[track_caller]
    pub fn global_node_group_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The optional description of the Global Datastore
    #[track_caller]
    pub fn global_replication_group_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The suffix name of a Global Datastore.
    #[track_caller]
    pub fn global_replication_group_id_suffix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the replication group IDs, the AWS regions where they are stored and the shard configuration for each that comprise the Global Datastore
    #[track_caller]
    pub fn regional_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RegionalConfiguration>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this Global Datastore.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GlobalReplicationGroup {
    type Attributes = GlobalReplicationGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElastiCache::GlobalReplicationGroup"
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
/// The attributes of a `AWS::ElastiCache::GlobalReplicationGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GlobalReplicationGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GlobalReplicationGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GlobalReplicationGroupAttributes {
    /// `Fn::GetAtt` `GlobalReplicationGroupId`.
    pub fn global_replication_group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GlobalReplicationGroupId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `PRIMARY`, `SECONDARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Role {
    /// `PRIMARY`
    Primary,
    /// `SECONDARY`
    Secondary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Role {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "PRIMARY",
            Self::Secondary => "SECONDARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRIMARY", "SECONDARY"]
    }
}
impl ::std::convert::From<Role> for ::forma_core::Value<Role> {
    fn from(v: Role) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Role {}

/// The `GlobalReplicationGroupMember` property type of `AWS::ElastiCache::GlobalReplicationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalReplicationGroupMember {
    props: ::forma_core::schema::Props,
}
impl GlobalReplicationGroupMember {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Regionally unique identifier for the member i.e.
    pub fn replication_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AWS region of the Global Datastore member.
    pub fn replication_group_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates the role of the member, primary or secondary.
    pub fn role(mut self, value: impl ::forma_core::schema::EnumArg<Role>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for GlobalReplicationGroupMember {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GlobalReplicationGroupMember> for ::forma_core::Value<GlobalReplicationGroupMember> {
    fn from(v: GlobalReplicationGroupMember) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLOBAL_REPLICATION_GROUP_MEMBER_TYPE.properties))
    }
}

/// The `RegionalConfiguration` property type of `AWS::ElastiCache::GlobalReplicationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionalConfiguration {
    props: ::forma_core::schema::Props,
}
impl RegionalConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The replication group id of the Global Datastore member.
    pub fn replication_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AWS region of the Global Datastore member.
    pub fn replication_group_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of PreferredAvailabilityZones objects that specifies the configuration of a node group in the resharded cluster.
    pub fn resharding_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReshardingConfiguration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RegionalConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RegionalConfiguration> for ::forma_core::Value<RegionalConfiguration> {
    fn from(v: RegionalConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGIONAL_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The tag's value.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `ReshardingConfiguration` property type of `AWS::ElastiCache::GlobalReplicationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReshardingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReshardingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Unique identifier for the Node Group.
    pub fn node_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of preferred availability zones for the nodes of new node groups.
    pub fn preferred_availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReshardingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReshardingConfiguration> for ::forma_core::Value<ReshardingConfiguration> {
    fn from(v: ReshardingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESHARDING_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::ElastiCache::GlobalReplicationGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElastiCache::GlobalReplicationGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutomaticFailoverEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CacheNodeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CacheParameterGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Engine",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GlobalNodeGroupCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GlobalReplicationGroupDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GlobalReplicationGroupIdSuffix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Members",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GLOBAL_REPLICATION_GROUP_MEMBER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RegionalConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REGIONAL_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    attributes: &["GlobalReplicationGroupId", "Status", "Arn"],
};

static GLOBAL_REPLICATION_GROUP_MEMBER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::GlobalReplicationGroup.GlobalReplicationGroupMember",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReplicationGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicationGroupRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PRIMARY", "SECONDARY"]),
        },
    ],
    rules: &[],
};

static REGIONAL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::GlobalReplicationGroup.RegionalConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReplicationGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicationGroupRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReshardingConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESHARDING_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::GlobalReplicationGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z0-9 _\\.\\/=+:\\-@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _\\.\\/=+:\\-@]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static RESHARDING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::GlobalReplicationGroup.ReshardingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "NodeGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreferredAvailabilityZones",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
