// @generated from AWS::NimbleStudio::Studio (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NimbleStudio::Studio` and its property types.

/// Represents a studio that contains other Nimble Studio resources
///
/// CloudFormation type `AWS::NimbleStudio::Studio`.
#[derive(Debug, Clone, PartialEq)]
pub struct Studio {
    props: ::forma_core::schema::Props,
}
impl Studio {
    /// A new resource with its required properties: `AdminRoleArn`, `DisplayName`, `StudioName`, `UserRoleArn`.
    #[track_caller]
    pub fn new(
        admin_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        studio_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, admin_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, studio_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, user_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// <p>Configuration of the encryption method that is used for the studio.</p>
    #[track_caller]
    pub fn studio_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StudioEncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Studio {
    type Attributes = StudioAttributes;
    fn type_name(&self) -> &str {
        "AWS::NimbleStudio::Studio"
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
/// The attributes of a `AWS::NimbleStudio::Studio` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StudioAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StudioAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StudioAttributes {
    /// `Fn::GetAtt` `HomeRegion`.
    pub fn home_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HomeRegion")
    }
    /// `Fn::GetAtt` `SsoClientId`.
    pub fn sso_client_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SsoClientId")
    }
    /// `Fn::GetAtt` `StudioId`.
    pub fn studio_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StudioId")
    }
    /// `Fn::GetAtt` `StudioUrl`.
    pub fn studio_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StudioUrl")
    }
}

/// The values CloudFormation documents: `AWS_OWNED_KEY`, `CUSTOMER_MANAGED_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StudioEncryptionConfigurationKeyType {
    /// `AWS_OWNED_KEY`
    AwsOwnedKey,
    /// `CUSTOMER_MANAGED_KEY`
    CustomerManagedKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StudioEncryptionConfigurationKeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsOwnedKey => "AWS_OWNED_KEY",
            Self::CustomerManagedKey => "CUSTOMER_MANAGED_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"]
    }
}
impl ::std::convert::From<StudioEncryptionConfigurationKeyType>
    for ::forma_core::Value<StudioEncryptionConfigurationKeyType>
{
    fn from(v: StudioEncryptionConfigurationKeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StudioEncryptionConfigurationKeyType {}

/// <p>Configuration of the encryption method that is used for the studio.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct StudioEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl StudioEncryptionConfiguration {
    /// A new value with its required properties: `KeyType`.
    pub fn new(key_type: impl ::forma_core::schema::EnumArg<StudioEncryptionConfigurationKeyType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, key_type.into_enum_expr());
        Self { props }
    }
    /// <p>The ARN for a KMS key that is used to encrypt studio data.</p>
    ///
    /// Allowed: length 4 to any.
    pub fn key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StudioEncryptionConfiguration> for ::forma_core::Value<StudioEncryptionConfiguration> {
    fn from(v: StudioEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STUDIO_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::NimbleStudio::Studio`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NimbleStudio::Studio",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdminRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "StudioEncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STUDIO_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StudioName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]*$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "UserRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["HomeRegion", "SsoClientId", "StudioId", "StudioUrl"],
};

static STUDIO_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NimbleStudio::Studio.StudioEncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*"),
                min_length: Some(4),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY"]),
        },
    ],
    rules: &[],
};
