// @generated from AWS::WellArchitected::ReviewTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WellArchitected::ReviewTemplate` and its property types.

/// Creates a review template for the Well-Architected Tool.
///
/// CloudFormation type `AWS::WellArchitected::ReviewTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewTemplate {
    props: ::forma_core::schema::Props,
}
impl ReviewTemplate {
    /// A new resource with its required properties: `Description`, `Lenses`, `TemplateName`.
    #[track_caller]
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        lenses: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        template_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, lenses.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, template_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The notes associated with the review template.
    ///
    /// Allowed: length 0 to 2084.
    #[track_caller]
    pub fn notes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags assigned to the review template.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReviewTemplate {
    type Attributes = ReviewTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::WellArchitected::ReviewTemplate"
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
/// The attributes of a `AWS::WellArchitected::ReviewTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReviewTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReviewTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReviewTemplateAttributes {
    /// `Fn::GetAtt` `TemplateArn`.
    pub fn template_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TemplateArn")
    }
    /// `Fn::GetAtt` `Owner`.
    pub fn owner(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Owner")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `UpdateStatus`.
    pub fn update_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateStatus")
    }
}

/// The `Tags` property type of `AWS::WellArchitected::ReviewTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The schema of `AWS::WellArchitected::ReviewTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WellArchitected::ReviewTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_.,:/()@!&?#+''\\s]+$"),
                min_length: Some(3),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "Lenses",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Notes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2084),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TemplateName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_.,:/()@!&?#+''\\s]+$"),
                min_length: Some(3),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
    attributes: &["TemplateArn", "Owner", "UpdatedAt", "UpdateStatus"],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WellArchitected::ReviewTemplate.Tags",
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
