// @generated from AWS::DataSync::LocationNFS (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataSync::LocationNFS` and its property types.

/// Resource schema for AWS::DataSync::LocationNFS
///
/// CloudFormation type `AWS::DataSync::LocationNFS`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationNfs {
    props: ::forma_core::schema::Props,
}
impl LocationNfs {
    /// A new resource with its required properties: `OnPremConfig`.
    #[track_caller]
    pub fn new(on_prem_config: impl ::std::convert::Into<::forma_core::Value<OnPremConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, on_prem_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The NFS mount options that DataSync can use to mount your NFS share.
    #[track_caller]
    pub fn mount_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<MountOptions>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the NFS server.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn server_hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The subdirectory in the NFS file system that is used to read data from the NFS source location or write data to the NFS destination.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn subdirectory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocationNfs {
    type Attributes = LocationNfsAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataSync::LocationNFS"
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
/// The attributes of a `AWS::DataSync::LocationNFS` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocationNfsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocationNfsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocationNfsAttributes {
    /// `Fn::GetAtt` `LocationArn`.
    pub fn location_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationArn")
    }
    /// `Fn::GetAtt` `LocationUri`.
    pub fn location_uri(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationUri")
    }
}

/// The values CloudFormation documents: `AUTOMATIC`, `NFS3`, `NFS4_0`, `NFS4_1`, `NFS4_2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Version {
    /// `AUTOMATIC`
    Automatic,
    /// `NFS3`
    Nfs3,
    /// `NFS4_0`
    Nfs40,
    /// `NFS4_1`
    Nfs41,
    /// `NFS4_2`
    Nfs42,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Version {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "AUTOMATIC",
            Self::Nfs3 => "NFS3",
            Self::Nfs40 => "NFS4_0",
            Self::Nfs41 => "NFS4_1",
            Self::Nfs42 => "NFS4_2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC", "NFS3", "NFS4_0", "NFS4_1", "NFS4_2"]
    }
}
impl ::std::convert::From<Version> for ::forma_core::Value<Version> {
    fn from(v: Version) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Version {}

/// The NFS mount options that DataSync can use to mount your NFS share.
#[derive(Debug, Clone, PartialEq)]
pub struct MountOptions {
    props: ::forma_core::schema::Props,
}
impl MountOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The specific NFS version that you want DataSync to use to mount your NFS share.
    pub fn version(mut self, value: impl ::forma_core::schema::EnumArg<Version>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MountOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MountOptions> for ::forma_core::Value<MountOptions> {
    fn from(v: MountOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MOUNT_OPTIONS_TYPE.properties))
    }
}

/// Contains a list of Amazon Resource Names (ARNs) of agents that are used to connect an NFS server.
#[derive(Debug, Clone, PartialEq)]
pub struct OnPremConfig {
    props: ::forma_core::schema::Props,
}
impl OnPremConfig {
    /// A new value with its required properties: `AgentArns`.
    pub fn new(
        agent_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agent_arns.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OnPremConfig> for ::forma_core::Value<OnPremConfig> {
    fn from(v: OnPremConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ON_PREM_CONFIG_TYPE.properties))
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

/// The schema of `AWS::DataSync::LocationNFS`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataSync::LocationNFS",
    properties: &[
        ::forma_core::schema::Property {
            name: "MountOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MOUNT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OnPremConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ON_PREM_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerHostname",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Subdirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["LocationArn", "LocationUri"],
};

static MOUNT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationNFS.MountOptions",
    properties: &[::forma_core::schema::Property {
        name: "Version",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "NFS3", "NFS4_0", "NFS4_1", "NFS4_2"]),
    }],
    rules: &[],
};

static ON_PREM_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationNFS.OnPremConfig",
properties: &[
::forma_core::schema::Property { name: "AgentArns", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$"), min_length: Some(0), max_length: Some(128) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(8) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationNFS.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:@/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
