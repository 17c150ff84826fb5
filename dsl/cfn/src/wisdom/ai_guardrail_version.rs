// @generated from AWS::Wisdom::AIGuardrailVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::AIGuardrailVersion` and its property types.

/// Definition of AWS::Wisdom::AIGuardrailVersion Resource Type
///
/// CloudFormation type `AWS::Wisdom::AIGuardrailVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct AiGuardrailVersion {
    props: ::forma_core::schema::Props,
}
impl AiGuardrailVersion {
    /// A new resource with its required properties: `AIGuardrailId`, `AssistantId`.
    #[track_caller]
    pub fn new(
        ai_guardrail_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        assistant_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, ai_guardrail_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, assistant_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ModifiedTimeSeconds`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn modified_time_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AiGuardrailVersion {
    type Attributes = AiGuardrailVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::AIGuardrailVersion"
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
/// The attributes of a `AWS::Wisdom::AIGuardrailVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AiGuardrailVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AiGuardrailVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AiGuardrailVersionAttributes {
    /// `Fn::GetAtt` `AIGuardrailVersionId`.
    pub fn ai_guardrail_version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AIGuardrailVersionId")
    }
    /// `Fn::GetAtt` `AIGuardrailArn`.
    pub fn ai_guardrail_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AIGuardrailArn")
    }
    /// `Fn::GetAtt` `AssistantArn`.
    pub fn assistant_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssistantArn")
    }
    /// `Fn::GetAtt` `VersionNumber`.
    pub fn version_number(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "VersionNumber")
    }
}

/// The schema of `AWS::Wisdom::AIGuardrailVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Wisdom::AIGuardrailVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "AIGuardrailId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AssistantId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ModifiedTimeSeconds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["AIGuardrailVersionId", "AIGuardrailArn", "AssistantArn", "VersionNumber"],
};
