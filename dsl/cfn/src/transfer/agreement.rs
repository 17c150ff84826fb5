// @generated from AWS::Transfer::Agreement (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transfer::Agreement` and its property types.

/// Resource Type definition for AWS::Transfer::Agreement
///
/// CloudFormation type `AWS::Transfer::Agreement`.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    props: ::forma_core::schema::Props,
}
impl Agreement {
    /// A new resource with its required properties: `AccessRole`, `LocalProfileId`, `PartnerProfileId`, `ServerId`.
    #[track_caller]
    pub fn new(
        access_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        local_profile_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        partner_profile_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        server_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, access_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, local_profile_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, partner_profile_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, server_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies the base directory for the agreement.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn base_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a separate directory for each type of file to store for an AS2 message.
    #[track_caller]
    pub fn custom_directories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomDirectories>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A textual description for the agreement.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to enforce an AS2 message is signed for this agreement.
    #[track_caller]
    pub fn enforce_message_signing(mut self, value: impl ::forma_core::schema::EnumArg<EnforceMessageSigning>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to preserve the filename received for this agreement.
    #[track_caller]
    pub fn preserve_filename(mut self, value: impl ::forma_core::schema::EnumArg<PreserveFilename>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the status of the agreement.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to group and search for agreements.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Agreement {
    type Attributes = AgreementAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transfer::Agreement"
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
/// The attributes of a `AWS::Transfer::Agreement` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AgreementAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AgreementAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AgreementAttributes {
    /// `Fn::GetAtt` `AgreementId`.
    pub fn agreement_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgreementId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnforceMessageSigning {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnforceMessageSigning {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<EnforceMessageSigning> for ::forma_core::Value<EnforceMessageSigning> {
    fn from(v: EnforceMessageSigning) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnforceMessageSigning {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreserveFilename {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreserveFilename {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<PreserveFilename> for ::forma_core::Value<PreserveFilename> {
    fn from(v: PreserveFilename) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreserveFilename {}

/// The values CloudFormation documents: `ACTIVE`, `INACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "INACTIVE"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Specifies a separate directory for each type of file to store for an AS2 message.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomDirectories {
    props: ::forma_core::schema::Props,
}
impl CustomDirectories {
    /// A new value with its required properties: `FailedFilesDirectory`, `MdnFilesDirectory`, `PayloadFilesDirectory`, `StatusFilesDirectory`, `TemporaryFilesDirectory`.
    pub fn new(
        failed_files_directory: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        mdn_files_directory: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        payload_files_directory: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        status_files_directory: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        temporary_files_directory: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, failed_files_directory.into().into_expr());
        props.set(1, mdn_files_directory.into().into_expr());
        props.set(2, payload_files_directory.into().into_expr());
        props.set(3, status_files_directory.into().into_expr());
        props.set(4, temporary_files_directory.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomDirectories> for ::forma_core::Value<CustomDirectories> {
    fn from(v: CustomDirectories) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_DIRECTORIES_TYPE.properties))
    }
}

/// Creates a key-value pair for a specific resource.
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

/// The schema of `AWS::Transfer::Agreement`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Transfer::Agreement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.*role/.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "BaseDirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(|/.*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomDirectories",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_DIRECTORIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0021-\\u007E]+$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnforceMessageSigning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "LocalProfileId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^p-([0-9a-f]{17})$"),
                min_length: Some(19),
                max_length: Some(19),
            }),
        },
        ::forma_core::schema::Property {
            name: "PartnerProfileId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^p-([0-9a-f]{17})$"),
                min_length: Some(19),
                max_length: Some(19),
            }),
        },
        ::forma_core::schema::Property {
            name: "PreserveFilename",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "ServerId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s-([0-9a-f]{17})$"),
                min_length: Some(19),
                max_length: Some(19),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACTIVE", "INACTIVE"]),
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
    ],
    rules: &[],
    attributes: &["AgreementId", "Arn"],
};

static CUSTOM_DIRECTORIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Agreement.CustomDirectories",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailedFilesDirectory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(|/.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "MdnFilesDirectory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(|/.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PayloadFilesDirectory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(|/.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "StatusFilesDirectory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(|/.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemporaryFilesDirectory",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(|/.*)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transfer::Agreement.Tag",
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
