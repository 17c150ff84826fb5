// @generated from AWS::Lambda::CodeSigningConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::CodeSigningConfig` and its property types.

/// Resource Type definition for AWS::Lambda::CodeSigningConfig.
///
/// CloudFormation type `AWS::Lambda::CodeSigningConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeSigningConfig {
    props: ::forma_core::schema::Props,
}
impl CodeSigningConfig {
    /// A new resource with its required properties: `AllowedPublishers`.
    #[track_caller]
    pub fn new(allowed_publishers: impl ::std::convert::Into<::forma_core::Value<AllowedPublishers>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, allowed_publishers.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Policies to control how to act if a signature is invalid
    #[track_caller]
    pub fn code_signing_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeSigningPolicies>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the CodeSigningConfig
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to apply to CodeSigningConfig resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CodeSigningConfig {
    type Attributes = CodeSigningConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::CodeSigningConfig"
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
/// The attributes of a `AWS::Lambda::CodeSigningConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CodeSigningConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CodeSigningConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CodeSigningConfigAttributes {
    /// `Fn::GetAtt` `CodeSigningConfigId`.
    pub fn code_signing_config_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CodeSigningConfigId")
    }
    /// `Fn::GetAtt` `CodeSigningConfigArn`.
    pub fn code_signing_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CodeSigningConfigArn")
    }
}

/// When the CodeSigningConfig is later on attached to a function, the function code will be expected to be signed by profiles from this list
#[derive(Debug, Clone, PartialEq)]
pub struct AllowedPublishers {
    props: ::forma_core::schema::Props,
}
impl AllowedPublishers {
    /// A new value with its required properties: `SigningProfileVersionArns`.
    pub fn new(
        signing_profile_version_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, signing_profile_version_arns.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AllowedPublishers> for ::forma_core::Value<AllowedPublishers> {
    fn from(v: AllowedPublishers) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALLOWED_PUBLISHERS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Warn`, `Enforce`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UntrustedArtifactOnDeployment {
    /// `Warn`
    Warn,
    /// `Enforce`
    Enforce,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UntrustedArtifactOnDeployment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Warn => "Warn",
            Self::Enforce => "Enforce",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Warn", "Enforce"]
    }
}
impl ::std::convert::From<UntrustedArtifactOnDeployment> for ::forma_core::Value<UntrustedArtifactOnDeployment> {
    fn from(v: UntrustedArtifactOnDeployment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UntrustedArtifactOnDeployment {}

/// Policies to control how to act if a signature is invalid
#[derive(Debug, Clone, PartialEq)]
pub struct CodeSigningPolicies {
    props: ::forma_core::schema::Props,
}
impl CodeSigningPolicies {
    /// A new value with its required properties: `UntrustedArtifactOnDeployment`.
    pub fn new(
        untrusted_artifact_on_deployment: impl ::forma_core::schema::EnumArg<UntrustedArtifactOnDeployment>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, untrusted_artifact_on_deployment.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CodeSigningPolicies> for ::forma_core::Value<CodeSigningPolicies> {
    fn from(v: CodeSigningPolicies) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_SIGNING_POLICIES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Lambda::CodeSigningConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::CodeSigningConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lambda::CodeSigningConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedPublishers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALLOWED_PUBLISHERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CodeSigningPolicies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_SIGNING_POLICIES_TYPE),
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
    attributes: &["CodeSigningConfigId", "CodeSigningConfigArn"],
};

static ALLOWED_PUBLISHERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Lambda::CodeSigningConfig.AllowedPublishers",
properties: &[
::forma_core::schema::Property { name: "SigningProfileVersionArns", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"), min_length: Some(12), max_length: Some(1024) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) }) },
],
rules: &[],
};

static CODE_SIGNING_POLICIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::CodeSigningConfig.CodeSigningPolicies",
    properties: &[::forma_core::schema::Property {
        name: "UntrustedArtifactOnDeployment",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Warn", "Enforce"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::CodeSigningConfig.Tag",
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
