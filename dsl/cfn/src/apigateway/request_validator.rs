// @generated from AWS::ApiGateway::RequestValidator (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGateway::RequestValidator` and its property types.

/// The `AWS::ApiGateway::RequestValidator` resource sets up basic validation rules for incoming requests to your API.
///
/// CloudFormation type `AWS::ApiGateway::RequestValidator`.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestValidator {
    props: ::forma_core::schema::Props,
}
impl RequestValidator {
    /// A new resource with its required properties: `RestApiId`.
    #[track_caller]
    pub fn new(rest_api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, rest_api_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Name`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ValidateRequestBody`.
    #[track_caller]
    pub fn validate_request_body(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ValidateRequestParameters`.
    #[track_caller]
    pub fn validate_request_parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RequestValidator {
    type Attributes = RequestValidatorAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGateway::RequestValidator"
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
/// The attributes of a `AWS::ApiGateway::RequestValidator` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RequestValidatorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RequestValidatorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RequestValidatorAttributes {
    /// `Fn::GetAtt` `RequestValidatorId`.
    pub fn request_validator_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RequestValidatorId")
    }
}

/// The schema of `AWS::ApiGateway::RequestValidator`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGateway::RequestValidator",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
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
            name: "ValidateRequestBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ValidateRequestParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["RequestValidatorId"],
};
