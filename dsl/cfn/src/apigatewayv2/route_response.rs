// @generated from AWS::ApiGatewayV2::RouteResponse (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGatewayV2::RouteResponse` and its property types.

/// The `AWS::ApiGatewayV2::RouteResponse` resource creates a route response for a WebSocket API.
///
/// CloudFormation type `AWS::ApiGatewayV2::RouteResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteResponse {
    props: ::forma_core::schema::Props,
}
impl RouteResponse {
    /// A new resource with its required properties: `ApiId`, `RouteId`, `RouteResponseKey`.
    #[track_caller]
    pub fn new(
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        route_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        route_response_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, route_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, route_response_key.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The model selection expression for the route response.
    #[track_caller]
    pub fn model_selection_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResponseModels`.
    #[track_caller]
    pub fn response_models(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The route response parameters.
    #[track_caller]
    pub fn response_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RouteResponse {
    type Attributes = RouteResponseAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGatewayV2::RouteResponse"
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
/// The attributes of a `AWS::ApiGatewayV2::RouteResponse` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RouteResponseAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RouteResponseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RouteResponseAttributes {
    /// `Fn::GetAtt` `RouteResponseId`.
    pub fn route_response_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RouteResponseId")
    }
}

/// The schema of `AWS::ApiGatewayV2::RouteResponse`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGatewayV2::RouteResponse",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ModelSelectionExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResponseModels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ResponseParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RouteId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RouteResponseKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["RouteResponseId"],
};
