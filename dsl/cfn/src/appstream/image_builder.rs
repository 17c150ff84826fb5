// @generated from AWS::AppStream::ImageBuilder (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::ImageBuilder` and its property types.

/// Resource Type definition for AWS::AppStream::ImageBuilder
///
/// CloudFormation type `AWS::AppStream::ImageBuilder`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageBuilder {
    props: ::forma_core::schema::Props,
}
impl ImageBuilder {
    /// A new resource with its required properties: `InstanceType`, `Name`.
    ///
    /// CloudFormation also needs at least one of `ImageName` or `ImageArn`.
    #[track_caller]
    pub fn new(
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(10, instance_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccessEndpoints`.
    #[track_caller]
    pub fn access_endpoints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessEndpoint>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AppstreamAgentVersion`.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn appstream_agent_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisableIMDSV1`.
    #[track_caller]
    pub fn disable_imdsv1(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisplayName`.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainJoinInfo`.
    #[track_caller]
    pub fn domain_join_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<DomainJoinInfo>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnableDefaultInternetAccess`.
    #[track_caller]
    pub fn enable_default_internet_access(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IamRoleArn`.
    #[track_caller]
    pub fn iam_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ImageArn`.
    #[track_caller]
    pub fn image_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ImageName`.
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn image_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RootVolumeConfig`.
    #[track_caller]
    pub fn root_volume_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VolumeConfig>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SoftwaresToInstall`.
    #[track_caller]
    pub fn softwares_to_install(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SoftwaresToUninstall`.
    #[track_caller]
    pub fn softwares_to_uninstall(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcConfig`.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ImageBuilder {
    type Attributes = ImageBuilderAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::ImageBuilder"
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
/// The attributes of a `AWS::AppStream::ImageBuilder` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ImageBuilderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ImageBuilderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ImageBuilderAttributes {
    /// `Fn::GetAtt` `StreamingUrl`.
    pub fn streaming_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StreamingUrl")
    }
}

/// The values CloudFormation documents: `STREAMING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointType {
    /// `STREAMING`
    Streaming,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Streaming => "STREAMING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STREAMING"]
    }
}
impl ::std::convert::From<EndpointType> for ::forma_core::Value<EndpointType> {
    fn from(v: EndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointType {}

/// The `AccessEndpoint` property type of `AWS::AppStream::ImageBuilder`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessEndpoint {
    props: ::forma_core::schema::Props,
}
impl AccessEndpoint {
    /// A new value with its required properties: `EndpointType`, `VpceId`.
    pub fn new(
        endpoint_type: impl ::forma_core::schema::EnumArg<EndpointType>,
        vpce_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, endpoint_type.into_enum_expr());
        props.set(1, vpce_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessEndpoint> for ::forma_core::Value<AccessEndpoint> {
    fn from(v: AccessEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_ENDPOINT_TYPE.properties))
    }
}

/// The `DomainJoinInfo` property type of `AWS::AppStream::ImageBuilder`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainJoinInfo {
    props: ::forma_core::schema::Props,
}
impl DomainJoinInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DirectoryName`.
    pub fn directory_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OrganizationalUnitDistinguishedName`.
    ///
    /// Allowed: length 0 to 2000.
    pub fn organizational_unit_distinguished_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DomainJoinInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DomainJoinInfo> for ::forma_core::Value<DomainJoinInfo> {
    fn from(v: DomainJoinInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOMAIN_JOIN_INFO_TYPE.properties))
    }
}

/// The `VolumeConfig` property type of `AWS::AppStream::ImageBuilder`.
#[derive(Debug, Clone, PartialEq)]
pub struct VolumeConfig {
    props: ::forma_core::schema::Props,
}
impl VolumeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `VolumeSizeInGb`.
    pub fn volume_size_in_gb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VolumeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VolumeConfig> for ::forma_core::Value<VolumeConfig> {
    fn from(v: VolumeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOLUME_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppStream::ImageBuilder`.
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

/// The `VpcConfig` property type of `AWS::AppStream::ImageBuilder`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppStream::ImageBuilder`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::AppStream::ImageBuilder",
properties: &[
::forma_core::schema::Property { name: "AccessEndpoints", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ACCESS_ENDPOINT_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) }) },
::forma_core::schema::Property { name: "AppstreamAgentVersion", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "DisableIMDSV1", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "DisplayName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(100) }) },
::forma_core::schema::Property { name: "DomainJoinInfo", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DOMAIN_JOIN_INFO_TYPE) },
::forma_core::schema::Property { name: "EnableDefaultInternetAccess", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "IamRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ImageArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ImageName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }) },
::forma_core::schema::Property { name: "InstanceType", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }) },
::forma_core::schema::Property { name: "RootVolumeConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VOLUME_CONFIG_TYPE) },
::forma_core::schema::Property { name: "SoftwaresToInstall", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "SoftwaresToUninstall", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: None }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "VpcConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE) },
],
rules: &[::forma_core::schema::Combination::AnyOf(&[&["ImageName"], &["ImageArn"]])],
attributes: &["StreamingUrl"],
};

static ACCESS_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::ImageBuilder.AccessEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STREAMING"]),
        },
        ::forma_core::schema::Property {
            name: "VpceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static DOMAIN_JOIN_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::ImageBuilder.DomainJoinInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "DirectoryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OrganizationalUnitDistinguishedName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
    ],
    rules: &[],
};

static VOLUME_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::ImageBuilder.VolumeConfig",
    properties: &[::forma_core::schema::Property {
        name: "VolumeSizeInGb",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::ImageBuilder.Tag",
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

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::ImageBuilder.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
