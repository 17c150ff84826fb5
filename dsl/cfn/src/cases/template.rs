// @generated from AWS::Cases::Template (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cases::Template` and its property types.

/// A template in the Cases domain.
///
/// CloudFormation type `AWS::Cases::Template`.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    props: ::forma_core::schema::Props,
}
impl Template {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description explaining the purpose and use case for this template.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of the Cases domain.
    ///
    /// Allowed: length 1 to 500.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the default layout to use when displaying cases created from this template.
    #[track_caller]
    pub fn layout_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LayoutConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of fields that must contain a value for a case to be successfully created with this template.
    #[track_caller]
    pub fn required_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RequiredField>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of case rules (also known as case field conditions) on a template.
    #[track_caller]
    pub fn rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TemplateRule>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The current status of the template.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<TemplateStatus>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags that you attach to this template.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Template {
    type Attributes = TemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cases::Template"
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
/// The attributes of a `AWS::Cases::Template` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TemplateAttributes {
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `TemplateArn`.
    pub fn template_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TemplateArn")
    }
    /// `Fn::GetAtt` `TemplateId`.
    pub fn template_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TemplateId")
    }
}

/// The values CloudFormation documents: `Active`, `Inactive`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TemplateStatus {
    /// `Active`
    Active,
    /// `Inactive`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TemplateStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::Inactive => "Inactive",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Active", "Inactive"]
    }
}
impl ::std::convert::From<TemplateStatus> for ::forma_core::Value<TemplateStatus> {
    fn from(v: TemplateStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TemplateStatus {}

/// Specifies the default layout to use when displaying cases created from this template.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutConfiguration {
    props: ::forma_core::schema::Props,
}
impl LayoutConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The unique identifier of a layout.
    ///
    /// Allowed: length 1 to 500.
    pub fn default_layout(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LayoutConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LayoutConfiguration> for ::forma_core::Value<LayoutConfiguration> {
    fn from(v: LayoutConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAYOUT_CONFIGURATION_TYPE.properties))
    }
}

/// Wrapper object containing a field identifier
#[derive(Debug, Clone, PartialEq)]
pub struct RequiredField {
    props: ::forma_core::schema::Props,
}
impl RequiredField {
    /// A new value with its required properties: `FieldId`.
    pub fn new(field_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RequiredField> for ::forma_core::Value<RequiredField> {
    fn from(v: RequiredField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REQUIRED_FIELD_TYPE.properties))
    }
}

/// Links a case rule to a specific field within this template.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateRule {
    props: ::forma_core::schema::Props,
}
impl TemplateRule {
    /// A new value with its required properties: `CaseRuleId`.
    pub fn new(case_rule_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, case_rule_id.into().into_expr());
        Self { props }
    }
    /// The ID of the field that this rule applies to.
    ///
    /// Allowed: length 1 to 500.
    pub fn field_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TemplateRule> for ::forma_core::Value<TemplateRule> {
    fn from(v: TemplateRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEMPLATE_RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Cases::Template`.
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

/// The schema of `AWS::Cases::Template`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cases::Template",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "LayoutConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAYOUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[\\S]$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "RequiredFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REQUIRED_FIELD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEMPLATE_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Active", "Inactive"]),
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
    attributes: &["CreatedTime", "LastModifiedTime", "TemplateArn", "TemplateId"],
};

static LAYOUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::Template.LayoutConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "DefaultLayout",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(500),
        }),
    }],
    rules: &[],
};

static REQUIRED_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::Template.RequiredField",
    properties: &[::forma_core::schema::Property {
        name: "FieldId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(500),
        }),
    }],
    rules: &[],
};

static TEMPLATE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::Template.TemplateRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaseRuleId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "FieldId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::Template.Tag",
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
