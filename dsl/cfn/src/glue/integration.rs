// @generated from AWS::Glue::Integration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Integration` and its property types.

/// Resource Type definition for AWS::Glue::Integration
///
/// CloudFormation type `AWS::Glue::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    props: ::forma_core::schema::Props,
}
impl Integration {
    /// A new resource with its required properties: `IntegrationName`, `SourceArn`, `TargetArn`.
    #[track_caller]
    pub fn new(
        integration_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, integration_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, source_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, target_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An optional set of non-secret key value pairs that contains additional contextual information about the data.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn additional_encryption_context(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataFilter`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn data_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration settings for the integration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn integration_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IntegrationConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An KMS key identifier for the key to use to encrypt the integration.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Integration {
    type Attributes = IntegrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Integration"
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
/// The attributes of a `AWS::Glue::Integration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntegrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntegrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntegrationAttributes {
    /// `Fn::GetAtt` `IntegrationArn`.
    pub fn integration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IntegrationArn")
    }
    /// `Fn::GetAtt` `CreateTime`.
    pub fn create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The configuration settings for the integration.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationConfig {
    props: ::forma_core::schema::Props,
}
impl IntegrationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables continuous synchronization for on-demand data extractions.
    pub fn continuous_sync(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the frequency at which CDC (Change Data Capture) pulls or incremental loads should occur.
    ///
    /// Allowed: length 1 to 128.
    pub fn refresh_interval(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A collection of key-value pairs that specify additional properties for the integration source.
    pub fn source_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IntegrationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IntegrationConfig> for ::forma_core::Value<IntegrationConfig> {
    fn from(v: IntegrationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGRATION_CONFIG_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::Glue::Integration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Integration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalEncryptionContext",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(131072) },
            )),
        },
        ::forma_core::schema::Property {
            name: "DataFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "IntegrationConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&INTEGRATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IntegrationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws:.*:.*:[0-9]+:.*"),
                min_length: Some(1),
                max_length: Some(512),
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
        ::forma_core::schema::Property {
            name: "TargetArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws:.*:.*:[0-9]+:.*"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
    attributes: &["IntegrationArn", "CreateTime", "Status"],
};

static INTEGRATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Integration.IntegrationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContinuousSync",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RefreshInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Integration.Tag",
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
