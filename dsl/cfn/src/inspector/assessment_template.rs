// @generated from AWS::Inspector::AssessmentTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Inspector::AssessmentTemplate` and its property types.

/// Resource Type definition for AWS::Inspector::AssessmentTemplate
///
/// CloudFormation type `AWS::Inspector::AssessmentTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentTemplate {
    props: ::forma_core::schema::Props,
}
impl AssessmentTemplate {
    /// A new resource with its required properties: `AssessmentTargetArn`, `DurationInSeconds`, `RulesPackageArns`.
    #[track_caller]
    pub fn new(
        assessment_target_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        duration_in_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        rules_package_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, assessment_target_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, duration_in_seconds.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, rules_package_arns.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AssessmentTemplateName`.
    ///
    /// Allowed: length 1 to 140.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn assessment_template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserAttributesForFindings`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn user_attributes_for_findings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AssessmentTemplate {
    type Attributes = AssessmentTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::Inspector::AssessmentTemplate"
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
/// The attributes of a `AWS::Inspector::AssessmentTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssessmentTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssessmentTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssessmentTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `Tag` property type of `AWS::Inspector::AssessmentTemplate`.
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

/// The schema of `AWS::Inspector::AssessmentTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Inspector::AssessmentTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssessmentTargetArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssessmentTemplateName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(140),
            }),
        },
        ::forma_core::schema::Property {
            name: "DurationInSeconds",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(180.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RulesPackageArns",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(300),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserAttributesForFindings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Inspector::AssessmentTemplate.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
