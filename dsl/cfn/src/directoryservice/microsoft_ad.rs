// @generated from AWS::DirectoryService::MicrosoftAD (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DirectoryService::MicrosoftAD` and its property types.

/// Resource Type definition for AWS::DirectoryService::MicrosoftAD
///
/// CloudFormation type `AWS::DirectoryService::MicrosoftAD`.
#[derive(Debug, Clone, PartialEq)]
pub struct MicrosoftAd {
    props: ::forma_core::schema::Props,
}
impl MicrosoftAd {
    /// A new resource with its required properties: `Name`, `VpcSettings`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_settings: impl ::std::convert::Into<::forma_core::Value<VpcSettings>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, vpc_settings.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies an alias for a directory and assigns the alias to the directory.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn create_alias(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// AWS Managed Microsoft AD is available in two editions: Standard and Enterprise.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn edition(mut self, value: impl ::forma_core::schema::EnumArg<Edition>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to enable single sign-on for a Microsoft Active Directory in AWS.
    #[track_caller]
    pub fn enable_sso(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The password for the default administrative user named Admin.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The NetBIOS name for your domain, such as CORP.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn short_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MicrosoftAd {
    type Attributes = MicrosoftAdAttributes;
    fn type_name(&self) -> &str {
        "AWS::DirectoryService::MicrosoftAD"
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
/// The attributes of a `AWS::DirectoryService::MicrosoftAD` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MicrosoftAdAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MicrosoftAdAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MicrosoftAdAttributes {
    /// `Fn::GetAtt` `Alias`.
    pub fn alias(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Alias")
    }
    /// `Fn::GetAtt` `DnsIpAddresses`.
    pub fn dns_ip_addresses(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DnsIpAddresses")
    }
    /// `Fn::GetAtt` `DirectoryId`.
    pub fn directory_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DirectoryId")
    }
}

/// The values CloudFormation documents: `Enterprise`, `Standard`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Edition {
    /// `Enterprise`
    Enterprise,
    /// `Standard`
    Standard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Edition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enterprise => "Enterprise",
            Self::Standard => "Standard",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enterprise", "Standard"]
    }
}
impl ::std::convert::From<Edition> for ::forma_core::Value<Edition> {
    fn from(v: Edition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Edition {}

/// Contains VPC information for the CreateDirectory or CreateMicrosoftAD operation
#[derive(Debug, Clone, PartialEq)]
pub struct VpcSettings {
    props: ::forma_core::schema::Props,
}
impl VpcSettings {
    /// A new value with its required properties: `SubnetIds`, `VpcId`.
    pub fn new(
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, subnet_ids.into().into_expr());
        props.set(1, vpc_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcSettings> for ::forma_core::Value<VpcSettings> {
    fn from(v: VpcSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_SETTINGS_TYPE.properties))
    }
}

/// The schema of `AWS::DirectoryService::MicrosoftAD`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DirectoryService::MicrosoftAD",
properties: &[
::forma_core::schema::Property { name: "CreateAlias", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Edition", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["Enterprise", "Standard"]) },
::forma_core::schema::Property { name: "EnableSso", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-zA-Z0-9]+[\\\\.-])+([a-zA-Z0-9])+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Password", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?=^.{8,64}$)((?=.*\\d)(?=.*[A-Z])(?=.*[a-z])|(?=.*\\d)(?=.*[^A-Za-z0-9\\s])(?=.*[a-z])|(?=.*[^A-Za-z0-9\\s])(?=.*[A-Z])(?=.*[a-z])|(?=.*\\d)(?=.*[A-Z])(?=.*[^A-Za-z0-9\\s]))^"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ShortName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\\\/:*?\"<>|.]+[^\\\\/:*?\"<>|]*$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "VpcSettings", required: true, create_only: true, shape: ::forma_core::schema::Shape::Object(&VPC_SETTINGS_TYPE) },
],
rules: &[],
attributes: &["Alias", "DnsIpAddresses", "DirectoryId"],
};

static VPC_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DirectoryService::MicrosoftAD.VpcSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(vpc-[0-9a-f]{8}|vpc-[0-9a-f]{17})$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
