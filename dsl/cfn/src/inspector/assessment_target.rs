// @generated from AWS::Inspector::AssessmentTarget (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Inspector::AssessmentTarget` and its property types.

/// Resource Type definition for AWS::Inspector::AssessmentTarget
///
/// CloudFormation type `AWS::Inspector::AssessmentTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentTarget {
    props: ::forma_core::schema::Props,
}
impl AssessmentTarget {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AssessmentTargetName`.
    ///
    /// Allowed: length 1 to 140.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn assessment_target_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceGroupArn`.
    ///
    /// Allowed: length 1 to 300.
    #[track_caller]
    pub fn resource_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for AssessmentTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for AssessmentTarget {
    type Attributes = AssessmentTargetAttributes;
    fn type_name(&self) -> &str {
        "AWS::Inspector::AssessmentTarget"
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
/// The attributes of a `AWS::Inspector::AssessmentTarget` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssessmentTargetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssessmentTargetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssessmentTargetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The schema of `AWS::Inspector::AssessmentTarget`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Inspector::AssessmentTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssessmentTargetName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(140),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(300),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};
