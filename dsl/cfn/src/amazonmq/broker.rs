// @generated from AWS::AmazonMQ::Broker (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AmazonMQ::Broker` and its property types.

/// Resource type definition for AWS::AmazonMQ::Broker
///
/// CloudFormation type `AWS::AmazonMQ::Broker`.
#[derive(Debug, Clone, PartialEq)]
pub struct Broker {
    props: ::forma_core::schema::Props,
}
impl Broker {
    /// A new resource with its required properties: `BrokerName`, `DeploymentMode`, `EngineType`, `HostInstanceType`, `PubliclyAccessible`.
    #[track_caller]
    pub fn new(
        broker_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        deployment_mode: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        engine_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host_instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        publicly_accessible: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, broker_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, deployment_mode.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, engine_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, host_instance_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(14, publicly_accessible.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AuthenticationStrategy`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn authentication_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoMinorVersionUpgrade`.
    #[track_caller]
    pub fn auto_minor_version_upgrade(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The intended configuration (ID and revision) to be set when creating or updating.
    #[track_caller]
    pub fn configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConfigurationId>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataReplicationMode`.
    #[track_caller]
    pub fn data_replication_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the primary broker that is used to replicate data from in a data replication pair when creating a replica.
    #[track_caller]
    pub fn data_replication_primary_broker_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionOptions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionOptions>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version specified to use.
    #[track_caller]
    pub fn engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LdapServerMetadata`.
    #[track_caller]
    pub fn ldap_server_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LdapServerMetadata>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Logs`.
    #[track_caller]
    pub fn logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<LogList>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaintenanceWindowStartTime`.
    #[track_caller]
    pub fn maintenance_window_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceWindow>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARNs of the resource shares to be associated with the broker.
    #[track_caller]
    pub fn resource_share_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecurityGroups`.
    #[track_caller]
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The broker's storage size in GB.
    #[track_caller]
    pub fn storage_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StorageType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SubnetIds`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagsEntry>>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Users to configure on the broker.
    #[track_caller]
    pub fn users(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<User>>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Broker {
    type Attributes = BrokerAttributes;
    fn type_name(&self) -> &str {
        "AWS::AmazonMQ::Broker"
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
/// The attributes of a `AWS::AmazonMQ::Broker` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BrokerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BrokerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BrokerAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `EngineVersionCurrent`.
    pub fn engine_version_current(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EngineVersionCurrent")
    }
    /// `Fn::GetAtt` `IpAddresses`.
    pub fn ip_addresses(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "IpAddresses")
    }
    /// `Fn::GetAtt` `MqttEndpoints`.
    pub fn mqtt_endpoints(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "MqttEndpoints")
    }
    /// `Fn::GetAtt` `OpenWireEndpoints`.
    pub fn open_wire_endpoints(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "OpenWireEndpoints")
    }
    /// `Fn::GetAtt` `ConfigurationId`.
    pub fn configuration_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationId")
    }
    /// `Fn::GetAtt` `ConfigurationRevision`.
    pub fn configuration_revision(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationRevision")
    }
    /// `Fn::GetAtt` `StompEndpoints`.
    pub fn stomp_endpoints(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "StompEndpoints")
    }
    /// `Fn::GetAtt` `WssEndpoints`.
    pub fn wss_endpoints(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "WssEndpoints")
    }
    /// `Fn::GetAtt` `AmqpEndpoints`.
    pub fn amqp_endpoints(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "AmqpEndpoints")
    }
    /// `Fn::GetAtt` `ConsoleURLs`.
    pub fn console_ur_ls(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ConsoleURLs")
    }
}

/// The `ConfigurationId` property type of `AWS::AmazonMQ::Broker`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationId {
    props: ::forma_core::schema::Props,
}
impl ConfigurationId {
    /// A new value with its required properties: `Id`, `Revision`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        revision: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, revision.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConfigurationId> for ::forma_core::Value<ConfigurationId> {
    fn from(v: ConfigurationId) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_ID_TYPE.properties))
    }
}

/// The `EncryptionOptions` property type of `AWS::AmazonMQ::Broker`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionOptions {
    props: ::forma_core::schema::Props,
}
impl EncryptionOptions {
    /// A new value with its required properties: `UseAwsOwnedKey`.
    pub fn new(use_aws_owned_key: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, use_aws_owned_key.into().into_expr());
        Self { props }
    }
    /// The customer master key (CMK) to use for the A KMS (KMS).
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EncryptionOptions> for ::forma_core::Value<EncryptionOptions> {
    fn from(v: EncryptionOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_OPTIONS_TYPE.properties))
    }
}

/// The `LdapServerMetadata` property type of `AWS::AmazonMQ::Broker`.
#[derive(Debug, Clone, PartialEq)]
pub struct LdapServerMetadata {
    props: ::forma_core::schema::Props,
}
impl LdapServerMetadata {
    /// A new value with its required properties: `Hosts`, `RoleBase`, `RoleSearchMatching`, `ServiceAccountUsername`, `UserBase`, `UserSearchMatching`.
    pub fn new(
        hosts: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        role_base: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_search_matching: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_account_username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_base: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_search_matching: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, hosts.into().into_expr());
        props.set(1, role_base.into().into_expr());
        props.set(3, role_search_matching.into().into_expr());
        props.set(6, service_account_username.into().into_expr());
        props.set(7, user_base.into().into_expr());
        props.set(9, user_search_matching.into().into_expr());
        Self { props }
    }
    /// `RoleName`.
    pub fn role_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RoleSearchSubtree`.
    pub fn role_search_subtree(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ServiceAccountPassword`.
    pub fn service_account_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `UserRoleName`.
    pub fn user_role_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `UserSearchSubtree`.
    pub fn user_search_subtree(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LdapServerMetadata> for ::forma_core::Value<LdapServerMetadata> {
    fn from(v: LdapServerMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LDAP_SERVER_METADATA_TYPE.properties))
    }
}

/// The `LogList` property type of `AWS::AmazonMQ::Broker`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogList {
    props: ::forma_core::schema::Props,
}
impl LogList {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Audit`.
    pub fn audit(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `General`.
    pub fn general(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogList {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogList> for ::forma_core::Value<LogList> {
    fn from(v: LogList) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_LIST_TYPE.properties))
    }
}

/// The `MaintenanceWindow` property type of `AWS::AmazonMQ::Broker`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindow {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindow {
    /// A new value with its required properties: `DayOfWeek`, `TimeOfDay`, `TimeZone`.
    pub fn new(
        day_of_week: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        time_of_day: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        time_zone: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, day_of_week.into().into_expr());
        props.set(1, time_of_day.into().into_expr());
        props.set(2, time_zone.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MaintenanceWindow> for ::forma_core::Value<MaintenanceWindow> {
    fn from(v: MaintenanceWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_WINDOW_TYPE.properties))
    }
}

/// The `TagsEntry` property type of `AWS::AmazonMQ::Broker`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagsEntry {
    props: ::forma_core::schema::Props,
}
impl TagsEntry {
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
impl ::std::convert::From<TagsEntry> for ::forma_core::Value<TagsEntry> {
    fn from(v: TagsEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_ENTRY_TYPE.properties))
    }
}

/// The `User` property type of `AWS::AmazonMQ::Broker`.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    props: ::forma_core::schema::Props,
}
impl User {
    /// A new value with its required properties: `Password`, `Username`.
    pub fn new(
        password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, password.into().into_expr());
        props.set(4, username.into().into_expr());
        Self { props }
    }
    /// `ConsoleAccess`.
    pub fn console_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Groups`.
    pub fn groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ReplicationUser`.
    pub fn replication_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<User> for ::forma_core::Value<User> {
    fn from(v: User) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_TYPE.properties))
    }
}

/// The schema of `AWS::AmazonMQ::Broker`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AmazonMQ::Broker",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationStrategy",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutoMinorVersionUpgrade",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "BrokerName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_-]{1,50}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIGURATION_ID_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataReplicationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataReplicationPrimaryBrokerArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DeploymentMode",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EngineType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostInstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LdapServerMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LDAP_SERVER_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Logs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_LIST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceWindowStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PubliclyAccessible",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResourceShareArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:.*"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "StorageSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
                &::forma_core::schema::Shape::Object(&TAGS_ENTRY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Users",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&USER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Id",
        "Arn",
        "EngineVersionCurrent",
        "IpAddresses",
        "MqttEndpoints",
        "OpenWireEndpoints",
        "ConfigurationId",
        "ConfigurationRevision",
        "StompEndpoints",
        "WssEndpoints",
        "AmqpEndpoints",
        "ConsoleURLs",
    ],
};

static CONFIGURATION_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmazonMQ::Broker.ConfigurationId",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Revision",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static ENCRYPTION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmazonMQ::Broker.EncryptionOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UseAwsOwnedKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static LDAP_SERVER_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmazonMQ::Broker.LdapServerMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "Hosts",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleBase",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleSearchMatching",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleSearchSubtree",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ServiceAccountPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccountUsername",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserBase",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserRoleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserSearchMatching",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserSearchSubtree",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static LOG_LIST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmazonMQ::Broker.LogList",
    properties: &[
        ::forma_core::schema::Property {
            name: "Audit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "General",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static MAINTENANCE_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmazonMQ::Broker.MaintenanceWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "DayOfWeek",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeOfDay",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeZone",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAGS_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmazonMQ::Broker.TagsEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmazonMQ::Broker.User",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConsoleAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Groups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9._~-]{2,100}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^,:=]+$"),
                min_length: Some(12),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplicationUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_.~-]{2,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
