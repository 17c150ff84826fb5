// @generated from AWS::KafkaConnect::WorkerConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KafkaConnect::WorkerConfiguration` and its property types.

/// The configuration of the workers, which are the processes that run the connector logic.
///
/// CloudFormation type `AWS::KafkaConnect::WorkerConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerConfiguration {
    props: ::forma_core::schema::Props,
}
impl WorkerConfiguration {
    /// A new resource with its required properties: `Name`, `PropertiesFileContent`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        properties_file_content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, properties_file_content.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A summary description of the worker configuration.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tags associated with a resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WorkerConfiguration {
    type Attributes = WorkerConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::KafkaConnect::WorkerConfiguration"
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
/// The attributes of a `AWS::KafkaConnect::WorkerConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkerConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkerConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkerConfigurationAttributes {
    /// `Fn::GetAtt` `WorkerConfigurationArn`.
    pub fn worker_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkerConfigurationArn")
    }
    /// `Fn::GetAtt` `Revision`.
    pub fn revision(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Revision")
    }
}

/// The `Tag` property type of `AWS::KafkaConnect::WorkerConfiguration`.
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

/// The schema of `AWS::KafkaConnect::WorkerConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KafkaConnect::WorkerConfiguration",
    properties: &[
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
            name: "PropertiesFileContent",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &["WorkerConfigurationArn", "Revision"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KafkaConnect::WorkerConfiguration.Tag",
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
