// @generated from AWS::OpsWorks::Stack (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpsWorks::Stack` and its property types.

/// Resource Type definition for AWS::OpsWorks::Stack
///
/// CloudFormation type `AWS::OpsWorks::Stack`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stack {
    props: ::forma_core::schema::Props,
}
impl Stack {
    /// A new resource with its required properties: `DefaultInstanceProfileArn`, `Name`, `ServiceRoleArn`.
    #[track_caller]
    pub fn new(
        default_instance_profile_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(9, default_instance_profile_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(17, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(19, service_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AgentVersion`.
    #[track_caller]
    pub fn agent_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Attributes`.
    #[track_caller]
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ChefConfiguration`.
    #[track_caller]
    pub fn chef_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ChefConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CloneAppIds`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn clone_app_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ClonePermissions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn clone_permissions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ConfigurationManager`.
    #[track_caller]
    pub fn configuration_manager(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StackConfigurationManager>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomCookbooksSource`.
    #[track_caller]
    pub fn custom_cookbooks_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<Source>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomJson`.
    #[track_caller]
    pub fn custom_json(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultAvailabilityZone`.
    #[track_caller]
    pub fn default_availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultOs`.
    #[track_caller]
    pub fn default_os(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultRootDeviceType`.
    #[track_caller]
    pub fn default_root_device_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultSshKeyName`.
    #[track_caller]
    pub fn default_ssh_key_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultSubnetId`.
    #[track_caller]
    pub fn default_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EcsClusterArn`.
    #[track_caller]
    pub fn ecs_cluster_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ElasticIps`.
    #[track_caller]
    pub fn elastic_ips(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ElasticIp>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HostnameTheme`.
    #[track_caller]
    pub fn hostname_theme(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RdsDbInstances`.
    #[track_caller]
    pub fn rds_db_instances(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RdsDbInstance>>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SourceStackId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_stack_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UseCustomCookbooks`.
    #[track_caller]
    pub fn use_custom_cookbooks(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UseOpsworksSecurityGroups`.
    #[track_caller]
    pub fn use_opsworks_security_groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Stack {
    type Attributes = StackAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpsWorks::Stack"
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
/// The attributes of a `AWS::OpsWorks::Stack` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StackAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StackAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StackAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `ChefConfiguration` property type of `AWS::OpsWorks::Stack`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChefConfiguration {
    props: ::forma_core::schema::Props,
}
impl ChefConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BerkshelfVersion`.
    pub fn berkshelf_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ManageBerkshelf`.
    pub fn manage_berkshelf(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ChefConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ChefConfiguration> for ::forma_core::Value<ChefConfiguration> {
    fn from(v: ChefConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHEF_CONFIGURATION_TYPE.properties))
    }
}

/// The `StackConfigurationManager` property type of `AWS::OpsWorks::Stack`.
#[derive(Debug, Clone, PartialEq)]
pub struct StackConfigurationManager {
    props: ::forma_core::schema::Props,
}
impl StackConfigurationManager {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Version`.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StackConfigurationManager {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StackConfigurationManager> for ::forma_core::Value<StackConfigurationManager> {
    fn from(v: StackConfigurationManager) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STACK_CONFIGURATION_MANAGER_TYPE.properties))
    }
}

/// The `Source` property type of `AWS::OpsWorks::Stack`.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    props: ::forma_core::schema::Props,
}
impl Source {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Revision`.
    pub fn revision(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SshKey`.
    pub fn ssh_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Url`.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Username`.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Source {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Source> for ::forma_core::Value<Source> {
    fn from(v: Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_TYPE.properties))
    }
}

/// The `ElasticIp` property type of `AWS::OpsWorks::Stack`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticIp {
    props: ::forma_core::schema::Props,
}
impl ElasticIp {
    /// A new value with its required properties: `Ip`.
    pub fn new(ip: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ip.into().into_expr());
        Self { props }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ElasticIp> for ::forma_core::Value<ElasticIp> {
    fn from(v: ElasticIp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTIC_IP_TYPE.properties))
    }
}

/// The `RdsDbInstance` property type of `AWS::OpsWorks::Stack`.
#[derive(Debug, Clone, PartialEq)]
pub struct RdsDbInstance {
    props: ::forma_core::schema::Props,
}
impl RdsDbInstance {
    /// A new value with its required properties: `DbPassword`, `DbUser`, `RdsDbInstanceArn`.
    pub fn new(
        db_password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        db_user: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rds_db_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, db_password.into().into_expr());
        props.set(1, db_user.into().into_expr());
        props.set(2, rds_db_instance_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RdsDbInstance> for ::forma_core::Value<RdsDbInstance> {
    fn from(v: RdsDbInstance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RDS_DB_INSTANCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::OpsWorks::Stack`.
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

/// The schema of `AWS::OpsWorks::Stack`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpsWorks::Stack",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ChefConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHEF_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CloneAppIds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClonePermissions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ConfigurationManager",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STACK_CONFIGURATION_MANAGER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomCookbooksSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomJson",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DefaultAvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultInstanceProfileArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultOs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultRootDeviceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultSshKeyName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultSubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EcsClusterArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ElasticIps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ELASTIC_IP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "HostnameTheme",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RdsDbInstances",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RDS_DB_INSTANCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceRoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceStackId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "UseCustomCookbooks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseOpsworksSecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::Requires("VpcId", &["DefaultSubnetId"])],
    attributes: &["Id"],
};

static CHEF_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Stack.ChefConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BerkshelfVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManageBerkshelf",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static STACK_CONFIGURATION_MANAGER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Stack.StackConfigurationManager",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Stack.Source",
    properties: &[
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Revision",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SshKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ELASTIC_IP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Stack.ElasticIp",
    properties: &[
        ::forma_core::schema::Property {
            name: "Ip",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RDS_DB_INSTANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Stack.RdsDbInstance",
    properties: &[
        ::forma_core::schema::Property {
            name: "DbPassword",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DbUser",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RdsDbInstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpsWorks::Stack.Tag",
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
