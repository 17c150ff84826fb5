// @generated from AWS::CloudFront::PublicKey (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::PublicKey` and its property types.

/// A public key that you can use with [signed URLs and signed cookies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html), or with [field-level encryption](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html).
///
/// CloudFormation type `AWS::CloudFront::PublicKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicKey {
    props: ::forma_core::schema::Props,
}
impl PublicKey {
    /// A new resource with its required properties: `PublicKeyConfig`.
    #[track_caller]
    pub fn new(public_key_config: impl ::std::convert::Into<::forma_core::Value<PublicKeyConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, public_key_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for PublicKey {
    type Attributes = PublicKeyAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::PublicKey"
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
/// The attributes of a `AWS::CloudFront::PublicKey` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PublicKeyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PublicKeyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PublicKeyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
}

/// Configuration information about a public key that you can use with [signed URLs and signed cookies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html), or with [field-level encryption](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html).
#[derive(Debug, Clone, PartialEq)]
pub struct PublicKeyConfig {
    props: ::forma_core::schema::Props,
}
impl PublicKeyConfig {
    /// A new value with its required properties: `CallerReference`, `EncodedKey`, `Name`.
    pub fn new(
        caller_reference: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        encoded_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, caller_reference.into().into_expr());
        props.set(2, encoded_key.into().into_expr());
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// A comment to describe the public key.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PublicKeyConfig> for ::forma_core::Value<PublicKeyConfig> {
    fn from(v: PublicKeyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLIC_KEY_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::PublicKey`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::PublicKey",
    properties: &[::forma_core::schema::Property {
        name: "PublicKeyConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PUBLIC_KEY_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Id", "CreatedTime"],
};

static PUBLIC_KEY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::PublicKey.PublicKeyConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CallerReference",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncodedKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
