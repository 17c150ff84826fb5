// @generated from AWS::FinSpace::Environment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FinSpace::Environment` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::FinSpace::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    props: ::forma_core::schema::Props,
}
impl Environment {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// ARNs of FinSpace Data Bundles to install
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_bundles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the Environment
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Federation mode used with the Environment
    #[track_caller]
    pub fn federation_mode(mut self, value: impl ::forma_core::schema::EnumArg<FederationMode>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Additional parameters to identify Federation mode
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn federation_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FederationParameters>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// KMS key used to encrypt customer data within FinSpace Environment infrastructure
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Parameters of the first Superuser for the FinSpace Environment
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn superuser_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SuperuserParameters>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Environment {
    type Attributes = EnvironmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::FinSpace::Environment"
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
/// The attributes of a `AWS::FinSpace::Environment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EnvironmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EnvironmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EnvironmentAttributes {
    /// `Fn::GetAtt` `EnvironmentId`.
    pub fn environment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `SageMakerStudioDomainUrl`.
    pub fn sage_maker_studio_domain_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SageMakerStudioDomainUrl")
    }
    /// `Fn::GetAtt` `EnvironmentArn`.
    pub fn environment_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentArn")
    }
    /// `Fn::GetAtt` `EnvironmentUrl`.
    pub fn environment_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentUrl")
    }
    /// `Fn::GetAtt` `AwsAccountId`.
    pub fn aws_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AwsAccountId")
    }
    /// `Fn::GetAtt` `DedicatedServiceAccountId`.
    pub fn dedicated_service_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DedicatedServiceAccountId")
    }
}

/// The values CloudFormation documents: `LOCAL`, `FEDERATED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FederationMode {
    /// `LOCAL`
    Local,
    /// `FEDERATED`
    Federated,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FederationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "LOCAL",
            Self::Federated => "FEDERATED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOCAL", "FEDERATED"]
    }
}
impl ::std::convert::From<FederationMode> for ::forma_core::Value<FederationMode> {
    fn from(v: FederationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FederationMode {}

/// Additional parameters to identify Federation mode
#[derive(Debug, Clone, PartialEq)]
pub struct FederationParameters {
    props: ::forma_core::schema::Props,
}
impl FederationParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// SAML metadata URL to link with the Environment
    pub fn application_call_back_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Attribute map for SAML configuration
    pub fn attribute_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FederationParametersAttributeMap>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Federation provider name to link with the Environment
    ///
    /// Allowed: length 1 to 32.
    pub fn federation_provider_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// SAML metadata URL to link with the Environment
    pub fn federation_urn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// SAML metadata document to link the federation provider to the Environment
    ///
    /// Allowed: length 1000 to 10000000.
    pub fn saml_metadata_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// SAML metadata URL to link with the Environment
    pub fn saml_metadata_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FederationParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FederationParameters> for ::forma_core::Value<FederationParameters> {
    fn from(v: FederationParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEDERATION_PARAMETERS_TYPE.properties))
    }
}

/// Parameters of the first Superuser for the FinSpace Environment
#[derive(Debug, Clone, PartialEq)]
pub struct SuperuserParameters {
    props: ::forma_core::schema::Props,
}
impl SuperuserParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Email address
    ///
    /// Allowed: length 1 to 128.
    pub fn email_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// First name
    ///
    /// Allowed: length 1 to 50.
    pub fn first_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Last name
    ///
    /// Allowed: length 1 to 50.
    pub fn last_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SuperuserParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SuperuserParameters> for ::forma_core::Value<SuperuserParameters> {
    fn from(v: SuperuserParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUPERUSER_PARAMETERS_TYPE.properties))
    }
}

/// A list of all tags for a resource.
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

/// The `FederationParametersAttributeMap` property type of `AWS::FinSpace::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct FederationParametersAttributeMap {
    props: ::forma_core::schema::Props,
}
impl FederationParametersAttributeMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key name of the tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FederationParametersAttributeMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FederationParametersAttributeMap> for ::forma_core::Value<FederationParametersAttributeMap> {
    fn from(v: FederationParametersAttributeMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEDERATION_PARAMETERS_ATTRIBUTE_MAP_TYPE.properties))
    }
}

/// The schema of `AWS::FinSpace::Environment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FinSpace::Environment",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataBundles",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws:finspace:[A-Za-z0-9_/.-]{0,63}:\\d*:data-bundle/[0-9A-Za-z_-]{1,128}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9. ]{1,1000}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FederationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LOCAL", "FEDERATED"]),
        },
        ::forma_core::schema::Property {
            name: "FederationParameters",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&FEDERATION_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z-0-9-:\\/]{1,1000}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+[a-zA-Z0-9-]*[a-zA-Z0-9]{1,255}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SuperuserParameters",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SUPERUSER_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "EnvironmentId",
        "Status",
        "SageMakerStudioDomainUrl",
        "EnvironmentArn",
        "EnvironmentUrl",
        "AwsAccountId",
        "DedicatedServiceAccountId",
    ],
};

static FEDERATION_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FinSpace::Environment.FederationParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationCallBackURL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https?://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]{1,1000}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AttributeMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FEDERATION_PARAMETERS_ATTRIBUTE_MAP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FederationProviderName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "FederationURN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SamlMetadataDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1000),
                max_length: Some(10000000),
            }),
        },
        ::forma_core::schema::Property {
            name: "SamlMetadataURL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https?://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]{1,1000}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SUPERUSER_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FinSpace::Environment.SuperuserParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmailAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Z0-9a-z._%+-]+@[A-Za-z0-9.-]+[.]+[A-Za-z]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirstName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]{1,50}$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]{1,50}$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FinSpace::Environment.Tag",
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

static FEDERATION_PARAMETERS_ATTRIBUTE_MAP_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::FinSpace::Environment.FederationParametersAttributeMap",
        properties: &[
            ::forma_core::schema::Property {
                name: "Key",
                required: false,
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
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };
