// @generated from AWS::AppConfig::ConfigurationProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppConfig::ConfigurationProfile` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::AppConfig::ConfigurationProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationProfile {
    props: ::forma_core::schema::Props,
}
impl ConfigurationProfile {
    /// A new resource with its required properties: `ApplicationId`, `LocationUri`, `Name`.
    #[track_caller]
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        location_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, location_uri.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// On resource deletion this controls whether the Deletion Protection check should be applied, bypassed, or (the default) whether the behavior should be controlled by the account-level Deletion Protection setting.
    #[track_caller]
    pub fn deletion_protection_check(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DeletionProtectionCheck>,
    ) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the configuration profile.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS Key Management Service key identifier (key ID, key alias, or key ARN) provided when the resource was created or updated.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn kms_key_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of an IAM role with permission to access the configuration at the specified LocationUri.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn retrieval_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata to assign to the configuration profile.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of configurations contained in the profile.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of methods for validating the configuration.
    #[track_caller]
    pub fn validators(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Validators>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfigurationProfile {
    type Attributes = ConfigurationProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppConfig::ConfigurationProfile"
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
/// The attributes of a `AWS::AppConfig::ConfigurationProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationProfileAttributes {
    /// `Fn::GetAtt` `ConfigurationProfileId`.
    pub fn configuration_profile_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationProfileId")
    }
    /// `Fn::GetAtt` `KmsKeyArn`.
    pub fn kms_key_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KmsKeyArn")
    }
}

/// The values CloudFormation documents: `ACCOUNT_DEFAULT`, `APPLY`, `BYPASS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeletionProtectionCheck {
    /// `ACCOUNT_DEFAULT`
    AccountDefault,
    /// `APPLY`
    Apply,
    /// `BYPASS`
    Bypass,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeletionProtectionCheck {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountDefault => "ACCOUNT_DEFAULT",
            Self::Apply => "APPLY",
            Self::Bypass => "BYPASS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACCOUNT_DEFAULT", "APPLY", "BYPASS"]
    }
}
impl ::std::convert::From<DeletionProtectionCheck> for ::forma_core::Value<DeletionProtectionCheck> {
    fn from(v: DeletionProtectionCheck) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeletionProtectionCheck {}

/// Metadata to assign to the configuration profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key-value string map.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The tag value can be up to 256 characters.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tags {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `JSON_SCHEMA`, `LAMBDA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `JSON_SCHEMA`
    JsonSchema,
    /// `LAMBDA`
    Lambda,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JsonSchema => "JSON_SCHEMA",
            Self::Lambda => "LAMBDA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JSON_SCHEMA", "LAMBDA"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// A list of methods for validating the configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Validators {
    props: ::forma_core::schema::Props,
}
impl Validators {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Either the JSON Schema content or the Amazon Resource Name (ARN) of an Lambda function.
    ///
    /// Allowed: length 0 to 32768.
    pub fn content(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// AWS AppConfig supports validators of type JSON_SCHEMA and LAMBDA.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Validators {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Validators> for ::forma_core::Value<Validators> {
    fn from(v: Validators) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDATORS_TYPE.properties))
    }
}

/// The schema of `AWS::AppConfig::ConfigurationProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppConfig::ConfigurationProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z0-9]{4,7}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtectionCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACCOUNT_DEFAULT", "APPLY", "BYPASS"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LocationUri",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetrievalRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^((arn):(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov|aws-eusc):(iam)::\\d{12}:role[/].*)$",
                ),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z\\.]+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Validators",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VALIDATORS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ConfigurationProfileId", "KmsKeyArn"],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppConfig::ConfigurationProfile.Tags",
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

static VALIDATORS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppConfig::ConfigurationProfile.Validators",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32768),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JSON_SCHEMA", "LAMBDA"]),
        },
    ],
    rules: &[],
};
