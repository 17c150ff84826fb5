// @generated from AWS::CloudFormation::GeneratedTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::GeneratedTemplate` and its property types.

/// Creates a generated template from existing resources using the CloudFormation IaC Generator.
///
/// CloudFormation type `AWS::CloudFormation::GeneratedTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedTemplate {
    props: ::forma_core::schema::Props,
}
impl GeneratedTemplate {
    /// A new resource with its required properties: `GeneratedTemplateName`.
    #[track_caller]
    pub fn new(generated_template_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, generated_template_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration details of the generated template.
    #[track_caller]
    pub fn template_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TemplateConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GeneratedTemplate {
    type Attributes = GeneratedTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::GeneratedTemplate"
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
/// The attributes of a `AWS::CloudFormation::GeneratedTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GeneratedTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GeneratedTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GeneratedTemplateAttributes {
    /// `Fn::GetAtt` `GeneratedTemplateId`.
    pub fn generated_template_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GeneratedTemplateId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `Progress`.
    pub fn progress(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Progress")
    }
    /// `Fn::GetAtt` `TotalWarnings`.
    pub fn total_warnings(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "TotalWarnings")
    }
}

/// The values CloudFormation documents: `DELETE`, `RETAIN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeletionPolicy {
    /// `DELETE`
    Delete,
    /// `RETAIN`
    Retain,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeletionPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Delete => "DELETE",
            Self::Retain => "RETAIN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DELETE", "RETAIN"]
    }
}
impl ::std::convert::From<DeletionPolicy> for ::forma_core::Value<DeletionPolicy> {
    fn from(v: DeletionPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeletionPolicy {}

/// The values CloudFormation documents: `DELETE`, `RETAIN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateReplacePolicy {
    /// `DELETE`
    Delete,
    /// `RETAIN`
    Retain,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UpdateReplacePolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Delete => "DELETE",
            Self::Retain => "RETAIN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DELETE", "RETAIN"]
    }
}
impl ::std::convert::From<UpdateReplacePolicy> for ::forma_core::Value<UpdateReplacePolicy> {
    fn from(v: UpdateReplacePolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UpdateReplacePolicy {}

/// The configuration details of the generated template.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateConfiguration {
    props: ::forma_core::schema::Props,
}
impl TemplateConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The DeletionPolicy assigned to resources in the generated template.
    pub fn deletion_policy(mut self, value: impl ::forma_core::schema::EnumArg<DeletionPolicy>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The UpdateReplacePolicy assigned to resources in the generated template.
    pub fn update_replace_policy(mut self, value: impl ::forma_core::schema::EnumArg<UpdateReplacePolicy>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TemplateConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TemplateConfiguration> for ::forma_core::Value<TemplateConfiguration> {
    fn from(v: TemplateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEMPLATE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFormation::GeneratedTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::GeneratedTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "GeneratedTemplateName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPLATE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["GeneratedTemplateId", "Status", "CreationTime", "LastUpdatedTime", "Progress", "TotalWarnings"],
};

static TEMPLATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::GeneratedTemplate.TemplateConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeletionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DELETE", "RETAIN"]),
        },
        ::forma_core::schema::Property {
            name: "UpdateReplacePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DELETE", "RETAIN"]),
        },
    ],
    rules: &[],
};
