// @generated from AWS::AppSync::ApiKey (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppSync::ApiKey` and its property types.

/// Resource Type definition for AWS::AppSync::ApiKey
///
/// CloudFormation type `AWS::AppSync::ApiKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKey {
    props: ::forma_core::schema::Props,
}
impl ApiKey {
    /// A new resource with its required properties: `ApiId`.
    #[track_caller]
    pub fn new(api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Unique description of your API key.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The time after which the API key expires.
    #[track_caller]
    pub fn expires(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApiKey {
    type Attributes = ApiKeyAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppSync::ApiKey"
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
/// The attributes of a `AWS::AppSync::ApiKey` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApiKeyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApiKeyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApiKeyAttributes {
    /// `Fn::GetAtt` `ApiKey`.
    pub fn api_key(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApiKey")
    }
    /// `Fn::GetAtt` `ApiKeyId`.
    pub fn api_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApiKeyId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The schema of `AWS::AppSync::ApiKey`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppSync::ApiKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Expires",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["ApiKey", "ApiKeyId", "Arn"],
};
