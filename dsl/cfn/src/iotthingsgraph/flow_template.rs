// @generated from AWS::IoTThingsGraph::FlowTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTThingsGraph::FlowTemplate` and its property types.

/// Resource Type definition for AWS::IoTThingsGraph::FlowTemplate
///
/// CloudFormation type `AWS::IoTThingsGraph::FlowTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowTemplate {
    props: ::forma_core::schema::Props,
}
impl FlowTemplate {
    /// A new resource with its required properties: `Definition`.
    #[track_caller]
    pub fn new(definition: impl ::std::convert::Into<::forma_core::Value<DefinitionDocument>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, definition.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CompatibleNamespaceVersion`.
    #[track_caller]
    pub fn compatible_namespace_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FlowTemplate {
    type Attributes = FlowTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTThingsGraph::FlowTemplate"
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
/// The attributes of a `AWS::IoTThingsGraph::FlowTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowTemplateAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `DefinitionDocument` property type of `AWS::IoTThingsGraph::FlowTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefinitionDocument {
    props: ::forma_core::schema::Props,
}
impl DefinitionDocument {
    /// A new value with its required properties: `Language`, `Text`.
    pub fn new(
        language: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, language.into().into_expr());
        props.set(1, text.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DefinitionDocument> for ::forma_core::Value<DefinitionDocument> {
    fn from(v: DefinitionDocument) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFINITION_DOCUMENT_TYPE.properties))
    }
}

/// The schema of `AWS::IoTThingsGraph::FlowTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTThingsGraph::FlowTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompatibleNamespaceVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFINITION_DOCUMENT_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static DEFINITION_DOCUMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTThingsGraph::FlowTemplate.DefinitionDocument",
    properties: &[
        ::forma_core::schema::Property {
            name: "Language",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Text",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
