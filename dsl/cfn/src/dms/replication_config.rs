// @generated from AWS::DMS::ReplicationConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DMS::ReplicationConfig` and its property types.

/// A replication configuration that you later provide to configure and start a AWS DMS Serverless replication
///
/// CloudFormation type `AWS::DMS::ReplicationConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationConfig {
    props: ::forma_core::schema::Props,
}
impl ReplicationConfig {
    /// A new resource with its required properties: `ComputeConfig`, `ReplicationConfigIdentifier`, `ReplicationType`, `SourceEndpointArn`, `TableMappings`, `TargetEndpointArn`.
    #[track_caller]
    pub fn new(
        compute_config: impl ::std::convert::Into<::forma_core::Value<ComputeConfig>>,
        replication_config_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        replication_type: impl ::forma_core::schema::EnumArg<ReplicationType>,
        source_endpoint_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_mappings: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        target_endpoint_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, compute_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, replication_config_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, replication_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, source_endpoint_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, table_mappings.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, target_endpoint_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ReplicationSettings`.
    #[track_caller]
    pub fn replication_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique value or name that you get set for a given resource that can be used to construct an Amazon Resource Name (ARN) for that resource
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SupplementalSettings`.
    #[track_caller]
    pub fn supplemental_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>Contains a map of the key-value pairs for the resource tag or tags assigned to the dataset.</p>
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReplicationConfig {
    type Attributes = ReplicationConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::DMS::ReplicationConfig"
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
/// The attributes of a `AWS::DMS::ReplicationConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReplicationConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReplicationConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReplicationConfigAttributes {
    /// `Fn::GetAtt` `ReplicationConfigArn`.
    pub fn replication_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReplicationConfigArn")
    }
}

/// The values CloudFormation documents: `full-load`, `full-load-and-cdc`, `cdc`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicationType {
    /// `full-load`
    FullLoad,
    /// `full-load-and-cdc`
    FullLoadAndCdc,
    /// `cdc`
    Cdc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReplicationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullLoad => "full-load",
            Self::FullLoadAndCdc => "full-load-and-cdc",
            Self::Cdc => "cdc",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["full-load", "full-load-and-cdc", "cdc"]
    }
}
impl ::std::convert::From<ReplicationType> for ::forma_core::Value<ReplicationType> {
    fn from(v: ReplicationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReplicationType {}

/// Configuration parameters for provisioning a AWS DMS Serverless replication
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeConfig {
    props: ::forma_core::schema::Props,
}
impl ComputeConfig {
    /// A new value with its required properties: `MaxCapacityUnits`.
    pub fn new(max_capacity_units: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, max_capacity_units.into().into_expr());
        Self { props }
    }
    /// `AvailabilityZone`.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DnsNameServers`.
    pub fn dns_name_servers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MinCapacityUnits`.
    pub fn min_capacity_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `MultiAZ`.
    pub fn multi_az(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `PreferredMaintenanceWindow`.
    pub fn preferred_maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ReplicationSubnetGroupId`.
    pub fn replication_subnet_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `VpcSecurityGroupIds`.
    pub fn vpc_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ComputeConfig> for ::forma_core::Value<ComputeConfig> {
    fn from(v: ComputeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_CONFIG_TYPE.properties))
    }
}

/// <p>The key or keys of the key-value pairs for the resource tag or tags assigned to the resource.</p>
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

/// The schema of `AWS::DMS::ReplicationConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DMS::ReplicationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReplicationConfigIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ReplicationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["full-load", "full-load-and-cdc", "cdc"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceEndpointArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SupplementalSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TableMappings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetEndpointArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["ReplicationConfigArn"],
};

static COMPUTE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::ReplicationConfig.ComputeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DnsNameServers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxCapacityUnits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinCapacityUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MultiAZ",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PreferredMaintenanceWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicationSubnetGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::ReplicationConfig.Tag",
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
