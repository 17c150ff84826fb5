// @generated from AWS::SageMaker::HumanTaskUi (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::HumanTaskUi` and its property types.

/// Resource Type definition for AWS::SageMaker::HumanTaskUi
///
/// CloudFormation type `AWS::SageMaker::HumanTaskUi`.
#[derive(Debug, Clone, PartialEq)]
pub struct HumanTaskUi {
    props: ::forma_core::schema::Props,
}
impl HumanTaskUi {
    /// A new resource with its required properties: `HumanTaskUiName`.
    #[track_caller]
    pub fn new(human_task_ui_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, human_task_ui_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs that contain metadata to help you categorize and organize a human review workflow user interface.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Liquid template for the worker user interface.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ui_template(mut self, value: impl ::std::convert::Into<::forma_core::Value<UiTemplate>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for HumanTaskUi {
    type Attributes = HumanTaskUiAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::HumanTaskUi"
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
/// The attributes of a `AWS::SageMaker::HumanTaskUi` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HumanTaskUiAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HumanTaskUiAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HumanTaskUiAttributes {
    /// `Fn::GetAtt` `HumanTaskUiArn`.
    pub fn human_task_ui_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HumanTaskUiArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
}

/// The `Tag` property type of `AWS::SageMaker::HumanTaskUi`.
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

/// The Liquid template for the worker user interface.
#[derive(Debug, Clone, PartialEq)]
pub struct UiTemplate {
    props: ::forma_core::schema::Props,
}
impl UiTemplate {
    /// A new value with its required properties: `Content`.
    pub fn new(content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UiTemplate> for ::forma_core::Value<UiTemplate> {
    fn from(v: UiTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UI_TEMPLATE_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::HumanTaskUi`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::HumanTaskUi",
    properties: &[
        ::forma_core::schema::Property {
            name: "HumanTaskUiName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9](-*[a-z0-9])*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
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
            name: "UiTemplate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&UI_TEMPLATE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["HumanTaskUiArn", "CreationTime"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::HumanTaskUi.Tag",
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

static UI_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::HumanTaskUi.UiTemplate",
    properties: &[::forma_core::schema::Property {
        name: "Content",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\S\\s]+$"),
            min_length: Some(1),
            max_length: Some(128000),
        }),
    }],
    rules: &[],
};
