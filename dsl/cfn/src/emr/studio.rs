// @generated from AWS::EMR::Studio (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMR::Studio` and its property types.

/// Resource schema for AWS::EMR::Studio
///
/// CloudFormation type `AWS::EMR::Studio`.
#[derive(Debug, Clone, PartialEq)]
pub struct Studio {
    props: ::forma_core::schema::Props,
}
impl Studio {
    /// A new resource with its required properties: `AuthMode`, `DefaultS3Location`, `EngineSecurityGroupId`, `Name`, `ServiceRole`, `SubnetIds`, `VpcId`, `WorkspaceSecurityGroupId`.
    #[allow(clippy::too_many_arguments)]
    #[track_caller]
    pub fn new(
        auth_mode: impl ::forma_core::schema::EnumArg<AuthMode>,
        default_s3_location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        engine_security_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workspace_security_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, auth_mode.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, default_s3_location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, engine_security_group_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, service_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(15, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(16, workspace_security_group_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A detailed description of the Studio.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS KMS key identifier (ARN) used to encrypt AWS EMR Studio workspace and notebook files when backed up to AWS S3.
    ///
    /// Allowed: length 0 to 10280.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the IAM Identity Center instance to create the Studio application.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn idc_instance_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether IAM Identity Center user assignment is REQUIRED or OPTIONAL.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn idc_user_assignment(mut self, value: impl ::forma_core::schema::EnumArg<IdcUserAssignment>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Your identity provider's authentication endpoint.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn idp_auth_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of relay state parameter for external Identity Provider.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn idp_relay_state_parameter_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to associate with the Studio.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Boolean indicating whether to enable Trusted identity propagation for the Studio.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn trusted_identity_propagation_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IAM user role that will be assumed by users and groups logged in to a Studio.
    ///
    /// Allowed: length 0 to 10280.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn user_role(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Studio {
    type Attributes = StudioAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMR::Studio"
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
/// The attributes of a `AWS::EMR::Studio` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `StudioId`.
    pub fn studio_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StudioId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Url`.
    pub fn url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Url")
    }
}

/// The values CloudFormation documents: `SSO`, `IAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthMode {
    /// `SSO`
    Sso,
    /// `IAM`
    Iam,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sso => "SSO",
            Self::Iam => "IAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SSO", "IAM"]
    }
}
impl ::std::convert::From<AuthMode> for ::forma_core::Value<AuthMode> {
    fn from(v: AuthMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthMode {}

/// The values CloudFormation documents: `REQUIRED`, `OPTIONAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdcUserAssignment {
    /// `REQUIRED`
    Required,
    /// `OPTIONAL`
    Optional,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdcUserAssignment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "REQUIRED",
            Self::Optional => "OPTIONAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REQUIRED", "OPTIONAL"]
    }
}
impl ::std::convert::From<IdcUserAssignment> for ::forma_core::Value<IdcUserAssignment> {
    fn from(v: IdcUserAssignment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdcUserAssignment {}

/// An arbitrary set of tags (key-value pairs) for this EMR Studio.
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

/// The schema of `AWS::EMR::Studio`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMR::Studio",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthMode",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SSO", "IAM"]),
        },
        ::forma_core::schema::Property {
            name: "DefaultS3Location",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s3://.*"),
                min_length: Some(6),
                max_length: Some(10280),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-(cn|us-gov|iso-f|iso-e))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
                min_length: Some(0),
                max_length: Some(10280),
            }),
        },
        ::forma_core::schema::Property {
            name: "EngineSecurityGroupId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^sg-[a-zA-Z0-9\\-._]+$"),
                min_length: Some(4),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdcInstanceArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdcUserAssignment",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["REQUIRED", "OPTIONAL"]),
        },
        ::forma_core::schema::Property {
            name: "IdpAuthUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://[0-9a-zA-Z]([-.\\w]*[0-9a-zA-Z])(:[0-9]*)*([?/#].*)?$"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdpRelayStateParameterName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_-]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceRole",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-(cn|us-gov|iso-f|iso-e))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
                min_length: Some(0),
                max_length: Some(10280),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(subnet-[a-f0-9]{13})|(subnet-[a-f0-9]{8})\\Z"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrustedIdentityPropagationEnabled",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UserRole",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-(cn|us-gov|iso-f|iso-e))?:[a-z-]+:(([a-z]+-)+[0-9])?:([0-9]{12})?:[^.]+$"),
                min_length: Some(0),
                max_length: Some(10280),
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(vpc-[0-9a-f]{8}|vpc-[0-9a-f]{17})$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkspaceSecurityGroupId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^sg-[a-zA-Z0-9\\-._]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &["StudioId", "Arn", "Url"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMR::Studio.Tag",
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
                pattern: Some("[a-zA-Z+-=._:/]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
