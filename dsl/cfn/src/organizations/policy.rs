// @generated from AWS::Organizations::Policy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Organizations::Policy` and its property types.

/// Policies in AWS Organizations enable you to manage different features of the AWS accounts in your organization.
///
/// CloudFormation type `AWS::Organizations::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    props: ::forma_core::schema::Props,
}
impl Policy {
    /// A new resource with its required properties: `Content`, `Name`, `Type`.
    #[track_caller]
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Human readable description of the policy
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags that you want to attach to the newly created policy.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of unique identifiers (IDs) of the root, OU, or account that you want to attach the policy to
    #[track_caller]
    pub fn target_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Policy {
    type Attributes = PolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Organizations::Policy"
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
/// The attributes of a `AWS::Organizations::Policy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PolicyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `AwsManaged`.
    pub fn aws_managed(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "AwsManaged")
    }
}

/// The values CloudFormation documents: `AISERVICES_OPT_OUT_POLICY`, `BACKUP_POLICY`, `BEDROCK_POLICY`, `CHATBOT_POLICY`, `DECLARATIVE_POLICY_EC2`, `GUARDDUTY_POLICY`, `INSPECTOR_POLICY`, `NETWORK_SECURITY_DIRECTOR_POLICY`, `RESOURCE_CONTROL_POLICY`, `S3_POLICY`, `SECURITYHUB_POLICY`, `SERVICE_CONTROL_POLICY`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `AISERVICES_OPT_OUT_POLICY`
    AiservicesOptOutPolicy,
    /// `BACKUP_POLICY`
    BackupPolicy,
    /// `BEDROCK_POLICY`
    BedrockPolicy,
    /// `CHATBOT_POLICY`
    ChatbotPolicy,
    /// `DECLARATIVE_POLICY_EC2`
    DeclarativePolicyEc2,
    /// `GUARDDUTY_POLICY`
    GuarddutyPolicy,
    /// `INSPECTOR_POLICY`
    InspectorPolicy,
    /// `NETWORK_SECURITY_DIRECTOR_POLICY`
    NetworkSecurityDirectorPolicy,
    /// `RESOURCE_CONTROL_POLICY`
    ResourceControlPolicy,
    /// `S3_POLICY`
    S3Policy,
    /// `SECURITYHUB_POLICY`
    SecurityhubPolicy,
    /// `SERVICE_CONTROL_POLICY`
    ServiceControlPolicy,
    /// `TAG_POLICY`
    TagPolicy,
    /// `UPGRADE_ROLLOUT_POLICY`
    UpgradeRolloutPolicy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiservicesOptOutPolicy => "AISERVICES_OPT_OUT_POLICY",
            Self::BackupPolicy => "BACKUP_POLICY",
            Self::BedrockPolicy => "BEDROCK_POLICY",
            Self::ChatbotPolicy => "CHATBOT_POLICY",
            Self::DeclarativePolicyEc2 => "DECLARATIVE_POLICY_EC2",
            Self::GuarddutyPolicy => "GUARDDUTY_POLICY",
            Self::InspectorPolicy => "INSPECTOR_POLICY",
            Self::NetworkSecurityDirectorPolicy => "NETWORK_SECURITY_DIRECTOR_POLICY",
            Self::ResourceControlPolicy => "RESOURCE_CONTROL_POLICY",
            Self::S3Policy => "S3_POLICY",
            Self::SecurityhubPolicy => "SECURITYHUB_POLICY",
            Self::ServiceControlPolicy => "SERVICE_CONTROL_POLICY",
            Self::TagPolicy => "TAG_POLICY",
            Self::UpgradeRolloutPolicy => "UPGRADE_ROLLOUT_POLICY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AISERVICES_OPT_OUT_POLICY",
            "BACKUP_POLICY",
            "BEDROCK_POLICY",
            "CHATBOT_POLICY",
            "DECLARATIVE_POLICY_EC2",
            "GUARDDUTY_POLICY",
            "INSPECTOR_POLICY",
            "NETWORK_SECURITY_DIRECTOR_POLICY",
            "RESOURCE_CONTROL_POLICY",
            "S3_POLICY",
            "SECURITYHUB_POLICY",
            "SERVICE_CONTROL_POLICY",
            "TAG_POLICY",
            "UPGRADE_ROLLOUT_POLICY",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// A custom key-value pair associated with a resource within your organization.
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

/// The schema of `AWS::Organizations::Policy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Organizations::Policy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\S]*"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\S]*"),
                min_length: Some(1),
                max_length: Some(128),
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
        ::forma_core::schema::Property {
            name: "TargetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(r-[0-9a-z]{4,32})|(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AISERVICES_OPT_OUT_POLICY",
                "BACKUP_POLICY",
                "BEDROCK_POLICY",
                "CHATBOT_POLICY",
                "DECLARATIVE_POLICY_EC2",
                "GUARDDUTY_POLICY",
                "INSPECTOR_POLICY",
                "NETWORK_SECURITY_DIRECTOR_POLICY",
                "RESOURCE_CONTROL_POLICY",
                "S3_POLICY",
                "SECURITYHUB_POLICY",
                "SERVICE_CONTROL_POLICY",
                "TAG_POLICY",
                "UPGRADE_ROLLOUT_POLICY",
            ]),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn", "AwsManaged"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Organizations::Policy.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\S]*"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\S]*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
