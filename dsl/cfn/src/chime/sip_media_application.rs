// @generated from AWS::Chime::SipMediaApplication (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Chime::SipMediaApplication` and its property types.

/// Resource Type definition for AWS::Chime::SipMediaApplication
///
/// CloudFormation type `AWS::Chime::SipMediaApplication`.
#[derive(Debug, Clone, PartialEq)]
pub struct SipMediaApplication {
    props: ::forma_core::schema::Props,
}
impl SipMediaApplication {
    /// A new resource with its required properties: `AwsRegion`, `Endpoints`, `Name`.
    #[track_caller]
    pub fn new(
        aws_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        endpoints: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SipMediaApplicationEndpoint>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, aws_region.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, endpoints.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags assigned to the SIP media application.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SipMediaApplication {
    type Attributes = SipMediaApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Chime::SipMediaApplication"
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
/// The attributes of a `AWS::Chime::SipMediaApplication` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SipMediaApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SipMediaApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SipMediaApplicationAttributes {
    /// `Fn::GetAtt` `SipMediaApplicationId`.
    pub fn sip_media_application_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SipMediaApplicationId")
    }
    /// `Fn::GetAtt` `SipMediaApplicationArn`.
    pub fn sip_media_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SipMediaApplicationArn")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `UpdatedTimestamp`.
    pub fn updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedTimestamp")
    }
}

/// The `SipMediaApplicationEndpoint` property type of `AWS::Chime::SipMediaApplication`.
#[derive(Debug, Clone, PartialEq)]
pub struct SipMediaApplicationEndpoint {
    props: ::forma_core::schema::Props,
}
impl SipMediaApplicationEndpoint {
    /// A new value with its required properties: `LambdaArn`.
    pub fn new(lambda_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SipMediaApplicationEndpoint> for ::forma_core::Value<SipMediaApplicationEndpoint> {
    fn from(v: SipMediaApplicationEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIP_MEDIA_APPLICATION_ENDPOINT_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Chime::SipMediaApplication`.
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

/// The schema of `AWS::Chime::SipMediaApplication`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Chime::SipMediaApplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Endpoints",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SIP_MEDIA_APPLICATION_ENDPOINT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _.-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["SipMediaApplicationId", "SipMediaApplicationArn", "CreatedTimestamp", "UpdatedTimestamp"],
};

static SIP_MEDIA_APPLICATION_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Chime::SipMediaApplication.SipMediaApplicationEndpoint",
properties: &[
::forma_core::schema::Property { name: "LambdaArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$"), min_length: Some(0), max_length: Some(10000) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::SipMediaApplication.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
