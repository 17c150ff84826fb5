// @generated from AWS::ApiGatewayV2::IntegrationResponse (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGatewayV2::IntegrationResponse` and its property types.

/// The `AWS::ApiGatewayV2::IntegrationResponse` resource updates an integration response for an WebSocket API.
///
/// CloudFormation type `AWS::ApiGatewayV2::IntegrationResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationResponse {
    props: ::forma_core::schema::Props,
}
impl IntegrationResponse {
    /// A new resource with its required properties: `ApiId`, `IntegrationId`, `IntegrationResponseKey`.
    #[track_caller]
    pub fn new(
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        integration_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        integration_response_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, integration_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, integration_response_key.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Supported only for WebSocket APIs.
    #[track_caller]
    pub fn content_handling_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResponseParameters`.
    #[track_caller]
    pub fn response_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResponseTemplates`.
    #[track_caller]
    pub fn response_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The template selection expression for the integration response.
    #[track_caller]
    pub fn template_selection_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IntegrationResponse {
    type Attributes = IntegrationResponseAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGatewayV2::IntegrationResponse"
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
/// The attributes of a `AWS::ApiGatewayV2::IntegrationResponse` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntegrationResponseAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntegrationResponseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntegrationResponseAttributes {
    /// `Fn::GetAtt` `IntegrationResponseId`.
    pub fn integration_response_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IntegrationResponseId")
    }
}

/// The schema of `AWS::ApiGatewayV2::IntegrationResponse`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGatewayV2::IntegrationResponse",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContentHandlingStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IntegrationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IntegrationResponseKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResponseParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ResponseTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TemplateSelectionExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["IntegrationResponseId"],
};
