// @generated from AWS::BedrockAgentCore::ConfigurationBundle (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::ConfigurationBundle` and its property types.

/// Definition of AWS::BedrockAgentCore::ConfigurationBundle Resource Type
///
/// CloudFormation type `AWS::BedrockAgentCore::ConfigurationBundle`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationBundle {
    props: ::forma_core::schema::Props,
}
impl ConfigurationBundle {
    /// A new resource with its required properties: `BundleName`, `Components`.
    #[track_caller]
    pub fn new(
        bundle_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        components: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, bundle_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, components.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The branch name for version tracking.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn branch_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A commit message describing the version of the configuration bundle.
    ///
    /// Allowed: length 1 to 500.
    #[track_caller]
    pub fn commit_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source that created a configuration bundle version.
    #[track_caller]
    pub fn created_by(mut self, value: impl ::std::convert::Into<::forma_core::Value<VersionCreatedBySource>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description for the configuration bundle.
    ///
    /// Allowed: length 1 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMS key used to encrypt component configurations.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the configuration bundle.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfigurationBundle {
    type Attributes = ConfigurationBundleAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::ConfigurationBundle"
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
/// The attributes of a `AWS::BedrockAgentCore::ConfigurationBundle` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationBundleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationBundleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationBundleAttributes {
    /// `Fn::GetAtt` `BundleArn`.
    pub fn bundle_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BundleArn")
    }
    /// `Fn::GetAtt` `BundleId`.
    pub fn bundle_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BundleId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `LineageMetadata`.
    pub fn lineage_metadata(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LineageMetadata")
    }
    /// `Fn::GetAtt` `VersionId`.
    pub fn version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VersionId")
    }
}

/// The configuration for a component within a configuration bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentConfiguration {
    props: ::forma_core::schema::Props,
}
impl ComponentConfiguration {
    /// A new value with its required properties: `Configuration`.
    pub fn new(configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ComponentConfiguration> for ::forma_core::Value<ComponentConfiguration> {
    fn from(v: ComponentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_CONFIGURATION_TYPE.properties))
    }
}

/// The source that created a configuration bundle version.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionCreatedBySource {
    props: ::forma_core::schema::Props,
}
impl VersionCreatedBySource {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the source, if applicable.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VersionCreatedBySource> for ::forma_core::Value<VersionCreatedBySource> {
    fn from(v: VersionCreatedBySource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERSION_CREATED_BY_SOURCE_TYPE.properties))
    }
}

/// A tag consisting of a key-value pair.
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

/// The schema of `AWS::BedrockAgentCore::ConfigurationBundle`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::ConfigurationBundle",
    properties: &[
        ::forma_core::schema::Property {
            name: "BranchName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_/-]{0,127}$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "BundleName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,99}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CommitMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Components",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &COMPONENT_CONFIGURATION_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "CreatedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VERSION_CREATED_BY_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["BundleArn", "BundleId", "CreatedAt", "UpdatedAt", "LineageMetadata", "VersionId"],
};

static COMPONENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::ConfigurationBundle.ComponentConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Configuration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static VERSION_CREATED_BY_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::ConfigurationBundle.VersionCreatedBySource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::ConfigurationBundle.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
