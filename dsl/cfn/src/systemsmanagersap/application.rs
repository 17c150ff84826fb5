// @generated from AWS::SystemsManagerSAP::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SystemsManagerSAP::Application` and its property types.

/// Resource schema for AWS::SystemsManagerSAP::Application
///
/// CloudFormation type `AWS::SystemsManagerSAP::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `ApplicationId`, `ApplicationType`.
    #[track_caller]
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        application_type: impl ::forma_core::schema::EnumArg<ApplicationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, application_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// This is an optional parameter for component details to which the SAP ABAP application is attached, such as Web Dispatcher.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn components_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentInfo>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Credentials`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Credential>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the SAP HANA database
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn database_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Instances`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instances(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SapInstanceNumber`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn sap_instance_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Sid`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn sid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags of a SystemsManagerSAP application.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SystemsManagerSAP::Application"
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
/// The attributes of a `AWS::SystemsManagerSAP::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `HANA`, `SAP_ABAP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationType {
    /// `HANA`
    Hana,
    /// `SAP_ABAP`
    SapAbap,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hana => "HANA",
            Self::SapAbap => "SAP_ABAP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HANA", "SAP_ABAP"]
    }
}
impl ::std::convert::From<ApplicationType> for ::forma_core::Value<ApplicationType> {
    fn from(v: ApplicationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationType {}

/// The values CloudFormation documents: `HANA`, `HANA_NODE`, `ABAP`, `ASCS`, `DIALOG`, `WEBDISP`, `WD`, `ERS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComponentType {
    /// `HANA`
    Hana,
    /// `HANA_NODE`
    HanaNode,
    /// `ABAP`
    Abap,
    /// `ASCS`
    Ascs,
    /// `DIALOG`
    Dialog,
    /// `WEBDISP`
    Webdisp,
    /// `WD`
    Wd,
    /// `ERS`
    Ers,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComponentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hana => "HANA",
            Self::HanaNode => "HANA_NODE",
            Self::Abap => "ABAP",
            Self::Ascs => "ASCS",
            Self::Dialog => "DIALOG",
            Self::Webdisp => "WEBDISP",
            Self::Wd => "WD",
            Self::Ers => "ERS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HANA", "HANA_NODE", "ABAP", "ASCS", "DIALOG", "WEBDISP", "WD", "ERS"]
    }
}
impl ::std::convert::From<ComponentType> for ::forma_core::Value<ComponentType> {
    fn from(v: ComponentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComponentType {}

/// The `ComponentInfo` property type of `AWS::SystemsManagerSAP::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentInfo {
    props: ::forma_core::schema::Props,
}
impl ComponentInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ComponentType`.
    pub fn component_type(mut self, value: impl ::forma_core::schema::EnumArg<ComponentType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Ec2InstanceId`.
    pub fn ec2_instance_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Sid`.
    pub fn sid(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentInfo> for ::forma_core::Value<ComponentInfo> {
    fn from(v: ComponentInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_INFO_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ADMIN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CredentialType {
    /// `ADMIN`
    Admin,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CredentialType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "ADMIN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ADMIN"]
    }
}
impl ::std::convert::From<CredentialType> for ::forma_core::Value<CredentialType> {
    fn from(v: CredentialType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CredentialType {}

/// The `Credential` property type of `AWS::SystemsManagerSAP::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Credential {
    props: ::forma_core::schema::Props,
}
impl Credential {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CredentialType`.
    pub fn credential_type(mut self, value: impl ::forma_core::schema::EnumArg<CredentialType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `DatabaseName`.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SecretId`.
    pub fn secret_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Credential {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Credential> for ::forma_core::Value<Credential> {
    fn from(v: Credential) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREDENTIAL_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::SystemsManagerSAP::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SystemsManagerSAP::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w\\d\\.-]{1,60}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ApplicationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["HANA", "SAP_ABAP"]),
        },
        ::forma_core::schema::Property {
            name: "ComponentsInfo",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPONENT_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Credentials",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CREDENTIAL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatabaseArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(.+:){2,4}.+$|^arn:(.+:){1,3}.+\\/.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Instances",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^i-[\\w\\d]{8}$|^i-[\\w\\d]{17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SapInstanceNumber",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]{2}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Sid",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Z][A-Z0-9]{2}"),
                min_length: None,
                max_length: None,
            }),
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
    ],
    rules: &[],
    attributes: &["Arn"],
};

static COMPONENT_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SystemsManagerSAP::Application.ComponentInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "HANA",
                "HANA_NODE",
                "ABAP",
                "ASCS",
                "DIALOG",
                "WEBDISP",
                "WD",
                "ERS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Ec2InstanceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^i-[\\w\\d]{8}$|^i-[\\w\\d]{17}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Sid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Z][A-Z0-9]{2}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CREDENTIAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SystemsManagerSAP::Application.Credential",
    properties: &[
        ::forma_core::schema::Property {
            name: "CredentialType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ADMIN"]),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=.{1,100}$).*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=.{1,100}$).*"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SystemsManagerSAP::Application.Tag",
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
