// @generated from AWS::Pinpoint::BaiduChannel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Pinpoint::BaiduChannel` and its property types.

/// Resource Type definition for AWS::Pinpoint::BaiduChannel
///
/// CloudFormation type `AWS::Pinpoint::BaiduChannel`.
#[derive(Debug, Clone, PartialEq)]
pub struct BaiduChannel {
    props: ::forma_core::schema::Props,
}
impl BaiduChannel {
    /// A new resource with its required properties: `ApiKey`, `ApplicationId`, `SecretKey`.
    #[track_caller]
    pub fn new(
        api_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_key.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, secret_key.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Enabled`.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BaiduChannel {
    type Attributes = BaiduChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::Pinpoint::BaiduChannel"
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
/// The attributes of a `AWS::Pinpoint::BaiduChannel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BaiduChannelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BaiduChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BaiduChannelAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::Pinpoint::BaiduChannel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Pinpoint::BaiduChannel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecretKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
