// @generated from AWS::Timestream::InfluxDBBackup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Timestream::InfluxDBBackup` and its property types.

/// Resource type definition for AWS::Timestream::InfluxDBBackup.
///
/// CloudFormation type `AWS::Timestream::InfluxDBBackup`.
#[derive(Debug, Clone, PartialEq)]
pub struct InfluxDbBackup {
    props: ::forma_core::schema::Props,
}
impl InfluxDbBackup {
    /// A new resource with its required properties: `DbResourceId`, `Name`.
    #[track_caller]
    pub fn new(
        db_resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, db_resource_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The number of days to retain the backup.
    ///
    /// Allowed: 1 to 3650.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn retention_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs to associate with the backup.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InfluxDbBackup {
    type Attributes = InfluxDbBackupAttributes;
    fn type_name(&self) -> &str {
        "AWS::Timestream::InfluxDBBackup"
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
/// The attributes of a `AWS::Timestream::InfluxDBBackup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InfluxDbBackupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InfluxDbBackupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InfluxDbBackupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ExpiresAfter`.
    pub fn expires_after(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ExpiresAfter")
    }
    /// `Fn::GetAtt` `EngineType`.
    pub fn engine_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EngineType")
    }
    /// `Fn::GetAtt` `DeploymentType`.
    pub fn deployment_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeploymentType")
    }
    /// `Fn::GetAtt` `KmsKeyId`.
    pub fn kms_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KmsKeyId")
    }
    /// `Fn::GetAtt` `ClusterConfiguration`.
    pub fn cluster_configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ClusterConfiguration")
    }
    /// `Fn::GetAtt` `DbParameterGroupId`.
    pub fn db_parameter_group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DbParameterGroupId")
    }
    /// `Fn::GetAtt` `DbInstanceType`.
    pub fn db_instance_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DbInstanceType")
    }
    /// `Fn::GetAtt` `LogDeliveryConfiguration`.
    pub fn log_delivery_configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LogDeliveryConfiguration")
    }
    /// `Fn::GetAtt` `FailoverMode`.
    pub fn failover_mode(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailoverMode")
    }
    /// `Fn::GetAtt` `DbStorageType`.
    pub fn db_storage_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DbStorageType")
    }
    /// `Fn::GetAtt` `AllocatedStorage`.
    pub fn allocated_storage(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AllocatedStorage")
    }
    /// `Fn::GetAtt` `VpcSubnetIds`.
    pub fn vpc_subnet_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "VpcSubnetIds")
    }
    /// `Fn::GetAtt` `VpcSecurityGroupIds`.
    pub fn vpc_security_group_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "VpcSecurityGroupIds")
    }
    /// `Fn::GetAtt` `PubliclyAccessible`.
    pub fn publicly_accessible(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "PubliclyAccessible")
    }
    /// `Fn::GetAtt` `Port`.
    pub fn port(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Port")
    }
    /// `Fn::GetAtt` `NetworkType`.
    pub fn network_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkType")
    }
    /// `Fn::GetAtt` `InfluxAuthParametersSecretArn`.
    pub fn influx_auth_parameters_secret_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InfluxAuthParametersSecretArn")
    }
    /// `Fn::GetAtt` `MaintenanceSchedule`.
    pub fn maintenance_schedule(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MaintenanceSchedule")
    }
}

/// A key-value pair to associate with the resource.
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

/// The schema of `AWS::Timestream::InfluxDBBackup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Timestream::InfluxDBBackup",
    properties: &[
        ::forma_core::schema::Property {
            name: "DbResourceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$"),
                min_length: Some(3),
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionDays",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(3650.0),
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
    attributes: &[
        "Arn",
        "Id",
        "Status",
        "Type",
        "CreatedAt",
        "ExpiresAfter",
        "EngineType",
        "DeploymentType",
        "KmsKeyId",
        "ClusterConfiguration",
        "DbParameterGroupId",
        "DbInstanceType",
        "LogDeliveryConfiguration",
        "FailoverMode",
        "DbStorageType",
        "AllocatedStorage",
        "VpcSubnetIds",
        "VpcSecurityGroupIds",
        "PubliclyAccessible",
        "Port",
        "NetworkType",
        "InfluxAuthParametersSecretArn",
        "MaintenanceSchedule",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::InfluxDBBackup.Tag",
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
