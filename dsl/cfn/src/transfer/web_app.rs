// @generated from AWS::Transfer::WebApp (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transfer::WebApp` and its property types.

/// Resource Type definition for AWS::Transfer::WebApp
///
/// CloudFormation type `AWS::Transfer::WebApp`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebApp {
    props: ::forma_core::schema::Props,
}
impl WebApp {
    /// A new resource with its required properties: `IdentityProviderDetails`.
    #[track_caller]
    pub fn new(
        identity_provider_details: impl ::std::convert::Into<::forma_core::Value<IdentityProviderDetails>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, identity_provider_details.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The AccessEndpoint is the URL that you provide to your users for them to interact with the Transfer Family web app.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn access_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndpointDetails`.
    #[track_caller]
    pub fn endpoint_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<EndpointDetails>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to group and search for web apps.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WebAppCustomization`.
    #[track_caller]
    pub fn web_app_customization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WebAppCustomization>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WebAppEndpointPolicy`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn web_app_endpoint_policy(mut self, value: impl ::forma_core::schema::EnumArg<WebAppEndpointPolicy>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WebAppUnits`.
    #[track_caller]
    pub fn web_app_units(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WebApp {
    type Attributes = WebAppAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transfer::WebApp"
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
/// The attributes of a `AWS::Transfer::WebApp` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WebAppAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WebAppAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WebAppAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `WebAppId`.
    pub fn web_app_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WebAppId")
    }
    /// `Fn::GetAtt` `IdentityProviderDetails.ApplicationArn`.
    pub fn identity_provider_details_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityProviderDetails.ApplicationArn")
    }
    /// `Fn::GetAtt` `VpcEndpointId`.
    pub fn vpc_endpoint_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpointId")
    }
}

/// The values CloudFormation documents: `STANDARD`, `FIPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebAppEndpointPolicy {
    /// `STANDARD`
    Standard,
    /// `FIPS`
    Fips,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WebAppEndpointPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Fips => "FIPS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "FIPS"]
    }
}
impl ::std::convert::From<WebAppEndpointPolicy> for ::forma_core::Value<WebAppEndpointPolicy> {
    fn from(v: WebAppEndpointPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WebAppEndpointPolicy {}

/// The `EndpointDetails` property type of `AWS::Transfer::WebApp`.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointDetails {
    props: ::forma_core::schema::Props,
}
impl EndpointDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// You can provide a structure that contains the details for the VPC endpoint to use with your web app.
    pub fn vpc(mut self, value: impl ::std::convert::Into<::forma_core::Value<Vpc>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EndpointDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EndpointDetails> for ::forma_core::Value<EndpointDetails> {
    fn from(v: EndpointDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_DETAILS_TYPE.properties))
    }
}

/// You can provide a structure that contains the details for the identity provider to use with your web app.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityProviderDetails {
    props: ::forma_core::schema::Props,
}
impl IdentityProviderDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApplicationArn`.
    ///
    /// Allowed: length 10 to 1224.
    pub fn application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) for the IAM Identity Center used for the web app.
    ///
    /// Allowed: length 10 to 1224.
    pub fn instance_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The IAM role in IAM Identity Center used for the web app.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IdentityProviderDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IdentityProviderDetails> for ::forma_core::Value<IdentityProviderDetails> {
    fn from(v: IdentityProviderDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_PROVIDER_DETAILS_TYPE.properties))
    }
}

/// Key-value pair that can be used to group and search for web apps.
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

/// The `WebAppCustomization` property type of `AWS::Transfer::WebApp`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebAppCustomization {
    props: ::forma_core::schema::Props,
}
impl WebAppCustomization {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies a favicon to display in the browser tab.
    ///
    /// Allowed: length 1 to 20960.
    pub fn favicon_file(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies a logo to display on the web app.
    ///
    /// Allowed: length 1 to 51200.
    pub fn logo_file(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies a title to display on the web app.
    ///
    /// Allowed: length 0 to 100.
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebAppCustomization {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebAppCustomization> for ::forma_core::Value<WebAppCustomization> {
    fn from(v: WebAppCustomization) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEB_APP_CUSTOMIZATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IPV4`, `DUALSTACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `IPV4`
    Ipv4,
    /// `DUALSTACK`
    Dualstack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Dualstack => "DUALSTACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "DUALSTACK"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// You can provide a structure that contains the details for the VPC endpoint to use with your web app.
#[derive(Debug, Clone, PartialEq)]
pub struct Vpc {
    props: ::forma_core::schema::Props,
}
impl Vpc {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IP address type for the VPC endpoint used by the web app.
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `VpcId`.
    ///
    /// Allowed: length 12 to 21.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Vpc {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Vpc> for ::forma_core::Value<Vpc> {
    fn from(v: Vpc) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_TYPE.properties))
    }
}

/// The schema of `AWS::Transfer::WebApp`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Transfer::WebApp",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENDPOINT_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderDetails",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_PROVIDER_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WebAppCustomization",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEB_APP_CUSTOMIZATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WebAppEndpointPolicy",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "FIPS"]),
        },
        ::forma_core::schema::Property {
            name: "WebAppUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["Arn", "WebAppId", "IdentityProviderDetails.ApplicationArn", "VpcEndpointId"],
};

static ENDPOINT_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::WebApp.EndpointDetails",
    properties: &[::forma_core::schema::Property {
        name: "Vpc",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VPC_TYPE),
    }],
    rules: &[],
};

static IDENTITY_PROVIDER_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::WebApp.IdentityProviderDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:sso::\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}$"),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z-]+:iam::[0-9]{12}:role[:/]\\S+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::WebApp.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
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

static WEB_APP_CUSTOMIZATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::WebApp.WebAppCustomization",
    properties: &[
        ::forma_core::schema::Property {
            name: "FaviconFile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(20960),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogoFile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(51200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static VPC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::WebApp.Vpc",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUALSTACK"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-f]{8,17}$"),
                    min_length: Some(11),
                    max_length: Some(20),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-f]{8,17}$"),
                    min_length: Some(15),
                    max_length: Some(24),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-[0-9a-f]{8,17}$"),
                min_length: Some(12),
                max_length: Some(21),
            }),
        },
    ],
    rules: &[],
};
