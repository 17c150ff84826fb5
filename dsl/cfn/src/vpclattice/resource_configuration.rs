// @generated from AWS::VpcLattice::ResourceConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VpcLattice::ResourceConfiguration` and its property types.

/// VpcLattice ResourceConfiguration CFN resource
///
/// CloudFormation type `AWS::VpcLattice::ResourceConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl ResourceConfiguration {
    /// A new resource with its required properties: `Name`, `ResourceConfigurationType`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_configuration_type: impl ::forma_core::schema::EnumArg<ResourceConfigurationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, resource_configuration_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AllowAssociationToSharableServiceNetwork`.
    #[track_caller]
    pub fn allow_association_to_sharable_service_network(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomDomainName`.
    ///
    /// Allowed: length 3 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn custom_domain_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainVerificationId`.
    ///
    /// Allowed: length 20 to 20.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_verification_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GroupDomain`.
    ///
    /// Allowed: length 3 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn group_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PortRanges`.
    #[track_caller]
    pub fn port_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProtocolType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn protocol_type(mut self, value: impl ::forma_core::schema::EnumArg<ProtocolType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceConfigurationAuthType`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_configuration_auth_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ResourceConfigurationAuthType>,
    ) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceConfigurationDefinition`.
    #[track_caller]
    pub fn resource_configuration_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceConfigurationGroupId`.
    ///
    /// Allowed: length 22 to 22.
    #[track_caller]
    pub fn resource_configuration_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceGatewayId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_gateway_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResourceConfiguration {
    type Attributes = ResourceConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::VpcLattice::ResourceConfiguration"
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
/// The attributes of a `AWS::VpcLattice::ResourceConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourceConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourceConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourceConfigurationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `TCP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProtocolType {
    /// `TCP`
    Tcp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProtocolType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TCP"]
    }
}
impl ::std::convert::From<ProtocolType> for ::forma_core::Value<ProtocolType> {
    fn from(v: ProtocolType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProtocolType {}

/// The values CloudFormation documents: `NONE`, `AWS_IAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceConfigurationAuthType {
    /// `NONE`
    None,
    /// `AWS_IAM`
    AwsIam,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceConfigurationAuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::AwsIam => "AWS_IAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "AWS_IAM"]
    }
}
impl ::std::convert::From<ResourceConfigurationAuthType> for ::forma_core::Value<ResourceConfigurationAuthType> {
    fn from(v: ResourceConfigurationAuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceConfigurationAuthType {}

/// The values CloudFormation documents: `GROUP`, `CHILD`, `SINGLE`, `ARN`, `CIDR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceConfigurationType {
    /// `GROUP`
    Group,
    /// `CHILD`
    Child,
    /// `SINGLE`
    Single,
    /// `ARN`
    Arn,
    /// `CIDR`
    Cidr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "GROUP",
            Self::Child => "CHILD",
            Self::Single => "SINGLE",
            Self::Arn => "ARN",
            Self::Cidr => "CIDR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GROUP", "CHILD", "SINGLE", "ARN", "CIDR"]
    }
}
impl ::std::convert::From<ResourceConfigurationType> for ::forma_core::Value<ResourceConfigurationType> {
    fn from(v: ResourceConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceConfigurationType {}

/// The `Tag` property type of `AWS::VpcLattice::ResourceConfiguration`.
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
    /// `Value`.
    ///
    /// Allowed: length 1 to 256.
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

/// The schema of `AWS::VpcLattice::ResourceConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::VpcLattice::ResourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowAssociationToSharableServiceNetwork",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CustomDomainName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainVerificationId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^dv-[a-fA-F0-9]{17}$"),
                min_length: Some(20),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupDomain",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!rcfg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$"),
                min_length: Some(3),
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortRanges",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^((\\d{1,5}\\-\\d{1,5})|(\\d+))$"),
                    min_length: Some(1),
                    max_length: Some(11),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProtocolType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["TCP"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceConfigurationAuthType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "AWS_IAM"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceConfigurationDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ResourceConfigurationGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^rcfg-[0-9a-z]{17}$"),
                min_length: Some(22),
                max_length: Some(22),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceConfigurationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["GROUP", "CHILD", "SINGLE", "ARN", "CIDR"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceGatewayId",
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::ResourceConfiguration.Tag",
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
            required: false,
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
