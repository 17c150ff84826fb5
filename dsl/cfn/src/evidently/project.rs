// @generated from AWS::Evidently::Project (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Evidently::Project` and its property types.

/// Resource Type definition for AWS::Evidently::Project
///
/// CloudFormation type `AWS::Evidently::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    props: ::forma_core::schema::Props,
}
impl Project {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AppConfigResource`.
    #[track_caller]
    pub fn app_config_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AppConfigResourceObject>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Destinations for data.
    #[track_caller]
    pub fn data_delivery(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataDeliveryObject>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 160.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Project {
    type Attributes = ProjectAttributes;
    fn type_name(&self) -> &str {
        "AWS::Evidently::Project"
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
/// The attributes of a `AWS::Evidently::Project` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProjectAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProjectAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProjectAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `AppConfigResourceObject` property type of `AWS::Evidently::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppConfigResourceObject {
    props: ::forma_core::schema::Props,
}
impl AppConfigResourceObject {
    /// A new value with its required properties: `ApplicationId`, `EnvironmentId`.
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        environment_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, application_id.into().into_expr());
        props.set(1, environment_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AppConfigResourceObject> for ::forma_core::Value<AppConfigResourceObject> {
    fn from(v: AppConfigResourceObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APP_CONFIG_RESOURCE_OBJECT_TYPE.properties))
    }
}

/// Destinations for data.
#[derive(Debug, Clone, PartialEq)]
pub struct DataDeliveryObject {
    props: ::forma_core::schema::Props,
}
impl DataDeliveryObject {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `S3` or `LogGroup`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LogGroup`.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3`.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Destination>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataDeliveryObject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataDeliveryObject> for ::forma_core::Value<DataDeliveryObject> {
    fn from(v: DataDeliveryObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_DELIVERY_OBJECT_TYPE.properties))
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

/// The `S3Destination` property type of `AWS::Evidently::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Destination {
    props: ::forma_core::schema::Props,
}
impl S3Destination {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
    /// `Prefix`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Destination> for ::forma_core::Value<S3Destination> {
    fn from(v: S3Destination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_TYPE.properties))
    }
}

/// The schema of `AWS::Evidently::Project`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Evidently::Project",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppConfigResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APP_CONFIG_RESOURCE_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataDelivery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_DELIVERY_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(160),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[-a-zA-Z0-9._]*"),
                min_length: Some(1),
                max_length: Some(127),
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
    attributes: &["Arn"],
};

static APP_CONFIG_RESOURCE_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Project.AppConfigResourceObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z0-9]{4,7}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z0-9]{4,7}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static DATA_DELIVERY_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Project.DataDeliveryObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9._/]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["S3"], &["LogGroup"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Project.Tag",
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

static S3_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Evidently::Project.S3Destination",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][-a-z0-9]*[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9!_.*'()/]*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
