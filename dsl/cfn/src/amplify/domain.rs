// @generated from AWS::Amplify::Domain (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Amplify::Domain` and its property types.

/// The AWS::Amplify::Domain resource allows you to connect a custom domain to your app.
///
/// CloudFormation type `AWS::Amplify::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Domain {
    props: ::forma_core::schema::Props,
}
impl Domain {
    /// A new resource with its required properties: `AppId`, `DomainName`, `SubDomainSettings`.
    #[track_caller]
    pub fn new(
        app_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sub_domain_settings: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubDomainSetting>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, sub_domain_settings.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AutoSubDomainCreationPatterns`.
    #[track_caller]
    pub fn auto_sub_domain_creation_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoSubDomainIAMRole`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn auto_sub_domain_iam_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CertificateSettings`.
    #[track_caller]
    pub fn certificate_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CertificateSettings>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnableAutoSubDomain`.
    #[track_caller]
    pub fn enable_auto_sub_domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Domain {
    type Attributes = DomainAttributes;
    fn type_name(&self) -> &str {
        "AWS::Amplify::Domain"
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
/// The attributes of a `AWS::Amplify::Domain` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DomainStatus`.
    pub fn domain_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainStatus")
    }
    /// `Fn::GetAtt` `StatusReason`.
    pub fn status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusReason")
    }
    /// `Fn::GetAtt` `CertificateRecord`.
    pub fn certificate_record(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateRecord")
    }
    /// `Fn::GetAtt` `Certificate`.
    pub fn certificate(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Certificate")
    }
    /// `Fn::GetAtt` `UpdateStatus`.
    pub fn update_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateStatus")
    }
}

/// The values CloudFormation documents: `AMPLIFY_MANAGED`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertificateType {
    /// `AMPLIFY_MANAGED`
    AmplifyManaged,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CertificateType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmplifyManaged => "AMPLIFY_MANAGED",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AMPLIFY_MANAGED", "CUSTOM"]
    }
}
impl ::std::convert::From<CertificateType> for ::forma_core::Value<CertificateType> {
    fn from(v: CertificateType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CertificateType {}

/// The `CertificateSettings` property type of `AWS::Amplify::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateSettings {
    props: ::forma_core::schema::Props,
}
impl CertificateSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CertificateType`.
    pub fn certificate_type(mut self, value: impl ::forma_core::schema::EnumArg<CertificateType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `CustomCertificateArn`.
    ///
    /// Allowed: length 0 to 1000.
    pub fn custom_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CertificateSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CertificateSettings> for ::forma_core::Value<CertificateSettings> {
    fn from(v: CertificateSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_SETTINGS_TYPE.properties))
    }
}

/// The `SubDomainSetting` property type of `AWS::Amplify::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubDomainSetting {
    props: ::forma_core::schema::Props,
}
impl SubDomainSetting {
    /// A new value with its required properties: `BranchName`, `Prefix`.
    pub fn new(
        branch_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, branch_name.into().into_expr());
        props.set(1, prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SubDomainSetting> for ::forma_core::Value<SubDomainSetting> {
    fn from(v: SubDomainSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUB_DOMAIN_SETTING_TYPE.properties))
    }
}

/// The schema of `AWS::Amplify::Domain`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Amplify::Domain",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("d[a-z0-9]+"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "AutoSubDomainCreationPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(?s).+"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AutoSubDomainIAMRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|^arn:.+:iam::\\d{12}:role.+"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "CertificateSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])\\.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])(\\.)?$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableAutoSubDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SubDomainSettings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUB_DOMAIN_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(255) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "DomainStatus", "StatusReason", "CertificateRecord", "Certificate", "UpdateStatus"],
};

static CERTIFICATE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::Domain.CertificateSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AMPLIFY_MANAGED", "CUSTOM"]),
        },
        ::forma_core::schema::Property {
            name: "CustomCertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws:acm:[a-z0-9-]+:\\d{12}:certificate\\/.+$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
};

static SUB_DOMAIN_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::Domain.SubDomainSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "BranchName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).+"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
