// @generated from AWS::Connect::SecurityProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::SecurityProfile` and its property types.

/// Resource Type definition for AWS::Connect::SecurityProfile
///
/// CloudFormation type `AWS::Connect::SecurityProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityProfile {
    props: ::forma_core::schema::Props,
}
impl SecurityProfile {
    /// A new resource with its required properties: `InstanceArn`, `SecurityProfileName`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        security_profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, security_profile_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The identifier of the hierarchy group that a security profile uses to restrict access to resources in Amazon Connect.
    ///
    /// Allowed: length 0 to 127.
    #[track_caller]
    pub fn allowed_access_control_hierarchy_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of tags that a security profile uses to restrict access to resources in Amazon Connect.
    #[track_caller]
    pub fn allowed_access_control_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of flow-module resources to be linked to a security profile in Amazon Connect.
    #[track_caller]
    pub fn allowed_flow_modules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FlowModule>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of third-party applications that the security profile will give access to.
    #[track_caller]
    pub fn applications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Application>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the security profile.
    ///
    /// Allowed: length 0 to 250.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GranularAccessControlConfiguration`.
    #[track_caller]
    pub fn granular_access_control_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GranularAccessControlConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of resources that a security profile applies hierarchy restrictions to in Amazon Connect.
    #[track_caller]
    pub fn hierarchy_restricted_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Permissions assigned to the security profile.
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of resources that a security profile applies tag restrictions to in Amazon Connect.
    #[track_caller]
    pub fn tag_restricted_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags used to organize, track, or control access for this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SecurityProfile {
    type Attributes = SecurityProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::SecurityProfile"
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
/// The attributes of a `AWS::Connect::SecurityProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecurityProfileAttributes {
    /// `Fn::GetAtt` `SecurityProfileArn`.
    pub fn security_profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SecurityProfileArn")
    }
    /// `Fn::GetAtt` `LastModifiedRegion`.
    pub fn last_modified_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedRegion")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
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

/// The values CloudFormation documents: `MCP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `MCP`
    Mcp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mcp => "MCP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MCP"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// A first-party application's metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowModule {
    props: ::forma_core::schema::Props,
}
impl FlowModule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The identifier of the application that you want to give access to.
    ///
    /// Allowed: length 1 to 128.
    pub fn flow_module_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of the first-party application
    ///
    /// Allowed: length 1 to 128.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for FlowModule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FlowModule> for ::forma_core::Value<FlowModule> {
    fn from(v: FlowModule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_MODULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MCP`, `THIRD_PARTY_APPLICATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationType {
    /// `MCP`
    Mcp,
    /// `THIRD_PARTY_APPLICATION`
    ThirdPartyApplication,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mcp => "MCP",
            Self::ThirdPartyApplication => "THIRD_PARTY_APPLICATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MCP", "THIRD_PARTY_APPLICATION"]
    }
}
impl ::std::convert::From<ApplicationType> for ::forma_core::Value<ApplicationType> {
    fn from(v: ApplicationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationType {}

/// A third-party application's metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The permissions that the agent is granted on the application
    pub fn application_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Namespace of the application that you want to give access to.
    ///
    /// Allowed: length 1 to 128.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The type of the application.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<ApplicationType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Application {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Application> for ::forma_core::Value<Application> {
    fn from(v: Application) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_TYPE.properties))
    }
}

/// The `GranularAccessControlConfiguration` property type of `AWS::Connect::SecurityProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct GranularAccessControlConfiguration {
    props: ::forma_core::schema::Props,
}
impl GranularAccessControlConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines the access control configuration for data tables.
    pub fn data_table_access_control_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataTableAccessControlConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GranularAccessControlConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GranularAccessControlConfiguration>
    for ::forma_core::Value<GranularAccessControlConfiguration>
{
    fn from(v: GranularAccessControlConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRANULAR_ACCESS_CONTROL_CONFIGURATION_TYPE.properties))
    }
}

/// Defines the access control configuration for data tables.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTableAccessControlConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataTableAccessControlConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains the configuration for record-based access control.
    pub fn primary_attribute_access_control_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PrimaryAttributeAccessControlConfigurationItem>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataTableAccessControlConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataTableAccessControlConfiguration>
    for ::forma_core::Value<DataTableAccessControlConfiguration>
{
    fn from(v: DataTableAccessControlConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_TABLE_ACCESS_CONTROL_CONFIGURATION_TYPE.properties))
    }
}

/// Contains the configuration for record-based access control.
#[derive(Debug, Clone, PartialEq)]
pub struct PrimaryAttributeAccessControlConfigurationItem {
    props: ::forma_core::schema::Props,
}
impl PrimaryAttributeAccessControlConfigurationItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An array of PrimaryAttributeValue objects.
    pub fn primary_attribute_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrimaryAttributeValue>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrimaryAttributeAccessControlConfigurationItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrimaryAttributeAccessControlConfigurationItem>
    for ::forma_core::Value<PrimaryAttributeAccessControlConfigurationItem>
{
    fn from(v: PrimaryAttributeAccessControlConfigurationItem) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(PRIMARY_ATTRIBUTE_ACCESS_CONTROL_CONFIGURATION_ITEM_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `ALLOW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessType {
    /// `ALLOW`
    Allow,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "ALLOW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW"]
    }
}
impl ::std::convert::From<AccessType> for ::forma_core::Value<AccessType> {
    fn from(v: AccessType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessType {}

/// An object defining the access control for a specific attribute and its values.
#[derive(Debug, Clone, PartialEq)]
pub struct PrimaryAttributeValue {
    props: ::forma_core::schema::Props,
}
impl PrimaryAttributeValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the type of access granted.
    pub fn access_type(mut self, value: impl ::forma_core::schema::EnumArg<AccessType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The name of the primary attribute.
    ///
    /// Allowed: length 1 to 127.
    pub fn attribute_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An array of allowed primary values for the specified primary attribute.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrimaryAttributeValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrimaryAttributeValue> for ::forma_core::Value<PrimaryAttributeValue> {
    fn from(v: PrimaryAttributeValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIMARY_ATTRIBUTE_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::SecurityProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::SecurityProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedAccessControlHierarchyGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]*$"),
                min_length: Some(0),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "AllowedAccessControlTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowedFlowModules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FLOW_MODULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Applications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&APPLICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "GranularAccessControlConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRANULAR_ACCESS_CONTROL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HierarchyRestrictedResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecurityProfileName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9_@-]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagRestrictedResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
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
    attributes: &["SecurityProfileArn", "LastModifiedRegion", "LastModifiedTime"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::SecurityProfile.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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

static FLOW_MODULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::SecurityProfile.FlowModule",
    properties: &[
        ::forma_core::schema::Property {
            name: "FlowModuleId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MCP"]),
        },
    ],
    rules: &[],
};

static APPLICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::SecurityProfile.Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationPermissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MCP", "THIRD_PARTY_APPLICATION"]),
        },
    ],
    rules: &[],
};

static GRANULAR_ACCESS_CONTROL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::SecurityProfile.GranularAccessControlConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "DataTableAccessControlConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_TABLE_ACCESS_CONTROL_CONFIGURATION_TYPE),
        }],
        rules: &[],
    };

static DATA_TABLE_ACCESS_CONTROL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::SecurityProfile.DataTableAccessControlConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "PrimaryAttributeAccessControlConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRIMARY_ATTRIBUTE_ACCESS_CONTROL_CONFIGURATION_ITEM_TYPE),
        }],
        rules: &[],
    };

static PRIMARY_ATTRIBUTE_ACCESS_CONTROL_CONFIGURATION_ITEM_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::SecurityProfile.PrimaryAttributeAccessControlConfigurationItem",
        properties: &[::forma_core::schema::Property {
            name: "PrimaryAttributeValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRIMARY_ATTRIBUTE_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        }],
        rules: &[],
    };

static PRIMARY_ATTRIBUTE_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::SecurityProfile.PrimaryAttributeValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW"]),
        },
        ::forma_core::schema::Property {
            name: "AttributeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:|connect:)[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+$"),
                    min_length: Some(1),
                    max_length: Some(1000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
    ],
    rules: &[],
};
