// @generated from AWS::CodeStarConnections::SyncConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeStarConnections::SyncConfiguration` and its property types.

/// Schema for AWS::CodeStarConnections::SyncConfiguration resource which is used to enables an AWS resource to be synchronized from a source-provider.
///
/// CloudFormation type `AWS::CodeStarConnections::SyncConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncConfiguration {
    props: ::forma_core::schema::Props,
}
impl SyncConfiguration {
    /// A new resource with its required properties: `Branch`, `ConfigFile`, `RepositoryLinkId`, `ResourceName`, `RoleArn`, `SyncType`.
    #[track_caller]
    pub fn new(
        branch: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        config_file: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        repository_link_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sync_type: impl ::forma_core::schema::EnumArg<SyncType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, branch.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, config_file.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, repository_link_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, resource_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, sync_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether to enable or disable publishing of deployment status to source providers.
    #[track_caller]
    pub fn publish_deployment_status(
        mut self,
        value: impl ::forma_core::schema::EnumArg<PublishDeploymentStatus>,
    ) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// When to trigger Git sync to begin the stack update.
    #[track_caller]
    pub fn trigger_resource_update_on(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TriggerResourceUpdateOn>,
    ) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SyncConfiguration {
    type Attributes = SyncConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeStarConnections::SyncConfiguration"
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
/// The attributes of a `AWS::CodeStarConnections::SyncConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SyncConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SyncConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SyncConfigurationAttributes {
    /// `Fn::GetAtt` `ProviderType`.
    pub fn provider_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProviderType")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `RepositoryName`.
    pub fn repository_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RepositoryName")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PublishDeploymentStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PublishDeploymentStatus {
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
impl ::std::convert::From<PublishDeploymentStatus> for ::forma_core::Value<PublishDeploymentStatus> {
    fn from(v: PublishDeploymentStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PublishDeploymentStatus {}

/// The values CloudFormation documents: `CFN_STACK_SYNC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SyncType {
    /// `CFN_STACK_SYNC`
    CfnStackSync,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SyncType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CfnStackSync => "CFN_STACK_SYNC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CFN_STACK_SYNC"]
    }
}
impl ::std::convert::From<SyncType> for ::forma_core::Value<SyncType> {
    fn from(v: SyncType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SyncType {}

/// The values CloudFormation documents: `ANY_CHANGE`, `FILE_CHANGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TriggerResourceUpdateOn {
    /// `ANY_CHANGE`
    AnyChange,
    /// `FILE_CHANGE`
    FileChange,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TriggerResourceUpdateOn {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnyChange => "ANY_CHANGE",
            Self::FileChange => "FILE_CHANGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ANY_CHANGE", "FILE_CHANGE"]
    }
}
impl ::std::convert::From<TriggerResourceUpdateOn> for ::forma_core::Value<TriggerResourceUpdateOn> {
    fn from(v: TriggerResourceUpdateOn) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TriggerResourceUpdateOn {}

/// The schema of `AWS::CodeStarConnections::SyncConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeStarConnections::SyncConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Branch",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConfigFile",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PublishDeploymentStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "RepositoryLinkId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-za-z0-9_\\.-]+"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[\\w]+)*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SyncType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CFN_STACK_SYNC"]),
        },
        ::forma_core::schema::Property {
            name: "TriggerResourceUpdateOn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ANY_CHANGE", "FILE_CHANGE"]),
        },
    ],
    rules: &[],
    attributes: &["ProviderType", "OwnerId", "RepositoryName"],
};
