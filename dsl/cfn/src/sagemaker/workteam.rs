// @generated from AWS::SageMaker::Workteam (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Workteam` and its property types.

/// Resource Type definition for AWS::SageMaker::Workteam
///
/// CloudFormation type `AWS::SageMaker::Workteam`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workteam {
    props: ::forma_core::schema::Props,
}
impl Workteam {
    /// A new resource with its required properties: `Description`, `MemberDefinitions`.
    #[track_caller]
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        member_definitions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MemberDefinition>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, member_definitions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configures SNS notifications of available or expiring work items for work teams.
    #[track_caller]
    pub fn notification_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Workforce
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn workforce_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the work team.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn workteam_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workteam {
    type Attributes = WorkteamAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Workteam"
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
/// The attributes of a `AWS::SageMaker::Workteam` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkteamAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkteamAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkteamAttributes {
    /// `Fn::GetAtt` `WorkteamArn`.
    pub fn workteam_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkteamArn")
    }
}

/// Defines an Amazon Cognito or your own OIDC IdP user group that is part of a work team.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberDefinition {
    props: ::forma_core::schema::Props,
}
impl MemberDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Cognito user group that is part of the work team
    pub fn cognito_member_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CognitoMemberDefinition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list user groups that exist in your OIDC Identity Provider (IdP).
    pub fn oidc_member_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OidcMemberDefinition>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MemberDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MemberDefinition> for ::forma_core::Value<MemberDefinition> {
    fn from(v: MemberDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBER_DEFINITION_TYPE.properties))
    }
}

/// Configures SNS notifications of available or expiring work items for work teams.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationConfiguration {
    props: ::forma_core::schema::Props,
}
impl NotificationConfiguration {
    /// A new value with its required properties: `NotificationTopicArn`.
    pub fn new(notification_topic_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, notification_topic_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NotificationConfiguration> for ::forma_core::Value<NotificationConfiguration> {
    fn from(v: NotificationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_CONFIGURATION_TYPE.properties))
    }
}

/// An array of key-value pairs.
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

/// The Amazon Cognito user group that is part of the work team.
#[derive(Debug, Clone, PartialEq)]
pub struct CognitoMemberDefinition {
    props: ::forma_core::schema::Props,
}
impl CognitoMemberDefinition {
    /// A new value with its required properties: `CognitoClientId`, `CognitoUserGroup`, `CognitoUserPool`.
    pub fn new(
        cognito_client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        cognito_user_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        cognito_user_pool: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cognito_client_id.into().into_expr());
        props.set(1, cognito_user_group.into().into_expr());
        props.set(2, cognito_user_pool.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CognitoMemberDefinition> for ::forma_core::Value<CognitoMemberDefinition> {
    fn from(v: CognitoMemberDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COGNITO_MEMBER_DEFINITION_TYPE.properties))
    }
}

/// A list of user groups that exist in your OIDC Identity Provider (IdP).
#[derive(Debug, Clone, PartialEq)]
pub struct OidcMemberDefinition {
    props: ::forma_core::schema::Props,
}
impl OidcMemberDefinition {
    /// A new value with its required properties: `OidcGroups`.
    pub fn new(
        oidc_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, oidc_groups.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OidcMemberDefinition> for ::forma_core::Value<OidcMemberDefinition> {
    fn from(v: OidcMemberDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OIDC_MEMBER_DEFINITION_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::Workteam`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Workteam",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "MemberDefinitions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEMBER_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotificationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkforceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkteamName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
    attributes: &["WorkteamArn"],
};

static MEMBER_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Workteam.MemberDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "CognitoMemberDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COGNITO_MEMBER_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OidcMemberDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OIDC_MEMBER_DEFINITION_TYPE),
        },
    ],
    rules: &[],
};

static NOTIFICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Workteam.NotificationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "NotificationTopicArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]*:[0-9]{12}:[a-zA-Z0-9_.-]*$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Workteam.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static COGNITO_MEMBER_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Workteam.CognitoMemberDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "CognitoClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "CognitoUserGroup",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "CognitoUserPool",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(55),
            }),
        },
    ],
    rules: &[],
};

static OIDC_MEMBER_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Workteam.OidcMemberDefinition",
    properties: &[::forma_core::schema::Property {
        name: "OidcGroups",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(63),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};
