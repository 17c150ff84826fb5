// @generated from AWS::Comprehend::DocumentClassifierEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Comprehend::DocumentClassifierEndpoint` and its property types.

/// An Amazon Comprehend endpoint that hosts a custom document classification model for real-time inference.
///
/// CloudFormation type `AWS::Comprehend::DocumentClassifierEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentClassifierEndpoint {
    props: ::forma_core::schema::Props,
}
impl DocumentClassifierEndpoint {
    /// A new resource with its required properties: `DesiredInferenceUnits`, `EndpointName`, `ModelArn`.
    #[track_caller]
    pub fn new(
        desired_inference_units: impl ::std::convert::Into<::forma_core::Value<i64>>,
        endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, desired_inference_units.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, endpoint_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, model_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags associated with the endpoint being created.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DocumentClassifierEndpoint {
    type Attributes = DocumentClassifierEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::Comprehend::DocumentClassifierEndpoint"
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
/// The attributes of a `AWS::Comprehend::DocumentClassifierEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DocumentClassifierEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DocumentClassifierEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DocumentClassifierEndpointAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CurrentInferenceUnits`.
    pub fn current_inference_units(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CurrentInferenceUnits")
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

/// The `Tag` property type of `AWS::Comprehend::DocumentClassifierEndpoint`.
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

/// The schema of `AWS::Comprehend::DocumentClassifierEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Comprehend::DocumentClassifierEndpoint",
properties: &[
::forma_core::schema::Property { name: "DesiredInferenceUnits", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "EndpointName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"), min_length: Some(1), max_length: Some(40) }) },
::forma_core::schema::Property { name: "ModelArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[^:]+)?:comprehend:[a-zA-Z0-9-]*:[0-9]{12}:document-classifier/[a-zA-Z0-9](-*[a-zA-Z0-9])*(/version/[a-zA-Z0-9](-*[a-zA-Z0-9])*)?$"), min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["Arn", "CurrentInferenceUnits", "CreationTime", "LastModifiedTime"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Comprehend::DocumentClassifierEndpoint.Tag",
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
