// @generated from AWS::Connect::IntegrationAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::IntegrationAssociation` and its property types.

/// Resource Type definition for AWS::Connect::IntegrationAssociation
///
/// CloudFormation type `AWS::Connect::IntegrationAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationAssociation {
    props: ::forma_core::schema::Props,
}
impl IntegrationAssociation {
    /// A new resource with its required properties: `InstanceId`, `IntegrationArn`, `IntegrationType`.
    #[track_caller]
    pub fn new(
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        integration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        integration_type: impl ::forma_core::schema::EnumArg<IntegrationType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, integration_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, integration_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the external application.
    ///
    /// Allowed: length 1 to 100.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_application_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URL for the external application.
    ///
    /// Allowed: length 1 to 2000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_application_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the data source.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_type(mut self, value: impl ::forma_core::schema::EnumArg<SourceType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags used to organize, track, or control access for this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IntegrationAssociation {
    type Attributes = IntegrationAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::IntegrationAssociation"
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
/// The attributes of a `AWS::Connect::IntegrationAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntegrationAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntegrationAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntegrationAssociationAttributes {
    /// `Fn::GetAtt` `IntegrationAssociationId`.
    pub fn integration_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IntegrationAssociationId")
    }
}

/// The values CloudFormation documents: `LEX_BOT`, `LAMBDA_FUNCTION`, `APPLICATION`, `CASES_DOMAIN`, `WISDOM_ASSISTANT`, `WISDOM_KNOWLEDGE_BASE`, `WISDOM_QUICK_RESPONSES`, `FILE_SCANNER`, `MESSAGE_PROCESSOR`, `Q_MESSAGE_TEMPLATES`, `SES_IDENTITY`, `EVENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntegrationType {
    /// `LEX_BOT`
    LexBot,
    /// `LAMBDA_FUNCTION`
    LambdaFunction,
    /// `APPLICATION`
    Application,
    /// `CASES_DOMAIN`
    CasesDomain,
    /// `WISDOM_ASSISTANT`
    WisdomAssistant,
    /// `WISDOM_KNOWLEDGE_BASE`
    WisdomKnowledgeBase,
    /// `WISDOM_QUICK_RESPONSES`
    WisdomQuickResponses,
    /// `FILE_SCANNER`
    FileScanner,
    /// `MESSAGE_PROCESSOR`
    MessageProcessor,
    /// `Q_MESSAGE_TEMPLATES`
    QMessageTemplates,
    /// `SES_IDENTITY`
    SesIdentity,
    /// `EVENT`
    Event,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IntegrationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LexBot => "LEX_BOT",
            Self::LambdaFunction => "LAMBDA_FUNCTION",
            Self::Application => "APPLICATION",
            Self::CasesDomain => "CASES_DOMAIN",
            Self::WisdomAssistant => "WISDOM_ASSISTANT",
            Self::WisdomKnowledgeBase => "WISDOM_KNOWLEDGE_BASE",
            Self::WisdomQuickResponses => "WISDOM_QUICK_RESPONSES",
            Self::FileScanner => "FILE_SCANNER",
            Self::MessageProcessor => "MESSAGE_PROCESSOR",
            Self::QMessageTemplates => "Q_MESSAGE_TEMPLATES",
            Self::SesIdentity => "SES_IDENTITY",
            Self::Event => "EVENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "LEX_BOT",
            "LAMBDA_FUNCTION",
            "APPLICATION",
            "CASES_DOMAIN",
            "WISDOM_ASSISTANT",
            "WISDOM_KNOWLEDGE_BASE",
            "WISDOM_QUICK_RESPONSES",
            "FILE_SCANNER",
            "MESSAGE_PROCESSOR",
            "Q_MESSAGE_TEMPLATES",
            "SES_IDENTITY",
            "EVENT",
        ]
    }
}
impl ::std::convert::From<IntegrationType> for ::forma_core::Value<IntegrationType> {
    fn from(v: IntegrationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IntegrationType {}

/// The values CloudFormation documents: `SALESFORCE`, `ZENDESK`, `CASES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceType {
    /// `SALESFORCE`
    Salesforce,
    /// `ZENDESK`
    Zendesk,
    /// `CASES`
    Cases,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Salesforce => "SALESFORCE",
            Self::Zendesk => "ZENDESK",
            Self::Cases => "CASES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SALESFORCE", "ZENDESK", "CASES"]
    }
}
impl ::std::convert::From<SourceType> for ::forma_core::Value<SourceType> {
    fn from(v: SourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceType {}

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

/// The schema of `AWS::Connect::IntegrationAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::IntegrationAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "IntegrationArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(140),
            }),
        },
        ::forma_core::schema::Property {
            name: "IntegrationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "LEX_BOT",
                "LAMBDA_FUNCTION",
                "APPLICATION",
                "CASES_DOMAIN",
                "WISDOM_ASSISTANT",
                "WISDOM_KNOWLEDGE_BASE",
                "WISDOM_QUICK_RESPONSES",
                "FILE_SCANNER",
                "MESSAGE_PROCESSOR",
                "Q_MESSAGE_TEMPLATES",
                "SES_IDENTITY",
                "EVENT",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SourceApplicationName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_ -]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceApplicationUrl",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SALESFORCE", "ZENDESK", "CASES"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["IntegrationAssociationId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::IntegrationAssociation.Tag",
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
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
