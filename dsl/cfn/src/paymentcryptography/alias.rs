// @generated from AWS::PaymentCryptography::Alias (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PaymentCryptography::Alias` and its property types.

/// Definition of AWS::PaymentCryptography::Alias Resource Type
///
/// CloudFormation type `AWS::PaymentCryptography::Alias`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    props: ::forma_core::schema::Props,
}
impl Alias {
    /// A new resource with its required properties: `AliasName`.
    #[track_caller]
    pub fn new(alias_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, alias_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `KeyArn`.
    ///
    /// Allowed: length 70 to 150.
    #[track_caller]
    pub fn key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Alias {
    type Attributes = AliasAttributes;
    fn type_name(&self) -> &str {
        "AWS::PaymentCryptography::Alias"
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
/// The attributes of a `AWS::PaymentCryptography::Alias` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AliasAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AliasAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::PaymentCryptography::Alias`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PaymentCryptography::Alias",
    properties: &[
        ::forma_core::schema::Property {
            name: "AliasName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^alias/[a-zA-Z0-9/_-]+$"),
                min_length: Some(7),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws:payment-cryptography:[a-z]{2}-[a-z]{1,16}-[0-9]+:[0-9]{12}:key/[0-9a-zA-Z]{16,64}$",
                ),
                min_length: Some(70),
                max_length: Some(150),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
