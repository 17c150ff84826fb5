// @generated from AWS::KafkaConnect::CustomPlugin (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KafkaConnect::CustomPlugin` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::KafkaConnect::CustomPlugin`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPlugin {
    props: ::forma_core::schema::Props,
}
impl CustomPlugin {
    /// A new resource with its required properties: `ContentType`, `Location`, `Name`.
    #[track_caller]
    pub fn new(
        content_type: impl ::forma_core::schema::EnumArg<ContentType>,
        location: impl ::std::convert::Into<::forma_core::Value<CustomPluginLocation>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, content_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A summary description of the custom plugin.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CustomPlugin {
    type Attributes = CustomPluginAttributes;
    fn type_name(&self) -> &str {
        "AWS::KafkaConnect::CustomPlugin"
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
/// The attributes of a `AWS::KafkaConnect::CustomPlugin` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CustomPluginAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CustomPluginAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CustomPluginAttributes {
    /// `Fn::GetAtt` `CustomPluginArn`.
    pub fn custom_plugin_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CustomPluginArn")
    }
    /// `Fn::GetAtt` `Revision`.
    pub fn revision(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Revision")
    }
    /// `Fn::GetAtt` `FileDescription`.
    pub fn file_description(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "FileDescription")
    }
}

/// The values CloudFormation documents: `JAR`, `ZIP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentType {
    /// `JAR`
    Jar,
    /// `ZIP`
    Zip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Jar => "JAR",
            Self::Zip => "ZIP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JAR", "ZIP"]
    }
}
impl ::std::convert::From<ContentType> for ::forma_core::Value<ContentType> {
    fn from(v: ContentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentType {}

/// Information about the location of a custom plugin.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPluginLocation {
    props: ::forma_core::schema::Props,
}
impl CustomPluginLocation {
    /// A new value with its required properties: `S3Location`.
    pub fn new(s3_location: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomPluginLocation> for ::forma_core::Value<CustomPluginLocation> {
    fn from(v: CustomPluginLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_PLUGIN_LOCATION_TYPE.properties))
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

/// The S3 bucket Amazon Resource Name (ARN), file key, and object version of the plugin file stored in Amazon S3.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `BucketArn`, `FileKey`.
    pub fn new(
        bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        file_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_arn.into().into_expr());
        props.set(1, file_key.into().into_expr());
        Self { props }
    }
    /// The version of an object in an S3 bucket.
    pub fn object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::KafkaConnect::CustomPlugin`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KafkaConnect::CustomPlugin",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["JAR", "ZIP"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_PLUGIN_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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
    ],
    rules: &[],
    attributes: &["CustomPluginArn", "Revision", "FileDescription"],
};

static CUSTOM_PLUGIN_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::CustomPlugin.CustomPluginLocation",
    properties: &[::forma_core::schema::Property {
        name: "S3Location",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::CustomPlugin.Tag",
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

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::CustomPlugin.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FileKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ObjectVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
