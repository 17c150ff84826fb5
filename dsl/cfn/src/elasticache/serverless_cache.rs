// @generated from AWS::ElastiCache::ServerlessCache (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElastiCache::ServerlessCache` and its property types.

/// The AWS::ElastiCache::ServerlessCache resource creates an Amazon ElastiCache Serverless Cache.
///
/// CloudFormation type `AWS::ElastiCache::ServerlessCache`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerlessCache {
    props: ::forma_core::schema::Props,
}
impl ServerlessCache {
    /// A new resource with its required properties: `Engine`, `ServerlessCacheName`.
    #[track_caller]
    pub fn new(
        engine: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        serverless_cache_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, engine.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, serverless_cache_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The cache capacity limit of the Serverless Cache.
    #[track_caller]
    pub fn cache_usage_limits(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CacheUsageLimits>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The connection type for the serverless cache.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connection_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The daily time range (in UTC) during which the service takes automatic snapshot of the Serverless Cache.
    #[track_caller]
    pub fn daily_snapshot_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the Serverless Cache.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The address and the port.
    #[track_caller]
    pub fn endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<Endpoint>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The final snapshot name which is taken before Serverless Cache is deleted.
    #[track_caller]
    pub fn final_snapshot_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the KMS key used to encrypt the cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The major engine version of the Serverless Cache.
    #[track_caller]
    pub fn major_engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network type for the serverless cache.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The address and the port.
    #[track_caller]
    pub fn reader_endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<Endpoint>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more Amazon VPC security groups associated with this Serverless Cache.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN's of snapshot to restore Serverless Cache.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_arns_to_restore(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The snapshot retention limit of the Serverless Cache.
    #[track_caller]
    pub fn snapshot_retention_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The subnet id's of the Serverless Cache.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this Serverless Cache.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the user group.
    #[track_caller]
    pub fn user_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ServerlessCache {
    type Attributes = ServerlessCacheAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElastiCache::ServerlessCache"
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
/// The attributes of a `AWS::ElastiCache::ServerlessCache` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServerlessCacheAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServerlessCacheAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServerlessCacheAttributes {
    /// `Fn::GetAtt` `FullEngineVersion`.
    pub fn full_engine_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FullEngineVersion")
    }
    /// `Fn::GetAtt` `CreateTime`.
    pub fn create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Endpoint.Address`.
    pub fn endpoint_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint.Address")
    }
    /// `Fn::GetAtt` `Endpoint.Port`.
    pub fn endpoint_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint.Port")
    }
    /// `Fn::GetAtt` `ReaderEndpoint.Address`.
    pub fn reader_endpoint_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReaderEndpoint.Address")
    }
    /// `Fn::GetAtt` `ReaderEndpoint.Port`.
    pub fn reader_endpoint_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReaderEndpoint.Port")
    }
    /// `Fn::GetAtt` `ARN`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ARN")
    }
}

/// The cache capacity limit of the Serverless Cache.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheUsageLimits {
    props: ::forma_core::schema::Props,
}
impl CacheUsageLimits {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The cached data capacity of the Serverless Cache.
    pub fn data_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataStorage>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ECPU per second of the Serverless Cache.
    pub fn ecpu_per_second(mut self, value: impl ::std::convert::Into<::forma_core::Value<EcpuPerSecond>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CacheUsageLimits {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CacheUsageLimits> for ::forma_core::Value<CacheUsageLimits> {
    fn from(v: CacheUsageLimits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CACHE_USAGE_LIMITS_TYPE.properties))
    }
}

/// The address and the port.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    props: ::forma_core::schema::Props,
}
impl Endpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Endpoint address.
    pub fn address(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Endpoint port.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Endpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Endpoint> for ::forma_core::Value<Endpoint> {
    fn from(v: Endpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_TYPE.properties))
    }
}

/// A key-value pair to associate with Serverless Cache.
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
    /// The value for the tag.
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

/// The cached data capacity of the Serverless Cache.
#[derive(Debug, Clone, PartialEq)]
pub struct DataStorage {
    props: ::forma_core::schema::Props,
}
impl DataStorage {
    /// A new value with its required properties: `Unit`.
    pub fn new(unit: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, unit.into().into_expr());
        Self { props }
    }
    /// The maximum cached data capacity of the Serverless Cache.
    pub fn maximum(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum cached data capacity of the Serverless Cache.
    pub fn minimum(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataStorage> for ::forma_core::Value<DataStorage> {
    fn from(v: DataStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_STORAGE_TYPE.properties))
    }
}

/// The ECPU per second of the Serverless Cache.
#[derive(Debug, Clone, PartialEq)]
pub struct EcpuPerSecond {
    props: ::forma_core::schema::Props,
}
impl EcpuPerSecond {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum ECPU per second of the Serverless Cache.
    pub fn maximum(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum ECPU per second of the Serverless Cache.
    pub fn minimum(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EcpuPerSecond {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EcpuPerSecond> for ::forma_core::Value<EcpuPerSecond> {
    fn from(v: EcpuPerSecond) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ECPU_PER_SECOND_TYPE.properties))
    }
}

/// The schema of `AWS::ElastiCache::ServerlessCache`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElastiCache::ServerlessCache",
    properties: &[
        ::forma_core::schema::Property {
            name: "CacheUsageLimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CACHE_USAGE_LIMITS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectionType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DailySnapshotTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENDPOINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Engine",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FinalSnapshotName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MajorEngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReaderEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENDPOINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServerlessCacheName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotArnsToRestore",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SnapshotRetentionLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "UserGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "FullEngineVersion",
        "CreateTime",
        "Status",
        "Endpoint.Address",
        "Endpoint.Port",
        "ReaderEndpoint.Address",
        "ReaderEndpoint.Port",
        "ARN",
    ],
};

static CACHE_USAGE_LIMITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::ServerlessCache.CacheUsageLimits",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataStorage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_STORAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ECPUPerSecond",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ECPU_PER_SECOND_TYPE),
        },
    ],
    rules: &[],
};

static ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::ServerlessCache.Endpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Address",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::ServerlessCache.Tag",
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

static DATA_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::ServerlessCache.DataStorage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Maximum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Minimum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ECPU_PER_SECOND_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::ServerlessCache.ECPUPerSecond",
    properties: &[
        ::forma_core::schema::Property {
            name: "Maximum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Minimum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
