// @generated from AWS::EC2::IpamExternalResourceVerificationToken (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IpamExternalResourceVerificationToken` and its property types.

/// A verification token is an AWS-generated random value that you can use to prove ownership of an external resource.
///
/// CloudFormation type `AWS::EC2::IpamExternalResourceVerificationToken`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamExternalResourceVerificationToken {
    props: ::forma_core::schema::Props,
}
impl IpamExternalResourceVerificationToken {
    /// A new resource with its required properties: `IpamId`.
    #[track_caller]
    pub fn new(ipam_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, ipam_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the token.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IpamExternalResourceVerificationToken {
    type Attributes = IpamExternalResourceVerificationTokenAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IpamExternalResourceVerificationToken"
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
/// The attributes of a `AWS::EC2::IpamExternalResourceVerificationToken` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamExternalResourceVerificationTokenAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamExternalResourceVerificationTokenAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamExternalResourceVerificationTokenAttributes {
    /// `Fn::GetAtt` `IpamExternalResourceVerificationTokenArn`.
    pub fn ipam_external_resource_verification_token_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamExternalResourceVerificationTokenArn")
    }
    /// `Fn::GetAtt` `IpamExternalResourceVerificationTokenId`.
    pub fn ipam_external_resource_verification_token_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamExternalResourceVerificationTokenId")
    }
    /// `Fn::GetAtt` `IpamArn`.
    pub fn ipam_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamArn")
    }
    /// `Fn::GetAtt` `IpamRegion`.
    pub fn ipam_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamRegion")
    }
    /// `Fn::GetAtt` `TokenValue`.
    pub fn token_value(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TokenValue")
    }
    /// `Fn::GetAtt` `TokenName`.
    pub fn token_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TokenName")
    }
    /// `Fn::GetAtt` `NotAfter`.
    pub fn not_after(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NotAfter")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The `Tag` property type of `AWS::EC2::IpamExternalResourceVerificationToken`.
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

/// The schema of `AWS::EC2::IpamExternalResourceVerificationToken`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IpamExternalResourceVerificationToken",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpamId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "IpamExternalResourceVerificationTokenArn",
        "IpamExternalResourceVerificationTokenId",
        "IpamArn",
        "IpamRegion",
        "TokenValue",
        "TokenName",
        "NotAfter",
        "Status",
        "State",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IpamExternalResourceVerificationToken.Tag",
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
