// @generated from AWS::Glue::IntegrationResourceProperty (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::IntegrationResourceProperty` and its property types.

/// Resource Type definition for AWS::Glue::IntegrationResourceProperty
///
/// CloudFormation type `AWS::Glue::IntegrationResourceProperty`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationResourceProperty {
    props: ::forma_core::schema::Props,
}
impl IntegrationResourceProperty {
    /// A new resource with its required properties: `ResourceArn`.
    #[track_caller]
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, resource_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The resource properties associated with the integration source.
    #[track_caller]
    pub fn source_processing_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceProcessingProperties>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource properties associated with the integration target.
    #[track_caller]
    pub fn target_processing_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetProcessingProperties>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IntegrationResourceProperty {
    type Attributes = IntegrationResourcePropertyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::IntegrationResourceProperty"
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
/// The attributes of a `AWS::Glue::IntegrationResourceProperty` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntegrationResourcePropertyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntegrationResourcePropertyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntegrationResourcePropertyAttributes {
    /// `Fn::GetAtt` `ResourcePropertyArn`.
    pub fn resource_property_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourcePropertyArn")
    }
}

/// The resource properties associated with the integration source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceProcessingProperties {
    props: ::forma_core::schema::Props,
}
impl SourceProcessingProperties {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceProcessingProperties> for ::forma_core::Value<SourceProcessingProperties> {
    fn from(v: SourceProcessingProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_PROCESSING_PROPERTIES_TYPE.properties))
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

/// The resource properties associated with the integration target.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetProcessingProperties {
    props: ::forma_core::schema::Props,
}
impl TargetProcessingProperties {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, role_arn.into().into_expr());
        Self { props }
    }
    /// The Glue network connection to configure the Glue job running in the customer VPC.
    ///
    /// Allowed: length 1 to 128.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of an Eventbridge event bus to receive the integration status notification.
    ///
    /// Allowed: length 1 to 128.
    pub fn event_bus_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the KMS key used for encryption.
    ///
    /// Allowed: length 1 to 128.
    pub fn kms_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TargetProcessingProperties> for ::forma_core::Value<TargetProcessingProperties> {
    fn from(v: TargetProcessingProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_PROCESSING_PROPERTIES_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::IntegrationResourceProperty`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::IntegrationResourceProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws:.*:.*:[0-9]+:.*"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceProcessingProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_PROCESSING_PROPERTIES_TYPE),
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
            name: "TargetProcessingProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_PROCESSING_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ResourcePropertyArn"],
};

static SOURCE_PROCESSING_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::IntegrationResourceProperty.SourceProcessingProperties",
    properties: &[::forma_core::schema::Property {
        name: "RoleArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::IntegrationResourceProperty.Tag",
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

static TARGET_PROCESSING_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::IntegrationResourceProperty.TargetProcessingProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventBusArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws:kms:.*:[0-9]+:.*"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws:iam:.*:[0-9]+:.*"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
