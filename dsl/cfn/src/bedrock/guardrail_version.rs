// @generated from AWS::Bedrock::GuardrailVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::GuardrailVersion` and its property types.

/// Definition of AWS::Bedrock::GuardrailVersion Resource Type
///
/// CloudFormation type `AWS::Bedrock::GuardrailVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardrailVersion {
    props: ::forma_core::schema::Props,
}
impl GuardrailVersion {
    /// A new resource with its required properties: `GuardrailIdentifier`.
    #[track_caller]
    pub fn new(guardrail_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, guardrail_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the Guardrail version
    ///
    /// Allowed: length 1 to 200.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GuardrailVersion {
    type Attributes = GuardrailVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::GuardrailVersion"
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
/// The attributes of a `AWS::Bedrock::GuardrailVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GuardrailVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GuardrailVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GuardrailVersionAttributes {
    /// `Fn::GetAtt` `GuardrailArn`.
    pub fn guardrail_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GuardrailArn")
    }
    /// `Fn::GetAtt` `GuardrailId`.
    pub fn guardrail_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GuardrailId")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
}

/// The schema of `AWS::Bedrock::GuardrailVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::GuardrailVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "GuardrailIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$",
                ),
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
    attributes: &["GuardrailArn", "GuardrailId", "Version"],
};
