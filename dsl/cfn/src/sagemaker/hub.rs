// @generated from AWS::SageMaker::Hub (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Hub` and its property types.

/// Resource type definition for AWS::SageMaker::Hub
///
/// CloudFormation type `AWS::SageMaker::Hub`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hub {
    props: ::forma_core::schema::Props,
}
impl Hub {
    /// A new resource with its required properties: `HubDescription`, `HubName`.
    #[track_caller]
    pub fn new(
        hub_description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        hub_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, hub_description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, hub_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The display name of the hub.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn hub_display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The searchable keywords for the hub.
    #[track_caller]
    pub fn hub_search_keywords(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon S3 storage configuration for the hub.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn s3_storage_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3StorageConfig>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to associate with the hub.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Hub {
    type Attributes = HubAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Hub"
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
/// The attributes of a `AWS::SageMaker::Hub` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HubAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HubAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HubAttributes {
    /// `Fn::GetAtt` `HubArn`.
    pub fn hub_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HubArn")
    }
    /// `Fn::GetAtt` `HubStatus`.
    pub fn hub_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HubStatus")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The Amazon S3 storage configuration for the hub.
#[derive(Debug, Clone, PartialEq)]
pub struct S3StorageConfig {
    props: ::forma_core::schema::Props,
}
impl S3StorageConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon S3 bucket prefix for hosting hub content.
    ///
    /// Allowed: length 0 to 1024.
    pub fn s3_output_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3StorageConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3StorageConfig> for ::forma_core::Value<S3StorageConfig> {
    fn from(v: S3StorageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_STORAGE_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::Hub`.
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

/// The schema of `AWS::SageMaker::Hub`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Hub",
    properties: &[
        ::forma_core::schema::Property {
            name: "HubDescription",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(1023),
            }),
        },
        ::forma_core::schema::Property {
            name: "HubDisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "HubName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "HubSearchKeywords",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[^A-Z]*$"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "S3StorageConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&S3_STORAGE_CONFIG_TYPE),
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
    ],
    rules: &[],
    attributes: &["HubArn", "HubStatus", "CreationTime", "LastModifiedTime"],
};

static S3_STORAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Hub.S3StorageConfig",
    properties: &[::forma_core::schema::Property {
        name: "S3OutputPath",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(https|s3)://([^/]+)/?(.*)$"),
            min_length: Some(0),
            max_length: Some(1024),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Hub.Tag",
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
