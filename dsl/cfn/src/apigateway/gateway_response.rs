// @generated from AWS::ApiGateway::GatewayResponse (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGateway::GatewayResponse` and its property types.

/// The `AWS::ApiGateway::GatewayResponse` resource creates a gateway response for your API.
///
/// CloudFormation type `AWS::ApiGateway::GatewayResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayResponse {
    props: ::forma_core::schema::Props,
}
impl GatewayResponse {
    /// A new resource with its required properties: `ResponseType`, `RestApiId`.
    #[track_caller]
    pub fn new(
        response_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rest_api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, response_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, rest_api_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ResponseParameters`.
    #[track_caller]
    pub fn response_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResponseTemplates`.
    #[track_caller]
    pub fn response_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StatusCode`.
    #[track_caller]
    pub fn status_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GatewayResponse {
    type Attributes = GatewayResponseAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGateway::GatewayResponse"
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
/// The attributes of a `AWS::ApiGateway::GatewayResponse` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GatewayResponseAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GatewayResponseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GatewayResponseAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::ApiGateway::GatewayResponse`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGateway::GatewayResponse",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResponseParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ResponseTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ResponseType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StatusCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
